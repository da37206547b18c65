// @vitest-environment node
import { catalogSchema } from '@/api/schemas';
import { createMockServer } from '../node';

describe('createMockServer', () => {
  const server = createMockServer({ asOf: '2025-06-30', seed: 3, latencyMs: [30, 40] });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('serves the data of its options after the simulated latency', async () => {
    const started = performance.now();
    const response = await fetch('http://api.test/v1/catalog');
    const elapsed = performance.now() - started;
    const catalog = catalogSchema.parse(await response.json());
    expect(catalog.dataAsOf).toBe('2025-06-30T06:00:00Z');
    expect(elapsed).toBeGreaterThanOrEqual(28);
  });
});
