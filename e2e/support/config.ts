// Serves a config.json of the test's choosing to the page (the built one is the starting point).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const built = JSON.parse(
  readFileSync(new URL('../../dist/config.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

export async function useConfig(page: Page, overrides: Record<string, unknown>): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...built, ...overrides }),
    }),
  );
}

/** Switches the mock API's fault scenario without a reload (mock mode only). */
export async function setScenario(page: Page, scenario: string): Promise<void> {
  await page.waitForFunction(() => 'cxMock' in window || '__cxMock' in window);
  await page.evaluate(
    (s) =>
      (window as unknown as { __cxMock: { setScenario(s: string): void } }).__cxMock.setScenario(s),
    scenario,
  );
}
