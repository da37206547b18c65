// What the stages view asks for first, in one place for the view and for its route, which asks
// while the view's code is still on its way (see lib/query/prefetch-view.ts).
import { pillarsQueryOptions, pillarsRead } from '@/api/queries/pillars';
import { stagesQueryOptions, stagesRead } from '@/api/queries/stages';
import { stageWindow } from '@/domain/stages';
import type { PrefetchView } from '@/lib/query/prefetch-view';

/**
 * Every unit's stages over the last three years (whatever range the other views use: the view shows
 * no range), and the unit's pillars over the same years. A unit's earlier history, where its run
 * reaches back past the window, is asked for once its window has answered.
 */
export const prefetchStagesView: PrefetchView = (client, api, catalog, { unit }) => {
  const window = stageWindow(catalog.dataAsOf);
  const read = stagesRead(api, catalog.features);
  for (const { id } of catalog.units) {
    void client.prefetchQuery(stagesQueryOptions(read, { unit: id, ...window }));
  }
  void client.prefetchQuery(
    pillarsQueryOptions(pillarsRead(api, catalog.features), { unit, ...window }),
  );
};
