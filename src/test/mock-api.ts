// The mock API behind a test file: MSW's node server with the mock's handlers, listening for the
// file's tests, and the locales the file renders in loaded before them.
import { getMockData } from '@mocks/data/mock-data';
import { createMockServer } from '@mocks/node';
import { loadLocale } from '@/i18n/registry';

export const TEST_MOCK_OPTIONS = { asOf: '2026-11-20', latencyMs: 0 };

export function onMockApi({ locales = [] as string[], options = TEST_MOCK_OPTIONS } = {}) {
  const server = createMockServer(options);
  const mock = getMockData(options);
  beforeAll(async () => {
    server.listen({ onUnhandledRequest: 'error' });
    await Promise.all(locales.map(loadLocale));
  });
  afterAll(() => server.close());
  return { server, mock };
}
