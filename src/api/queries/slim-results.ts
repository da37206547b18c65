// A `combine` for the per-unit query lists (60 queries on a large organisation). TanStack Query
// memoises a stable `combine` and shares its result structurally, so the list keeps its identity
// until a query's result changes, and views can memoise what they derive from it.
//
// It hands on a slim copy of each result rather than the result itself: the results given to
// `combine` are fresh tracking wrappers on every update, so sharing them structurally walks every
// property getter of all 60 for each of the 60 responses (about 50 ms on a large organisation's
// overview). A copy compares in a fraction of that, and an entry whose query did not change keeps
// its identity. It copies only what the views read: reading a property also subscribes to it, so
// `isFetching` here would re-render every 60-unit view twice per refresh.
import type { UseQueryResult } from '@tanstack/react-query';

export interface UnitQueryResult<TData> {
  data: TData | undefined;
  isPending: boolean;
  isError: boolean;
}

export function slimResults<TData>(
  results: readonly UseQueryResult<TData, Error>[],
): UnitQueryResult<TData>[] {
  return results.map((r) => ({
    data: r.data,
    isPending: r.isPending,
    isError: r.isError,
  }));
}
