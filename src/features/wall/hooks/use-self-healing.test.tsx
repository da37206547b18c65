// The wall's self-healing hooks under <StrictMode>, as in development: each effect runs, is cleaned
// up and runs again, and the display still reloads once, shifts once per step and keeps its pause.
import { act, renderHook } from '@testing-library/react';
import { isRefreshPaused, setRefreshPaused } from '@/lib/query/refresh-policy';
import { burnInOffset } from '../utils/schedule';
import { useBurnInShift, useDailyReload, useQuietHours } from './use-self-healing';

const strict = { reactStrictMode: true };

afterEach(() => {
  vi.useRealTimers();
  setRefreshPaused(false);
});

describe('the wall’s self-healing under StrictMode', () => {
  it('reloads once at the daily time: one timer, not one per effect run', () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 20, 2, 0) });
    const reload = vi.fn();
    renderHook(() => useDailyReload('03:00', reload), strict);
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(60 * 60_000));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('moves the content one step per period', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useBurnInShift(5), strict);
    expect(result.current).toEqual(burnInOffset(0));
    // One timer: an interval left by the first run would move the content twice per period.
    expect(vi.getTimerCount()).toBe(1);
    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(result.current).toEqual(burnInOffset(1));
  });

  it('keeps refreshing paused in quiet hours, though the first run’s cleanup lifted the pause', () => {
    const quiet = { from: '00:00', to: '23:59' };
    renderHook(() => useQuietHours(quiet, new Date(2026, 10, 20, 12, 0).getTime()), strict);
    expect(isRefreshPaused()).toBe(true);
  });
});
