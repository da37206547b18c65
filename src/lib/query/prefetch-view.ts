// Render-as-you-fetch for a view whose code loads on demand: the route asks for the view's first
// figures as it is entered, so they travel beside the view's code instead of after it. Each feature
// says what its view asks for first in one function, used by the view and by its route.
import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import type { Catalog } from '@/api/schemas';

/** The choices in the address a view's first figures depend on. */
export interface ViewChoice {
  /** The unit shown (`?unit=`, resolved against the catalog). */
  unit: string;
  /** The time range (`?range=`, resolved). */
  from: string;
  to: string;
  /** The metric family of /metrics/:family, where the route has one. */
  family?: string;
}

/** Asks the query client for a view's first figures; what is fresh in the cache is not asked again. */
export type PrefetchView = (
  client: QueryClient,
  api: ApiClient,
  catalog: Catalog,
  view: ViewChoice,
) => void;
