// The app under <StrictMode>, as `npm start` runs it: every effect runs, is cleaned up and runs
// again. Views still fill in, and an embed greets its host once. (A query whose only observer leaves
// while its request is out is cancelled, as it reads the abort signal, and asked again when the
// observer comes back: in development each first request may go out twice.)
import { screen, within } from '@testing-library/react';
import { formatValue } from '@/lib/format/format';
import { onMockApi } from '@/test/mock-api';
import { renderApp } from '@/test/render-app';

const { mock } = onMockApi();

describe('under StrictMode', () => {
  it('fills in the overview: every headline figure and what changed', async () => {
    renderApp('/?unit=retail', {}, { strict: true });
    for (const metric of mock.catalog.metrics.filter((m) => m.headline)) {
      const tile = await screen.findByRole('article', { name: metric.name }, { timeout: 5000 });
      const latest = mock
        .metricSeries('retail', [metric.id as never])[0]!
        .points.filter((p) => p.value != null)
        .at(-1)!;
      expect(
        await within(tile).findByText(formatValue(latest.value, metric), { selector: 'data' }),
      ).toBeInTheDocument();
    }
    const news = await screen.findByRole('region', { name: 'What changed' });
    expect(
      (await within(news).findAllByRole('listitem', {}, { timeout: 5000 })).length,
    ).toBeGreaterThan(0);
    // Every question was answered: none still out, none failed.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 20_000);

  it('has an embed say "ready" to its host once', async () => {
    const host = 'https://intranet.example';
    const postMessage = vi.fn();
    const parent = vi.spyOn(window, 'parent', 'get').mockReturnValue({ postMessage } as never);
    const referrer = vi.spyOn(document, 'referrer', 'get').mockReturnValue(`${host}/news`);
    try {
      renderApp(
        '/embed/tile/loyalty?unit=retail',
        { embed: { allowedOrigins: [host] } as never },
        { strict: true },
      );
      await screen.findByRole('link', { name: /Open in the dashboard/ }, { timeout: 5000 });
      const ready = postMessage.mock.calls.filter(([message]) => message.type === 'ready');
      expect(ready).toEqual([[expect.objectContaining({ widget: 'tile/loyalty' }), host]]);
    } finally {
      parent.mockRestore();
      referrer.mockRestore();
    }
  }, 20_000);
});
