import {
  burnInOffset,
  isQuietAt,
  msUntilNext,
  rotationAt,
  startRotation,
  togglePause,
  type RotationClock,
} from './schedule';

describe('rotationAt', () => {
  const start = startRotation(1_000_000);
  const at = (clock: RotationClock, seconds: number) =>
    rotationAt(clock, 1_000_000 + seconds * 1000, 3, 4);
  it('moves to the next view after its seconds, and wraps around', () => {
    expect(at(start, 2.5)).toEqual({ index: 0, elapsed: 2, paused: false });
    expect(at(start, 3)).toEqual({ index: 1, elapsed: 0, paused: false });
    expect(at(start, 12).index).toBe(0);
  });
  it('loses no view when ticks come late or together', () => {
    // One late tick after 7.2 s lands where seven on time would: on the third view, 1 s in.
    expect(at(start, 7.2)).toEqual({ index: 2, elapsed: 1, paused: false });
  });
  it('stands still while paused and goes on where it was when resumed', () => {
    const paused = togglePause(start, 1_000_000 + 2_000);
    expect(at(paused, 12)).toEqual({ index: 0, elapsed: 2, paused: true });
    const resumed = togglePause(paused, 1_000_000 + 12_000);
    expect(at(resumed, 12)).toEqual({ index: 0, elapsed: 2, paused: false });
    expect(at(resumed, 13)).toEqual({ index: 1, elapsed: 0, paused: false });
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
