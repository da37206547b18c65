// The embed routes: every feature's declared widgets and views (features/*/embed-routes.tsx), each
// inside the embed frame (parameters, origin checks, auto-height, tokens). The app only assembles the
// lists. Loaded on demand under /embed/* (see router.tsx): a full page never needs the embed frame.
import type { ReactNode } from 'react';
import { useParams, useRoutes, type RouteObject } from 'react-router';
import { metricFamily, type MetricFamily } from '@/api/schemas';
import type { EmbedDeclaration, EmbedInput } from '@/components/embed-declaration';
import { Lazy } from '@/components/lazy-part';
import { EmbedFrame } from '@/features/embed/embed-frame';
import { metricsEmbeds } from '@/features/metrics/embed-routes';
import { overviewEmbeds } from '@/features/overview/embed-routes';
import { pillarsEmbeds } from '@/features/pillars/embed-routes';
import { stagesEmbeds } from '@/features/stages/embed-routes';
import { useI18n, useT } from '@/i18n/use-i18n';

const declared: readonly EmbedDeclaration[] = [
  ...overviewEmbeds,
  ...metricsEmbeds,
  ...stagesEmbeds,
  ...pillarsEmbeds,
];

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

/** One declared embed as a route: its widget inside the frame, the family checked first. */
function embedRoute(embed: EmbedDeclaration): RouteObject {
  const framed = (family: MetricFamily | null, widget: (input: EmbedInput) => ReactNode) => {
    const fill = (path: string) => (family ? path.replace(':family', family) : path);
    return (
      <EmbedFrame widget={fill(embed.path)} fullPath={fill(embed.fullPath)}>
        {(context) => (embed.lazy ? <LazyWidget>{widget(context)}</LazyWidget> : widget(context))}
      </EmbedFrame>
    );
  };
  return {
    path: embed.path,
    element: embed.family ? (
      <WithFamily>
        {(family) => framed(family, (ctx) => embed.render({ ...ctx, family }))}
      </WithFamily>
    ) : (
      framed(null, (ctx) => embed.render(ctx))
    ),
  };
}

const embedRoutes: RouteObject[] = [
  ...declared.map(embedRoute),
  {
    path: '*',
    element: (
      <div className="embed">
        <NoWidget />
      </div>
    ),
  },
];

/** The routes under /embed/, matched relative to it. */
export function EmbedRoutes() {
  return useRoutes(embedRoutes);
}

function NoWidget() {
  const { t } = useI18n();
  return (
    <p className="embed-message" role="alert">
      {t('embed.noWidget')}
    </p>
  );
}
