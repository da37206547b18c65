import {
  burnInOffset,
  initialRotation,
  isQuietAt,
  msUntilNext,
  rotate,
  type RotationState,
} from './schedule';

describe('rotate', () => {
  const tick = (s: RotationState, n = 1) => {
    let state = s;
    for (let i = 0; i < n; i++)
      state = rotate(state, { type: 'tick', secondsPerView: 3, views: 4 });
    return state;
  };
  it('moves to the next view after its seconds, and wraps around', () => {
    expect(tick(initialRotation, 2)).toEqual({ index: 0, elapsed: 2, paused: false });
    expect(tick(initialRotation, 3)).toEqual({ index: 1, elapsed: 0, paused: false });
    expect(tick(initialRotation, 12).index).toBe(0);
  });
  it('stands still while paused and goes on where it was when resumed', () => {
    const paused = rotate(tick(initialRotation, 2), { type: 'toggle-pause' });
    expect(tick(paused, 10)).toEqual({ index: 0, elapsed: 2, paused: true });
    expect(tick(rotate(paused, { type: 'toggle-pause' }), 1)).toEqual({
      index: 1,
      elapsed: 0,
      paused: false,
    });
  });
});

describe('isQuietAt', () => {
  const at = (h: number, m = 0) => new Date(2026, 10, 20, h, m);
  it('handles quiet hours across midnight', () => {
    const quiet = { from: '20:00', to: '07:00' };
    expect(isQuietAt(at(19, 59), quiet)).toBe(false);
    expect(isQuietAt(at(20, 0), quiet)).toBe(true);
    expect(isQuietAt(at(3), quiet)).toBe(true);
    expect(isQuietAt(at(7), quiet)).toBe(false);
  });
  it('handles quiet hours within a day, and none', () => {
    expect(isQuietAt(at(13), { from: '12:00', to: '14:00' })).toBe(true);
    expect(isQuietAt(at(14), { from: '12:00', to: '14:00' })).toBe(false);
    expect(isQuietAt(at(13), null)).toBe(false);
  });
});

describe('msUntilNext', () => {
  it('finds the next daily time, today or tomorrow', () => {
    expect(msUntilNext(new Date(2026, 10, 20, 3, 30), '04:00')).toBe(30 * 60_000);
    expect(msUntilNext(new Date(2026, 10, 20, 4, 0), '04:00')).toBe(24 * 3_600_000);
  });
});

describe('burnInOffset', () => {
  it('moves a few pixels at most and cycles', () => {
    for (let i = 0; i < 10; i++) {
      const [x, y] = burnInOffset(i);
      expect(Math.abs(x)).toBeLessThanOrEqual(4);
      expect(Math.abs(y)).toBeLessThanOrEqual(4);
    }
    expect(burnInOffset(5)).toEqual(burnInOffset(0));
    expect(burnInOffset(1)).not.toEqual(burnInOffset(0));
  });
});
