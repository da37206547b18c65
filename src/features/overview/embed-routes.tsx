// The overview's embeddable widgets and view. In the embed chunk itself: the overview is the page
// that loads first, so its code is there already.
import type { EmbedDeclaration } from '@/components/embed-declaration';
import { HeadlineTileEmbed, WhatChangedEmbed } from './embeds';
import { OverviewPage } from './overview-page';

export const overviewEmbeds: readonly EmbedDeclaration[] = [
  {
    path: 'tile/:family',
    fullPath: '/',
    family: true,
    render: ({ catalog, unitId, family }) => (
      <HeadlineTileEmbed catalog={catalog} unitId={unitId} family={family} />
    ),
  },
  {
    path: 'what-changed',
    fullPath: '/',
    render: ({ catalog, unitId }) => <WhatChangedEmbed catalog={catalog} unitId={unitId} />,
  },
  { path: 'view/overview', fullPath: '/', render: () => <OverviewPage /> },
];
