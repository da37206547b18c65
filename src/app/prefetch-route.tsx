// A route whose view loads on demand asks for the view's first figures as it is entered: they travel
// beside the view's code rather than after it (see lib/query/prefetch-view.ts). Asked from an effect,
// not during render; the route's loading state commits at once, so the effect runs as the code
// starts loading.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useApiClient } from '@/api/api-client-context';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import type { PrefetchView } from '@/lib/query/prefetch-view';
import { useViewState } from '@/lib/url-state';

export function PrefetchRoute({
  prefetch,
  children,
}: {
  prefetch: PrefetchView;
  children: ReactNode;
}) {
  // Under the layout, which shows a route only once the catalog is in.
  const catalog = useCatalog().data;
  return (
    <>
      {catalog && <AskForView prefetch={prefetch} catalog={catalog} />}
      {children}
    </>
  );
}

function AskForView({ prefetch, catalog }: { prefetch: PrefetchView; catalog: Catalog }) {
  const client = useQueryClient();
  const api = useApiClient();
  const { unit, range } = useViewState(catalog);
  const { family } = useParams();
  useEffect(() => {
    prefetch(client, api, catalog, { unit: unit.id, from: range.from, to: range.to, family });
  }, [prefetch, client, api, catalog, unit.id, range.from, range.to, family]);
  return null;
}
