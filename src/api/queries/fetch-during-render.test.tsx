import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useFetchDuringRender, useQueriesFromRender, useQueryList } from './fetch-during-render';

function setup() {
  // Fresh for a minute, as in the app: the observer does not refetch what it finds in the cache.
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 60_000 } },
  });
  const queryFn = vi.fn(async () => 'figures');
  /** What the cache said about the query while the component rendered, before any effect ran. */
  const seenInRender: (string | undefined)[] = [];
  function Figures({ enabled = true }: { enabled?: boolean }) {
    const options = { queryKey: ['figures'], queryFn, enabled };
    useFetchDuringRender([options]);
    seenInRender.push(client.getQueryState(options.queryKey)?.fetchStatus);
    const query = useQuery(options);
    return <p>{query.data ?? 'waiting'}</p>;
  }
  const app = (enabled: boolean) => (
    <QueryClientProvider client={client}>
      <Figures enabled={enabled} />
    </QueryClientProvider>
  );
  const show = (enabled = true) => render(app(enabled));
  return { app, client, queryFn, seenInRender, show };
}

describe('useFetchDuringRender', () => {
  it('has the request on its way during the first render, not after paint', async () => {
    const { queryFn, seenInRender, show } = setup();
    show();
    expect(seenInRender[0]).toBe('fetching');
    expect(await screen.findByText('figures')).toBeInTheDocument();
    // The hook's observer took the fetch in flight over: one request, not two.
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('leaves a disabled query alone', () => {
    const { queryFn, seenInRender, show } = setup();
    show(false);
    expect(seenInRender[0]).toBeUndefined();
    expect(screen.getByText('waiting')).toBeInTheDocument();
    expect(queryFn).not.toHaveBeenCalled();
  });

  it('starts a query in the render that enables it, not in the effect after', async () => {
    const { app, client, queryFn, seenInRender, show } = setup();
    const { rerender } = show(false);
    // The disabled observer put the query in the cache, idle and without data.
    expect(client.getQueryState(['figures'])).toMatchObject({
      status: 'pending',
      fetchStatus: 'idle',
    });
    const rendersBefore = seenInRender.length;
    rerender(app(true));
    expect(seenInRender[rendersBefore]).toBe('fetching');
    expect(await screen.findByText('figures')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('does not ask again for figures already in the cache', async () => {
    const { client, queryFn, show } = setup();
    client.setQueryData(['figures'], 'cached figures');
    show();
    expect(await screen.findByText('cached figures')).toBeInTheDocument();
    expect(queryFn).not.toHaveBeenCalled();
  });
});

describe('useQueryList', () => {
  it('keeps its list while the ids and the key stay the same, and rebuilds it when one changes', () => {
    const build = vi.fn((id: string) => ({ id }));
    const { result, rerender } = renderHook(
      ({ ids, key }: { ids: string[]; key: string }) => useQueryList(ids, key, build),
      { initialProps: { ids: ['retail', 'online'], key: '2026-07-01' } },
    );
    const first = result.current;
    expect(first).toEqual([{ id: 'retail' }, { id: 'online' }]);
    // A new array with the same ids, as views build them on every render.
    rerender({ ids: ['retail', 'online'], key: '2026-07-01' });
    expect(result.current).toBe(first);
    expect(build).toHaveBeenCalledTimes(2);
    rerender({ ids: ['retail', 'online', 'b2b'], key: '2026-07-01' });
    expect(result.current.map((q) => q.id)).toEqual(['retail', 'online', 'b2b']);
    rerender({ ids: ['retail', 'online', 'b2b'], key: '2026-10-01' });
    expect(build).toHaveBeenCalledTimes(8);
    rerender({ ids: [], key: '2026-10-01' });
    expect(result.current).toEqual([]);
  });
});

describe('useQueriesFromRender', () => {
  it('keeps its results across renders until an answer arrives, so views derive once per result', async () => {
    const client = new QueryClient({
      defaultOptions: { queries: { retry: false, staleTime: 60_000 } },
    });
    const answers = new Map<string, (figures: string) => void>();
    const build = (id: string) => ({
      queryKey: ['unit', id],
      queryFn: () => new Promise<string>((resolve) => answers.set(id, resolve)),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result, rerender } = renderHook(
      // A new id list on every render, as the views build it.
      ({ tick }: { tick: number }) => {
        void tick;
        return useQueriesFromRender(['retail', 'online'], 'q4', build);
      },
      { wrapper, initialProps: { tick: 0 } },
    );
    const first = result.current;
    expect(first.map((q) => q.isPending)).toEqual([true, true]);
    // A re-render with nothing new (a clock tick, a parent's state): the same list.
    rerender({ tick: 1 });
    expect(result.current).toBe(first);

    act(() => answers.get('retail')!('retail figures'));
    await waitFor(() => expect(result.current[0]!.data).toBe('retail figures'));
    const second = result.current;
    expect(second).not.toBe(first);
    expect(second.map((q) => q.data)).toEqual(['retail figures', undefined]);
    // The unit that has not answered keeps its entry.
    expect(second[1]).toBe(first[1]);
    rerender({ tick: 2 });
    expect(result.current).toBe(second);
  });
});
