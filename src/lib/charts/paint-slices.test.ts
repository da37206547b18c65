import { paintInSlice } from './paint-slices';

describe('paintInSlice', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('paints at once while the task has time, the rest in later tasks, in order', () => {
    vi.useFakeTimers();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const painted: string[] = [];
    const paint = (name: string) => () => {
      painted.push(name);
      now += 30; // each paint takes 30 ms
    };
    paintInSlice(paint('a'));
    paintInSlice(paint('b'));
    paintInSlice(paint('c'));
    const cancel = paintInSlice(paint('d'));
    paintInSlice(paint('e'));
    // a and b fit in the first 50 ms; c, d and e wait for later tasks.
    expect(painted).toEqual(['a', 'b']);
    cancel();
    vi.runOnlyPendingTimers();
    expect(painted).toEqual(['a', 'b', 'c', 'e']);
    vi.runAllTimers();
    expect(painted).toEqual(['a', 'b', 'c', 'e']);
    // A new task opens a new slice: the next paint runs at once.
    paintInSlice(paint('f'));
    expect(painted.at(-1)).toBe('f');
    vi.runAllTimers();
  });
});
