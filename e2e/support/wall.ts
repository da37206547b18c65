// Waiting on the wall's own recovery while the test holds its clock.
import { expect, type Page } from '@playwright/test';

/**
 * Expects the wall's connection state to say "Live", letting its clock run on a second at a time
 * until it does. A long jump of the test's clock can time out a refresh that is still on its way over
 * the real network on a busy machine; the wall must come back by itself at a later refresh, and a
 * plain wait would give it only the seconds of real time that pass meanwhile.
 */
export async function expectLiveByItself(page: Page): Promise<void> {
  const live = page.getByRole('status').filter({ hasText: 'Live' });
  await expect(async () => {
    await page.clock.runFor(1_000);
    await expect(live).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
}
