// The refresh control says what the figures on screen are doing: being updated, when they last were,
// or how many sources fail.
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { HttpError, TimeoutError } from '@/api/errors';
import { loadLocale } from '@/i18n/registry';
import { renderInLocale } from '@/test/render-with-locale';
import { RefreshControl } from './refresh-control';

beforeAll(async () => {
  await loadLocale('en-GB');
});

function Figures({ id, load }: { id: string; load: () => Promise<number> }) {
  // `metrics/loyalty`: a query of the metrics endpoint.
  useQuery({ queryKey: id.split('/'), queryFn: load });
  return null;
}

function show(
  sources: Record<string, () => Promise<number>>,
  { retry = 0 }: { retry?: number } = {},
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry, retryDelay: 60_000 } },
  });
  renderInLocale(
    <QueryClientProvider client={client}>
      {Object.entries(sources).map(([id, load]) => (
        <Figures key={id} id={id} load={load} />
      ))}
      <RefreshControl locale="en-GB" />
    </QueryClientProvider>,
    'en-GB',
  );
  return client;
}

describe('RefreshControl', () => {
  it('says it is updating while figures are fetched, then the time of the last update', async () => {
    let answer!: (figures: number) => void;
    const client = show({ figures: () => new Promise<number>((done) => (answer = done)) });
    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeDisabled();
    await act(async () => answer(1));
    const updatedAt = client.getQueryState(['figures'])!.dataUpdatedAt;
    const time = new Date(updatedAt).toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    expect(await screen.findByText(`Updated ${time}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Refresh now' })).toBeEnabled();
  });

  it('counts the sources that fail', async () => {
    const down = () => Promise.reject(new Error('down'));
    show({ a: down, b: down, c: async () => 1 });
    expect(await screen.findByText('2 sources are failing')).toBeInTheDocument();
  });

  it('counts a failing endpoint once, however many figures it fails', async () => {
    const metricsDown = () =>
      Promise.reject(new HttpError('GET /v1/metrics', 503, 'unavailable', 'maintenance'));
    show({
      'metrics/loyalty': metricsDown,
      'metrics/bonding': metricsDown,
      'metrics/advocacy': metricsDown,
      'metrics/retention': metricsDown,
      catalog: async () => 1,
    });
    expect(await screen.findByText('1 source is failing')).toBeInTheDocument();
  });

  it('says the API is not answering as soon as a request has timed out once, while it retries', async () => {
    const hang = () => Promise.reject(new TimeoutError('GET /v1/metrics', 3000));
    show({ 'metrics/loyalty': hang, 'metrics/bonding': hang }, { retry: 3 });
    expect(await screen.findByText('The API is not answering, retrying…')).toBeInTheDocument();
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });
});
