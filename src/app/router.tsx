// The routes: the only place besides the provider that knows every feature. Chart routes load lazily,
// so the headline numbers never wait for the charting library, and ask for their first figures as
// they are entered, beside their code.
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { Link } from '@/components/links';
import { useI18n } from '@/i18n/use-i18n';
import { OverviewPage } from '@/features/overview/overview-page';
import { Layout } from './layout';
import { EmbedRoutes, MetricsPage, PillarsPage, ReviewPage, StagesPage, WallPage } from './lazy';
import { Lazy } from '@/components/lazy-part';
import { PrefetchRoute } from './prefetch-route';

function NotFound() {
  const { t } = useI18n();
  return (
    <div className="widget-state widget-state--empty">
      <p>{t('app.notFound')}</p>
      <Link to="/">{t('app.notFoundLink')}</Link>
    </div>
  );
}

export const routes: RouteObject[] = [
  {
    // Widgets and views for intranet pages, in their own chunk: a full page never needs them.
    path: 'embed/*',
    element: (
      <Lazy what={(t) => t('embed.widgetWhat')}>
        <EmbedRoutes />
      </Lazy>
    ),
  },
  {
    // The wall has no app chrome: its own status bar, theme and type scale.
    path: 'wall',
    element: (
      <Lazy what={(t) => t('app.lazy.wall')}>
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
          <PrefetchRoute view="stages">
            <Lazy what={(t) => t('app.lazy.stages')}>
              <StagesPage />
            </Lazy>
          </PrefetchRoute>
        ),
      },
      {
        path: 'pillars',
        element: (
          <PrefetchRoute view="pillars">
            <Lazy what={(t) => t('app.lazy.pillars')}>
              <PillarsPage />
            </Lazy>
          </PrefetchRoute>
        ),
      },
      {
        path: 'review',
        element: (
          <Lazy what={(t) => t('app.lazy.review')}>
            <ReviewPage />
          </Lazy>
        ),
      },
      {
        path: 'metrics/:family',
        element: (
          <PrefetchRoute view="metrics">
            <Lazy what={(t) => t('app.lazy.metrics')}>
              <MetricsPage />
            </Lazy>
          </PrefetchRoute>
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
 * loaders, actions or blockers, and the data router's code would load before the headline numbers
 * for nothing (its size: docs/performance-notes.md). Tests still mount `routes` in a memory router.
 */
export function AppRouter() {
  return (
    <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
      <AppRoutes />
    </BrowserRouter>
  );
}
