// A route whose view loads on demand asks for the view's first figures as it is entered: they travel
// beside the view's code rather than after it (see lib/query/prefetch-view.ts). Asked from a layout
// effect, not during render: entering a route and switching unit or range are transitions, whose
// passive effects React runs only after the browser has painted the new screen (a 60-unit table on
// a large organisation), while a layout effect runs as the screen commits. The route's loading state
// commits at once, so the figures go out as the code starts loading: at once where what the views
// ask for is loaded (with the other views' code, once the page is quiet), else after that small
// chunk, still well before the view's own.
import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useApiClient } from '@/api/api-client-context';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { useViewState } from '@/lib/url-state';
import { loadPrefetchers } from './lazy';
import type { PrefetchedView } from './view-prefetchers';

export function PrefetchRoute({ view, children }: { view: PrefetchedView; children: ReactNode }) {
  // Under the layout, which shows a route only once the catalog is in.
  const catalog = useCatalog().data;
  return (
    <>
      {catalog && <AskForView view={view} catalog={catalog} />}
      {children}
    </>
  );
}

function AskForView({ view, catalog }: { view: PrefetchedView; catalog: Catalog }) {
  const client = useQueryClient();
  const api = useApiClient();
  const { unit, range } = useViewState(catalog);
  const { family } = useParams();
  useLayoutEffect(() => {
    let left = false;
    void loadPrefetchers().then((prefetchers) => {
      if (left) return;
      prefetchers[view](client, api, catalog, {
        unit: unit.id,
        from: range.from,
        to: range.to,
        family,
      });
    });
    return () => {
      left = true;
    };
  }, [view, client, api, catalog, unit.id, range.from, range.to, family]);
  return null;
}
