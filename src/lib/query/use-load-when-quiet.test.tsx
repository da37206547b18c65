import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { QUIET_MS, useLoadWhenQuiet } from './use-load-when-quiet';

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const load = vi.fn(async () => undefined);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const mount = () => renderHook(() => useLoadWhenQuiet(load), { wrapper });
  return { client, load, mount };
}

describe('useLoadWhenQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks for the code once nothing has been in flight for a while', async () => {
    const { load, mount } = setup();
    mount();
    expect(load).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await vi.runOnlyPendingTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('waits while the first view still fetches its figures', async () => {
    const { client, load, mount } = setup();
    let answer: (v: string) => void = () => undefined;
    void client.fetchQuery({
      queryKey: ['figures'],
      queryFn: () => new Promise<string>((resolve) => (answer = resolve)),
    });
    mount();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 10);
    expect(load).not.toHaveBeenCalled();

    answer('figures');
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    await vi.runOnlyPendingTimersAsync();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for nothing when the reader asked the browser to save data', async () => {
    const { load, mount } = setup();
    Object.defineProperty(navigator, 'connection', {
      value: { saveData: true },
      configurable: true,
    });
    try {
      mount();
      await vi.advanceTimersByTimeAsync(QUIET_MS * 10);
      await vi.runOnlyPendingTimersAsync();
      expect(load).not.toHaveBeenCalled();
    } finally {
      delete (navigator as { connection?: unknown }).connection;
    }
  });

  it('asks for nothing after the page has gone', async () => {
    const { load, mount } = setup();
    mount().unmount();
    await vi.advanceTimersByTimeAsync(QUIET_MS * 10);
    await vi.runOnlyPendingTimersAsync();
    expect(load).not.toHaveBeenCalled();
  });
});
