import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, renderHook, screen } from '@testing-library/react';
import { useFetchDuringRender, useQueryList } from './fetch-during-render';

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
