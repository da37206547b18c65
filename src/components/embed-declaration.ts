// What a feature declares to offer a widget or a whole view for embedding under /embed/: each
// feature lists its own (features/*/embed-routes.tsx) and the app only assembles the lists inside the
// embed frame, so no table knows every feature's widgets.
import type { ReactNode } from 'react';
import type { Catalog, MetricFamily } from '@/api/schemas';
import type { TimeRange } from '@/domain/time-range';

/** What the embed frame hands a widget: the catalog, and the unit and range its URL asked for. */
export interface EmbedInput {
  catalog: Catalog;
  unitId: string;
  range: TimeRange;
}

interface EmbedBase {
  /**
   * The path under /embed/, e.g. `stages` or `trend/:family`; with the family filled in, also the
   * widget's name in messages to the host page.
   */
  path: string;
  /** The dashboard route of the full view, e.g. `/metrics/:family`, for the frame's link to it. */
  fullPath: string;
  /** The widget's code loads on demand: the frame shows a loading state meanwhile. */
  lazy?: boolean;
}

export type EmbedDeclaration =
  | (EmbedBase & { family?: false; render: (input: EmbedInput) => ReactNode })
  | (EmbedBase & {
      /** The path names a family (`:family`), checked against the contract's before rendering. */
      family: true;
      render: (input: EmbedInput & { family: MetricFamily }) => ReactNode;
    });
