// The routes: the only place besides the provider that knows every feature.
import { createBrowserRouter, Link, type RouteObject } from 'react-router';
import { OverviewPage } from '@/features/overview/overview-page';
import { Layout } from './layout';

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
    element: <Layout />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/',
  });
}
