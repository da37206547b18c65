// Code that loads on demand (pages and widgets with charts), declared once for the routes and the
// embeds, so the headline numbers never wait for the charting library.
import { lazy, Suspense, type ReactNode } from 'react';
import { LoadingState } from '@/components/query-state';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';

export const EmbedRoutes = lazy(() =>
  import('./embed-routes').then((m) => ({ default: m.EmbedRoutes })),
);
export const StagesPage = lazy(() =>
  import('@/features/stages/stages-page').then((m) => ({ default: m.StagesPage })),
);
export const PillarsPage = lazy(() =>
  import('@/features/pillars/pillars-page').then((m) => ({ default: m.PillarsPage })),
);
export const MetricsPage = lazy(() =>
  import('@/features/metrics/metrics-page').then((m) => ({ default: m.MetricsPage })),
);
export const ReviewPage = lazy(() =>
  import('@/features/review/review-page').then((m) => ({ default: m.ReviewPage })),
);
export const WallPage = lazy(() =>
  import('@/features/wall/wall-page').then((m) => ({ default: m.WallPage })),
);
export const FamilyTrendEmbed = lazy(() =>
  import('@/features/metrics/embeds').then((m) => ({ default: m.FamilyTrendEmbed })),
);
export const StageLadderEmbed = lazy(() =>
  import('@/features/stages/embeds').then((m) => ({ default: m.StageLadderEmbed })),
);
export const PillarHeatmapEmbed = lazy(() =>
  import('@/features/pillars/embeds').then((m) => ({ default: m.PillarHeatmapEmbed })),
);

/**
 * A lazily loaded part, with a loading state (never blank) while its code arrives. `what` names it
 * in the locale: a string already translated, or a function of the translator.
 */
export function Lazy({
  children,
  what,
}: {
  children: ReactNode;
  what?: string | ((t: T) => string);
}) {
  const { t } = useI18n();
  const name = typeof what === 'function' ? what(t) : (what ?? t('app.lazy.view'));
  return <Suspense fallback={<LoadingState what={name} />}>{children}</Suspense>;
}
