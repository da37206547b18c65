// The routes: the only place besides the provider that knows every feature. Chart routes load lazily,
// so the headline numbers never wait for the charting library.
import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Link, type RouteObject } from 'react-router';
import { LoadingState } from '@/components/query-state';
import { OverviewPage } from '@/features/overview/overview-page';
import { embedRoutes } from './embed-routes';
import { Layout } from './layout';

const StagesPage = lazy(() =>
  import('@/features/stages/stages-page').then((m) => ({ default: m.StagesPage })),
);
const PillarsPage = lazy(() =>
  import('@/features/pillars/pillars-page').then((m) => ({ default: m.PillarsPage })),
);
const ReviewPage = lazy(() =>
  import('@/features/review/review-page').then((m) => ({ default: m.ReviewPage })),
);
const WallPage = lazy(() =>
  import('@/features/wall/wall-page').then((m) => ({ default: m.WallPage })),
);
const MetricsPage = lazy(() =>
  import('@/features/metrics/metrics-page').then((m) => ({ default: m.MetricsPage })),
);

function Lazy({ children, what }: { children: ReactNode; what: string }) {
  return <Suspense fallback={<LoadingState what={what} />}>{children}</Suspense>;
}

function NotFound() {
  return (
    <div className="widget-state widget-state--empty">
      <p>There is no page at this address.</p>
      <Link to="/">Go to the overview</Link>
    </div>
  );
}

export const routes: RouteObject[] = [
  embedRoutes,
  {
    // The wall has no app chrome: its own status bar, theme and type scale.
    path: 'wall',
    element: (
      <Lazy what="the wall display">
        <WallPage />
      </Lazy>
    ),
  },
  {
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      {
        path: 'stages',
        element: (
          <Lazy what="stage progression">
            <StagesPage />
          </Lazy>
        ),
      },
      {
        path: 'pillars',
        element: (
          <Lazy what="pillar health">
            <PillarsPage />
          </Lazy>
        ),
      },
      {
        path: 'review',
        element: (
          <Lazy what="the weekly review">
            <ReviewPage />
          </Lazy>
        ),
      },
      {
        path: 'metrics/:family',
        element: (
          <Lazy what="the metric drill-down">
            <MetricsPage />
          </Lazy>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
