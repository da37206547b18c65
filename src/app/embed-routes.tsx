// The embed routes: one per widget and per whole view, each inside the embed frame (parameters,
// origin checks, auto-height, tokens). Composed here because only the app knows every feature.
// Loaded on demand under /embed/* (see router.tsx): a full page never needs the embed frame.
import { useI18n } from '@/i18n/use-i18n';
import type { ReactNode } from 'react';
import { useParams, useRoutes, type RouteObject } from 'react-router';
import { metricFamily, type MetricFamily } from '@/api/schemas';
import { EmbedFrame } from '@/features/embed/embed-frame';
import { useT } from '@/i18n/use-i18n';
import { HeadlineTileEmbed, WhatChangedEmbed } from '@/features/overview/embeds';
import { OverviewPage } from '@/features/overview/overview-page';
import {
  FamilyTrendEmbed,
  MetricsPage,
  PillarHeatmapEmbed,
  PillarsPage,
  StageLadderEmbed,
  StagesPage,
} from './lazy';
import { Lazy } from '@/components/lazy-part';

/** A widget whose code loads on demand, with a loading state in the embed's locale. */
function LazyWidget({ children }: { children: ReactNode }) {
  const t = useT();
  return <Lazy what={t('embed.widgetWhat')}>{children}</Lazy>;
}

/** The family in the path, checked; an unknown one gets a message in the frame, not a blank. */
function WithFamily({ children }: { children: (family: MetricFamily) => ReactNode }) {
  const { family } = useParams();
  const t = useT();
  const parsed = metricFamily.safeParse(family);
  if (!parsed.success) {
    return (
      <div className="embed">
        <p className="embed-message" role="alert">
          {t('embed.noFamily', {
            family: family ?? '',
            expected: metricFamily.options.join(', '),
          })}
        </p>
      </div>
    );
  }
  return children(parsed.data);
}

const embedRoutes = {
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
                <LazyWidget>
                  <FamilyTrendEmbed
                    catalog={catalog}
                    unitId={unitId}
                    range={range}
                    family={family}
                  />
                </LazyWidget>
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
          {({ catalog, unitId }) => (
            <LazyWidget>
              <StageLadderEmbed catalog={catalog} unitId={unitId} />
            </LazyWidget>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'pillars-heatmap',
      element: (
        <EmbedFrame widget="pillars-heatmap" fullPath="/pillars">
          {({ catalog, unitId, range }) => (
            <LazyWidget>
              <PillarHeatmapEmbed catalog={catalog} unitId={unitId} range={range} />
            </LazyWidget>
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
            <LazyWidget>
              <StagesPage />
            </LazyWidget>
          )}
        </EmbedFrame>
      ),
    },
    {
      path: 'view/pillars',
      element: (
        <EmbedFrame widget="view/pillars" fullPath="/pillars">
          {() => (
            <LazyWidget>
              <PillarsPage />
            </LazyWidget>
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
                <LazyWidget>
                  <MetricsPage />
                </LazyWidget>
              )}
            </EmbedFrame>
          )}
        </WithFamily>
      ),
    },
    {
      path: '*',
      element: (
        <div className="embed">
          <NoWidget />
        </div>
      ),
    },
  ],
} satisfies RouteObject;

/** The routes under /embed/, matched relative to it. */
export function EmbedRoutes() {
  return useRoutes(embedRoutes.children);
}

function NoWidget() {
  const { t } = useI18n();
  return (
    <p className="embed-message" role="alert">
      {t('embed.noWidget')}
    </p>
  );
}
