// Wall-display mode: rotates through views by itself, shows a clock, the data's age and the connection
// state, warns in large type when figures go stale, and heals itself; no mouse or keyboard needed.
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import {
  lazy,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useSearchParams } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { WidgetErrorBoundary } from '@/components/error-boundary';
import { Lazy } from '@/components/lazy-part';
import { describeError } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import type { MetricFamily } from '@/api/schemas';
import type { T } from '@/i18n/registry';
import { useI18n } from '@/i18n/use-i18n';
import { formatClockTime, formatDayTime } from '@/lib/format/dates';
import { freshnessAt } from '@/domain/freshness';
import { overdueSentence } from '@/lib/format/domain-words';
import { chartThemes } from '@/lib/charts/chart-theme';
import { useResolvedTheme } from '@/lib/charts/use-chart-theme';
import { useQueryHealth } from '@/lib/query/query-health';
import { useLoadWhenQuiet } from '@/lib/query/use-load-when-quiet';
import { isThemeSetting, type ThemeSetting } from '@/config/theme-choice';
import { resolveUnit } from '@/lib/url-state';
import {
  useBurnInShift,
  useDailyReload,
  useQuietHours,
  useReloadOnNewVersion,
  useWakeLock,
} from './hooks/use-self-healing';
import { rotationAt, startRotation, togglePause } from './utils/schedule';
import { WallOverview as WallOverviewView } from './views/wall-overview';
import { WallPillars as WallPillarsView } from './views/wall-pillars';
import { WallStages as WallStagesView } from './views/wall-stages';
import { familyName } from '@/lib/format/domain-words';
import './wall.css';

// The screen re-renders every second for its clock and progress bar; the views' props change only
// with the data, so memoised views do not recompute their figures on every tick.
const WallOverview = memo(WallOverviewView);
const WallStages = memo(WallStagesView);
const WallPillars = memo(WallPillarsView);
// The family views draw charts: ECharts, the largest chunk, loads after the first view has its
// figures (see `useLoadWhenQuiet`), not before the wall can show anything.
const loadWallFamily = () => import('./views/wall-family');
const WallFamily = lazy(() => loadWallFamily().then((m) => ({ default: memo(m.WallFamily) })));

const viewTitleKeys = {
  overview: 'wall.views.overview',
  stages: 'wall.views.stages',
  pillars: 'wall.views.pillars',
} as const;

