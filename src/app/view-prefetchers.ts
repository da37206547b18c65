// What each view that loads on demand asks for first, gathered in a chunk of its own: a route loads
// it as it is entered (and the dashboard with the other views' code once the page is quiet), so the
// code before the headline tiles carries none of the views' query code.
import { prefetchMetricsView } from '@/features/metrics/view-queries';
import { prefetchPillarsView } from '@/features/pillars/view-queries';
import { prefetchStagesView } from '@/features/stages/view-queries';
import type { PrefetchView } from '@/lib/query/prefetch-view';

export const prefetchers = {
  stages: prefetchStagesView,
  pillars: prefetchPillarsView,
  metrics: prefetchMetricsView,
} satisfies Record<string, PrefetchView>;

export type PrefetchedView = keyof typeof prefetchers;
