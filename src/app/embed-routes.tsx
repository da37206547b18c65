// The embed routes: one per widget and per whole view, each inside the embed frame (parameters,
// origin checks, auto-height, tokens). Composed here because only the app knows every feature.
import { lazy, Suspense, type ReactNode } from 'react';
import { useParams, type RouteObject } from 'react-router';
import { metricFamily, type MetricFamily } from '@/api/schemas';
import { LoadingState } from '@/components/query-state';
import { EmbedFrame } from '@/features/embed/embed-frame';
import { HeadlineTileEmbed, WhatChangedEmbed } from '@/features/overview/embeds';
import { OverviewPage } from '@/features/overview/overview-page';

const FamilyTrendEmbed = lazy(() =>
  import('@/features/metrics/embeds').then((m) => ({ default: m.FamilyTrendEmbed })),
);
const StageLadderEmbed = lazy(() =>
  import('@/features/stages/embeds').then((m) => ({ default: m.StageLadderEmbed })),
);
const PillarHeatmapEmbed = lazy(() =>
  import('@/features/pillars/embeds').then((m) => ({ default: m.PillarHeatmapEmbed })),
);
const StagesPage = lazy(() =>
  import('@/features/stages/stages-page').then((m) => ({ default: m.StagesPage })),
);
const PillarsPage = lazy(() =>
  import('@/features/pillars/pillars-page').then((m) => ({ default: m.PillarsPage })),
);
const MetricsPage = lazy(() =>
  import('@/features/metrics/metrics-page').then((m) => ({ default: m.MetricsPage })),
);

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState what="the widget" />}>{children}</Suspense>;
}

/** The family in the path, checked; an unknown one gets a message in the frame, not a blank. */
function WithFamily({ children }: { children: (family: MetricFamily) => ReactNode }) {
  const { family } = useParams();
  const parsed = metricFamily.safeParse(family);
  if (!parsed.success) {
    return (
      <div className="embed">
        <p className="embed-message" role="alert">
          There is no metric family “{family}”; expected one of {metricFamily.options.join(', ')}.
        </p>
      </div>
    );
  }
  return children(parsed.data);
}

export const embedRoutes: RouteObject = {
  path: 'embed',
  children: [
    {
      path: 'tile/:family',
      element: (
        <WithFamily>
          {(family) => (
            <EmbedFrame widget={`tile/${family}`} fullPath="/">
              {({ catalog, unitId }) => (
                <HeadlineTileEmbed catalog={catalog} unitId={unitId} family={family} />
              )}
            </EmbedFrame>
          )}
        </WithFamily>
      ),
    },
    {
      path: 'trend/:family',
      element: (
        <WithFamily>
          {(family) => (
            <EmbedFrame widget={`trend/${family}`} fullPath={`/metrics/${family}`}>
              {({ catalog, unitId, range }) => (
                <Lazy>
                  <FamilyTrendEmbed
                    catalog={catalog}
                    unitId={unitId}
                    range={range}
                    family={family}
                  />
                </Lazy>
              )}
            </EmbedFrame>
          )}
        </WithFamily>
      ),
    },
    {
      path: 'stages',
      element: (
        <EmbedFrame widget="stages" fullPath="/stages">
          {({ catalog, unitId, range }) => (
            <Lazy>
              <StageLadderEmbed catalog={catalog} unitId={unitId} range={range} />
            </Lazy>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'pillars-heatmap',
      element: (
        <EmbedFrame widget="pillars-heatmap" fullPath="/pillars">
          {({ catalog, unitId, range }) => (
            <Lazy>
              <PillarHeatmapEmbed catalog={catalog} unitId={unitId} range={range} />
            </Lazy>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'what-changed',
      element: (
        <EmbedFrame widget="what-changed" fullPath="/">
          {({ catalog, unitId }) => <WhatChangedEmbed catalog={catalog} unitId={unitId} />}
        </EmbedFrame>
      ),
    },
    {
      path: 'view/overview',
      element: (
        <EmbedFrame widget="view/overview" fullPath="/">
          {() => <OverviewPage />}
        </EmbedFrame>
      ),
    },
    {
      path: 'view/stages',
      element: (
        <EmbedFrame widget="view/stages" fullPath="/stages">
          {() => (
            <Lazy>
              <StagesPage />
            </Lazy>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'view/pillars',
      element: (
        <EmbedFrame widget="view/pillars" fullPath="/pillars">
          {() => (
            <Lazy>
              <PillarsPage />
            </Lazy>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'view/metrics/:family',
      element: (
        <WithFamily>
          {(family) => (
            <EmbedFrame widget={`view/metrics/${family}`} fullPath={`/metrics/${family}`}>
              {() => (
                <Lazy>
                  <MetricsPage />
                </Lazy>
              )}
            </EmbedFrame>
          )}
        </WithFamily>
      ),
    },
  ],
};