/** Ticks once a second: the clock, the rotation and the staleness check all run on it. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Chart type scales with the screen: 2.4% of the viewport's height. */
function useViewportFontSize(): number {
  const [size, setSize] = useState(() => Math.round(window.innerHeight * 0.024));
  useEffect(() => {
    const onResize = () => setSize(Math.round(window.innerHeight * 0.024));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

/** A duration in words: "25 min", "3 h 5 min", "2 days"; under a minute in seconds when asked. */
function duration(ms: number, t: T, seconds = false): string {
  if (seconds && ms < 60_000) return t('wall.duration.seconds', { seconds: Math.round(ms / 1000) });
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return t('wall.duration.minutes', { minutes });
  const hours = Math.floor(minutes / 60);
  return hours < 48
    ? t('wall.duration.hoursMinutes', { hours, minutes: minutes % 60 })
    : t('wall.duration.days', { count: Math.floor(hours / 24) });
}

/** A configured local time of day `HH:MM` as the locale writes times: "07:00", "7:00 AM". */
function timeOfDay(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return formatClockTime(new Date(2000, 0, 1, h, m).getTime(), locale);
}

/** The wall's theme: `?theme=` (a valid one), else `wall.theme`; never the desk's remembered choice. */
function useWallTheme(): ThemeSetting {
  const { wall } = useConfig();
  const [params] = useSearchParams();
  const fromUrl = params.get('theme');
  return isThemeSetting(fromUrl) ? fromUrl : wall.theme;
}

function WallScreen({ catalog }: { catalog: Catalog }) {
  const config = useConfig();
  const { wall, refreshSeconds } = config;
  const { t, locale } = useI18n();
  const wallTheme = useResolvedTheme(useWallTheme());
  const [params] = useSearchParams();
  const unit = resolveUnit(params.get('unit') ?? wall.unit ?? null, catalog);
  const now = useNow();
  const fontSize = useViewportFontSize();
  const health = useQueryHealth('all');
  const fetching = useIsFetching();
  const [rotationClock, setRotationClock] = useState(() => startRotation(now));
  const nowRef = useRef(now);
  useLayoutEffect(() => {
    nowRef.current = now;
  }, [now]);
  const reload = useCallback(() => location.reload(), []);

  useLoadWhenQuiet(loadWallFamily);

  const quiet = useQuietHours(wall.quietHours, now);
  useReloadOnNewVersion(wall.versionCheckMinutes, reload);
  useDailyReload(wall.reloadDailyAt, reload);
  useWakeLock();
  const [dx, dy] = useBurnInShift(wall.burnInShiftMinutes);

  // The view follows the clock; a key press or a click pauses the rotation and resumes it, at the
  // time on screen so the progress bar never steps back.
  const rotation = rotationAt(rotationClock, now, wall.secondsPerView, wall.views.length);
  useEffect(() => {
    const toggle = () => setRotationClock((clock) => togglePause(clock, nowRef.current));
    window.addEventListener('keydown', toggle);
    window.addEventListener('pointerdown', toggle);
    return () => {
      window.removeEventListener('keydown', toggle);
      window.removeEventListener('pointerdown', toggle);
    };
  }, []);

  // Charts take their colours from the wall's own theme, and their type size from the screen.
  const theme = useMemo(() => ({ ...chartThemes[wallTheme], fontSize }), [wallTheme, fontSize]);
  const view = wall.views[rotation.index % wall.views.length]!;
  const age = health.lastSuccessAt ? now - health.lastSuccessAt : Infinity;
  const stale = !quiet && age > wall.staleAfterMinutes * 60_000;
  const time = (ms: number, withDate = false) =>
    withDate ? formatDayTime(ms, locale) : formatClockTime(ms, locale);
  // Two signals: whether the figures are on time (re-evaluated on every tick: a wall runs for weeks),
  // and the connection. "Live" is said only of on-time figures; overdue ones are merely connected.
  const freshness = freshnessAt(catalog.dataAsOf, now, config.overdueAfterDays);
  const connection = quiet
    ? 'quiet'
    : health.failing === 0
      ? health.notAnswering > 0
        ? 'notAnswering'
        : freshness.overdue
          ? 'connected'
          : 'live'
      : stale
        ? 'offline'
        : 'degraded';
  const connectionText = t(`wall.connection.${connection}`);
  const viewTitle =
    view in viewTitleKeys
      ? t(viewTitleKeys[view as keyof typeof viewTitleKeys])
      : familyName(view as MetricFamily, t);
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  return (
    <div
      className={`wall${quiet ? ' wall--quiet' : ''}`}
      data-theme={wallTheme}
      data-view={view}
      data-paused={rotation.paused || undefined}
    >
      <header className="wall-bar-top">
        <p className="wall-title">
          <span className="wall-title__org">{unitName}</span> · <span>{viewTitle}</span>
        </p>
        <div className="wall-signals">
          {freshness.overdue && (
            <p className="wall-freshness wall-freshness--overdue" role="status">
              <span aria-hidden="true">⚠ </span>
              {t('wall.overdue')}
            </p>
          )}
          <p className={`wall-connection wall-connection--${connection}`} role="status">
            <span aria-hidden="true">● </span>
            {connectionText}
          </p>
        </div>
        <p className="wall-age">
          {t('wall.dataAsOf', { time: time(Date.parse(catalog.dataAsOf), true) })}
          {health.lastSuccessAt > 0 && (
            <> · {t('wall.updated', { time: time(health.lastSuccessAt) })}</>
          )}
        </p>
        <p className="wall-clock" aria-label={t('wall.clock')}>
          <time dateTime={new Date(now).toISOString()}>{time(now)}</time>
        </p>
        {freshness.overdue && (
          <p className="wall-overdue">{overdueSentence(freshness, locale, t)}</p>
        )}
      </header>
      {stale && (
        <div className="wall-stale" role="alert">
          <p className="wall-stale__title">
            {health.lastSuccessAt
              ? t('wall.staleSince', {
                  time: time(health.lastSuccessAt, true),
                  age: duration(age, t),
                })
              : t('wall.staleNever')}
          </p>
          <p className="wall-stale__detail">
            {t('wall.staleDetail', { interval: duration(refreshSeconds * 1000, t, true) })}
          </p>
        </div>
      )}
      <main
        className="wall-content"
        aria-busy={fetching > 0 || undefined}
        style={{ transform: `translate(${dx}px, ${dy}px)` }}
      >
        {view === 'overview' && <WallOverview catalog={catalog} unitId={unit.id} />}
        {view === 'stages' && <WallStages catalog={catalog} unitId={unit.id} />}
        {view === 'pillars' && <WallPillars catalog={catalog} unitId={unit.id} />}
        {(view === 'loyalty' ||
          view === 'bonding' ||
          view === 'advocacy' ||
          view === 'retention') && (
          <WidgetErrorBoundary name={familyName(view, t)} resetKey={view}>
            <Lazy what={familyName(view, t)}>
              <WallFamily catalog={catalog} family={view} unitId={unit.id} theme={theme} />
            </Lazy>
          </WidgetErrorBoundary>
        )}
      </main>
      {quiet && wall.quietHours && (
        <p className="wall-quiet">
          {t('wall.quietUntil', { time: timeOfDay(wall.quietHours.to, locale) })}
        </p>
      )}
      {rotation.paused && (
        <p className="wall-paused" role="status">
          {t('wall.paused', { view: viewTitle })}
        </p>
      )}
      <div
        className="wall-progress"
        role="progressbar"
        aria-label={t('wall.progress')}
        aria-valuemin={0}
        aria-valuemax={wall.secondsPerView}
        aria-valuenow={rotation.elapsed}
      >
        <span style={{ width: `${(100 * rotation.elapsed) / wall.secondsPerView}%` }} />
      </div>
    </div>
  );
}

/** The resources the wall's views read: their figures are kept for as long as the wall runs. */
const WALL_RESOURCES = ['catalog', 'metrics', 'stages', 'pillars'] as const;

export function WallPage() {
  const { t } = useI18n();
  const client = useQueryClient();
  // Keep what the rotating views have fetched instead of dropping it while another view shows: the
  // set of figures is fixed, so memory stays flat, and quiet hours need no fetch at all.
  useState(() => {
    for (const resource of WALL_RESOURCES)
      client.setQueryDefaults([resource], { gcTime: Infinity });
    return true;
  });
  const catalog = useCatalog();
  const wallTheme = useResolvedTheme(useWallTheme());

  if (!catalog.data) {
    return (
      <div className="wall" data-theme={wallTheme}>
        <div className="wall-stale" role={catalog.isError ? 'alert' : 'status'}>
          <p className="wall-stale__title">
            {catalog.isError ? t('wall.unreachable') : t('wall.connecting')}
          </p>
          <p className="wall-stale__detail">
            {catalog.isError
              ? t('wall.retryingItself', { error: describeError(catalog.error, t) })
              : catalog.failureReason
                ? t('wall.retrying', { error: describeError(catalog.failureReason, t) })
                : ''}
          </p>
        </div>
      </div>
    );
  }
  return <WallScreen catalog={catalog.data} />;
}
