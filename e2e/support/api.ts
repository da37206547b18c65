// Calls the API the way the app does: through the page, so in mock mode the mock worker answers.
import type { Page } from '@playwright/test';

export async function callApi<T>(page: Page, path: string): Promise<T> {
  // The worker must be answering first, or the request reaches the static server: the header's data
  // date shows it has answered the app.
  await page.getByText('Data as of').waitFor();
  return page.evaluate(async (p) => {
    const config = (await (await fetch('/config.json')).json()) as { apiBaseUrl: string };
    const response = await fetch(`${config.apiBaseUrl.replace(/\/$/, '')}${p}`);
    return (await response.json()) as unknown;
  }, path) as Promise<T>;
}
