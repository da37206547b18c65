// The pillars feature's embeddable widget and view, loaded on demand (they draw charts).
import { lazy } from 'react';
import type { EmbedDeclaration } from '@/components/embed-declaration';

const PillarHeatmapEmbed = lazy(() =>
  import('./embeds').then((m) => ({ default: m.PillarHeatmapEmbed })),
);
const PillarsPage = lazy(() => import('./pillars-page').then((m) => ({ default: m.PillarsPage })));

export const pillarsEmbeds: readonly EmbedDeclaration[] = [
  {
    path: 'pillars-heatmap',
    fullPath: '/pillars',
    lazy: true,
    render: ({ catalog, unitId, range }) => (
      <PillarHeatmapEmbed catalog={catalog} unitId={unitId} range={range} />
    ),
  },
  { path: 'view/pillars', fullPath: '/pillars', lazy: true, render: () => <PillarsPage /> },
];
