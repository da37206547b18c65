// Wall-display mode: rotates through views by itself, shows a clock, the data's age and the connection
// state, warns in large type when figures go stale, and heals itself; no mouse or keyboard needed.
import { useQueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { describeError } from '@/components/query-state';
import { useConfig } from '@/config/config-context';
import type { WallView } from '@/config/schema';
import { chartThemes, resolveTheme } from '@/lib/chart-theme';
import { familyNames } from '@/lib/families';
import { useQueryHealth } from '@/lib/query-health';
import { isThemeSetting, type ThemeSetting } from '@/lib/theme-choice';
import { resolveUnit } from '@/lib/url-state';
import {
  useBurnInShift,
  useDailyReload,
  useQuietHours,
  useReloadOnNewVersion,
  useWakeLock,
} from './hooks/use-self-healing';
import { initialRotation, rotate } from './utils/schedule';
import { WallFamily as WallFamilyView } from './views/wall-family';
import { WallOverview as WallOverviewView } from './views/wall-overview';
import { WallPillars as WallPillarsView } from './views/wall-pillars';
import { WallStages as WallStagesView } from './views/wall-stages';

// The screen re-renders every second for its clock and progress bar; the views' props change only
// with the data, so memoised views do not recompute their figures on every tick.
const WallOverview = memo(WallOverviewView);
const WallStages = memo(WallStagesView);
const WallPillars = memo(WallPillarsView);
const WallFamily = memo(WallFamilyView);

const viewTitles: Record<WallView, string> = {
  overview: 'Headline metrics',
  stages: 'Stage of each unit',
  pillars: 'Pillar health',
  loyalty: familyNames.loyalty,
  bonding: familyNames.bonding,
  advocacy: familyNames.advocacy,
  retention: familyNames.retention,
};

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

function duration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.floor(hours / 24)} days`;
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
  const { wall, locale, refreshSeconds } = config;
  const wallTheme = useWallTheme();
  const [params] = useSearchParams();
  const unit = resolveUnit(params.get('unit') ?? wall.unit ?? null, catalog);
  const now = useNow();
  const fontSize = useViewportFontSize();
  const health = useQueryHealth('all');
  const [rotation, dispatch] = useReducer(rotate, initialRotation);
  const reload = useCallback(() => location.reload(), []);

  const quiet = useQuietHours(wall.quietHours, now);
  useReloadOnNewVersion(wall.versionCheckMinutes, reload);
  useDailyReload(wall.reloadDailyAt, reload);
  useWakeLock();
  const [dx, dy] = useBurnInShift(wall.burnInShiftMinutes);

  // One tick per second drives the rotation; a key press or a click pauses and resumes it.
  useEffect(() => {
    dispatch({ type: 'tick', secondsPerView: wall.secondsPerView, views: wall.views.length });
  }, [now, wall.secondsPerView, wall.views.length]);
  useEffect(() => {
    const toggle = () => dispatch({ type: 'toggle-pause' });
    window.addEventListener('keydown', toggle);
    window.addEventListener('pointerdown', toggle);
    return () => {
      window.removeEventListener('keydown', toggle);
      window.removeEventListener('pointerdown', toggle);
    };
  }, []);

  // Charts take their colours from the wall's own theme, and their type size from the screen.
  const theme = useMemo(
    () => ({ ...chartThemes[resolveTheme(wallTheme)], fontSize }),
    [wallTheme, fontSize],
  );
  const view = wall.views[rotation.index % wall.views.length]!;
  const age = health.lastSuccessAt ? now - health.lastSuccessAt : Infinity;
  const stale = !quiet && age > wall.staleAfterMinutes * 60_000;
  const time = (ms: number, withDate = false) =>
    new Intl.DateTimeFormat(
      locale,
      withDate
        ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
        : { hour: '2-digit', minute: '2-digit' },
    ).format(ms);
  const connection = quiet
    ? 'quiet'
    : health.failing === 0
      ? 'live'
      : stale
        ? 'offline'
        : 'degraded';
  const connectionText = {
    quiet: 'Quiet hours',
    live: 'Live',
    degraded: 'Some sources failing',
    offline: 'No connection to data',
  }[connection];
  const unitName = catalog.units.find((u) => u.id === unit.id)?.name ?? unit.id;

  return (
    <div
      className={`wall${quiet ? ' wall--quiet' : ''}`}
      data-theme={resolveTheme(wallTheme)}
      data-view={view}
      data-paused={rotation.paused || undefined}
    >
      <header className="wall-bar-top">
        <p className="wall-title">
          <span className="wall-title__org">{unitName}</span> · <span>{viewTitles[view]}</span>
        </p>
        <p className={`wall-connection wall-connection--${connection}`} role="status">
          <span aria-hidden="true">● </span>
          {connectionText}
        </p>
        <p className="wall-age">
          Data as of {time(Date.parse(catalog.dataAsOf), true)}
          {health.lastSuccessAt > 0 && <> · updated {time(health.lastSuccessAt)}</>}
        </p>
        <p className="wall-clock" aria-label="Time">
          <time dateTime={new Date(now).toISOString()}>{time(now)}</time>
        </p>
      </header>
      {stale && (
        <div className="wall-stale" role="alert">
          <p className="wall-stale__title">
            ⚠ Figures not updated{' '}
            {health.lastSuccessAt
              ? `since ${time(health.lastSuccessAt, true)} (${duration(age)})`
              : 'yet'}
          </p>
          <p className="wall-stale__detail">
            The data source cannot be reached; the last good figures are shown. Retrying every{' '}
            {duration(refreshSeconds * 1000).replace(/^0 min$/, `${refreshSeconds} s`)}.
          </p>
        </div>
      )}
      <main className="wall-content" style={{ transform: `translate(${dx}px, ${dy}px)` }}>
        {view === 'overview' && <WallOverview catalog={catalog} unitId={unit.id} locale={locale} />}
        {view === 'stages' && <WallStages catalog={catalog} unitId={unit.id} locale={locale} />}
        {view === 'pillars' && <WallPillars catalog={catalog} unitId={unit.id} locale={locale} />}
        {(view === 'loyalty' ||
          view === 'bonding' ||
          view === 'advocacy' ||
          view === 'retention') && (
          <WallFamily
            catalog={catalog}
            family={view}
            unitId={unit.id}
            locale={locale}
            theme={theme}
          />
        )}
      </main>
      {quiet && wall.quietHours && (
        <p className="wall-quiet">
          Quiet hours until {wall.quietHours.to}: figures are not refreshed.
        </p>
      )}
      {rotation.paused && (
        <p className="wall-paused" role="status">
          Paused on {viewTitles[view]} · press any key or click to resume
        </p>
      )}
      <div
        className="wall-progress"
        role="progressbar"
        aria-label="Time until the next view"
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
  const client = useQueryClient();
  // Keep what the rotating views have fetched instead of dropping it while another view shows: the
  // set of figures is fixed, so memory stays flat, and quiet hours need no fetch at all.
  useState(() => {
    for (const resource of WALL_RESOURCES)
      client.setQueryDefaults([resource], { gcTime: Infinity });
    return true;
  });
  const catalog = useCatalog();
  const wallTheme = useWallTheme();

  if (!catalog.data) {
    return (
      <div className="wall" data-theme={resolveTheme(wallTheme)}>
        <div className="wall-stale" role={catalog.isError ? 'alert' : 'status'}>
          <p className="wall-stale__title">
            {catalog.isError
              ? '⚠ The data source cannot be reached'
              : 'Connecting to the data source…'}
          </p>
          <p className="wall-stale__detail">
            {catalog.isError
              ? `${describeError(catalog.error)} Retrying by itself.`
              : catalog.failureReason
                ? `Retrying: ${describeError(catalog.failureReason)}`
                : ''}
          </p>
        </div>
      </div>
    );
  }
  return <WallScreen catalog={catalog.data} />;
}
