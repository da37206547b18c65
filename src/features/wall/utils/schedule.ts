// The wall's clockwork, as pure functions: rotation, quiet hours, the daily reload, burn-in shifts.

export interface RotationState {
  index: number;
  /** Whole seconds shown of the current view. */
  elapsed: number;
  paused: boolean;
}

export const initialRotation: RotationState = { index: 0, elapsed: 0, paused: false };

export type RotationAction =
  { type: 'tick'; secondsPerView: number; views: number } | { type: 'toggle-pause' };

export function rotate(state: RotationState, action: RotationAction): RotationState {
  if (action.type === 'toggle-pause') return { ...state, paused: !state.paused };
  if (state.paused) return state;
  const elapsed = state.elapsed + 1;
  if (elapsed < action.secondsPerView) return { ...state, elapsed };
  return { ...state, index: (state.index + 1) % action.views, elapsed: 0 };
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
