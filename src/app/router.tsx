// The routes: the only place besides the provider that knows every feature. Chart routes load lazily,
// so the headline numbers never wait for the charting library.
import { BrowserRouter, Link, useRoutes, type RouteObject } from 'react-router';
import { OverviewPage } from '@/features/overview/overview-page';
import { Layout } from './layout';
import {
  EmbedRoutes,
  Lazy,
  MetricsPage,
  PillarsPage,
  ReviewPage,
  StagesPage,
  WallPage,
} from './lazy';

function NotFound() {
  return (
    <div className="widget-state widget-state--empty">
      <p>There is no page at this address.</p>
      <Link to="/">Go to the overview</Link>
    </div>
  );
}

export const routes: RouteObject[] = [
  {
    // Widgets and views for intranet pages, in their own chunk: a full page never needs them.
    path: 'embed/*',
    element: (
      <Lazy what="the widget">
        <EmbedRoutes />
      </Lazy>
    ),
  },
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

function AppRoutes() {
  return useRoutes(routes);
}

/**
 * The routes in a declarative router, not a data router (`createBrowserRouter`): the app uses no
 * loaders, actions or blockers, and the data router's code would add ~19 KB gzip before the
 * headline numbers. Tests still mount `routes` in a memory router.
 */
export function AppRouter() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}
