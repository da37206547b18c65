// The wall's clockwork, as pure functions: rotation, quiet hours, the daily reload, burn-in shifts.

/**
 * Where the rotation stands, as times rather than counted ticks: a tick that is late or merged with
 * the next (a busy or throttled TV, batched renders) cannot slow the rotation down or lose a view.
 */
export interface RotationClock {
  /** When the first view started, moved on by the time spent paused. */
  startedAt: number;
  /** When the rotation was paused, or null while it runs. */
  pausedAt: number | null;
}

export const startRotation = (now: number): RotationClock => ({ startedAt: now, pausedAt: null });

/** Pauses a running rotation, or resumes a paused one where it was. */
export function togglePause(clock: RotationClock, now: number): RotationClock {
  if (clock.pausedAt === null) return { ...clock, pausedAt: now };
  return { startedAt: clock.startedAt + Math.max(0, now - clock.pausedAt), pausedAt: null };
}

export interface RotationState {
  index: number;
  /** Whole seconds shown of the current view. */
  elapsed: number;
  paused: boolean;
}

/** The view on screen at `now`, and how long it has been shown. */
export function rotationAt(
  clock: RotationClock,
  now: number,
  secondsPerView: number,
  views: number,
): RotationState {
  const period = secondsPerView * 1000;
  const shown = Math.max(0, (clock.pausedAt ?? now) - clock.startedAt);
  return {
    index: Math.floor(shown / period) % Math.max(1, views),
    elapsed: Math.floor((shown % period) / 1000),
    paused: clock.pausedAt !== null,
  };
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Whether a local time falls in quiet hours [from, to), which may cross midnight. */
export function isQuietAt(date: Date, quiet: { from: string; to: string } | null): boolean {
  if (!quiet) return false;
  const now = date.getHours() * 60 + date.getMinutes();
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  if (from === to) return false;
  return from < to ? now >= from && now < to : now >= from || now < to;
}

/** Milliseconds from `date` until the next local `HH:MM` (tomorrow's when it has passed today). */
export function msUntilNext(date: Date, hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const next = new Date(date);
  next.setHours(h, m, 0, 0);
  if (next.getTime() <= date.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - date.getTime();
}

/** Pixel offsets the content cycles through, a few pixels each way, against burn-in. */
const OFFSETS: readonly [number, number][] = [
  [0, 0],
  [3, 2],
  [-2, 3],
  [-3, -2],
  [2, -3],
];

export function burnInOffset(step: number): [number, number] {
  return OFFSETS[((step % OFFSETS.length) + OFFSETS.length) % OFFSETS.length]!;
}
