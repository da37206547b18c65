// The stages feature's embeddable widget and view, loaded on demand (they draw charts).
import { lazy } from 'react';
import type { EmbedDeclaration } from '@/components/embed-declaration';

const StageLadderEmbed = lazy(() =>
  import('./embeds').then((m) => ({ default: m.StageLadderEmbed })),
);
const StagesPage = lazy(() => import('./stages-page').then((m) => ({ default: m.StagesPage })));

export const stagesEmbeds: readonly EmbedDeclaration[] = [
  {
    path: 'stages',
    fullPath: '/stages',
    lazy: true,
    render: ({ catalog, unitId }) => <StageLadderEmbed catalog={catalog} unitId={unitId} />,
  },
  { path: 'view/stages', fullPath: '/stages', lazy: true, render: () => <StagesPage /> },
];
