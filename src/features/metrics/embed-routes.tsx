// The metrics feature's embeddable widget and view, loaded on demand (they draw charts).
import { lazy } from 'react';
import type { EmbedDeclaration } from '@/components/embed-declaration';

const FamilyTrendEmbed = lazy(() =>
  import('./embeds').then((m) => ({ default: m.FamilyTrendEmbed })),
);
const MetricsPage = lazy(() => import('./metrics-page').then((m) => ({ default: m.MetricsPage })));

export const metricsEmbeds: readonly EmbedDeclaration[] = [
  {
    path: 'trend/:family',
    fullPath: '/metrics/:family',
    family: true,
    lazy: true,
    render: ({ catalog, unitId, range, family }) => (
      <FamilyTrendEmbed catalog={catalog} unitId={unitId} range={range} family={family} />
    ),
  },
  {
    path: 'view/metrics/:family',
    fullPath: '/metrics/:family',
    family: true,
    lazy: true,
    render: () => <MetricsPage />,
  },
];
