// Pages that load on demand (their charts), so the headline numbers never wait for the charting
// library; and the embed routes, which a full page never needs. Embedded widgets are declared, lazily
// too, by their features (features/*/embed-routes.tsx).
import { lazy } from 'react';

/** The dashboard's chart views, each loaded on its first visit or by `preloadViews`. */
const views = {
  stages: () => import('@/features/stages/stages-page'),
  pillars: () => import('@/features/pillars/pillars-page'),
  metrics: () => import('@/features/metrics/metrics-page'),
  review: () => import('@/features/review/review-page'),
};

export const EmbedRoutes = lazy(() =>
  import('./embed-routes').then((m) => ({ default: m.EmbedRoutes })),
);
export const StagesPage = lazy(() => views.stages().then((m) => ({ default: m.StagesPage })));
export const PillarsPage = lazy(() => views.pillars().then((m) => ({ default: m.PillarsPage })));
export const MetricsPage = lazy(() => views.metrics().then((m) => ({ default: m.MetricsPage })));
export const ReviewPage = lazy(() => views.review().then((m) => ({ default: m.ReviewPage })));
export const WallPage = lazy(() =>
  import('@/features/wall/wall-page').then((m) => ({ default: m.WallPage })),
);
/** The dashboard's other views and the charting library, loaded ahead of a first click on one. */
export function preloadViews(): Promise<unknown> {
  return Promise.all([...Object.values(views).map((load) => load()), loadPrefetchers()]);
}

/** What the views ask for first (see prefetch-route.tsx), loaded on a route's entry or by `preloadViews`. */
export const loadPrefetchers = () => import('./view-prefetchers').then((m) => m.prefetchers);
