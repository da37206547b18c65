// Waiting on the app's own recovery while the test holds the browser's clock.
import { expect, type Page } from '@playwright/test';

/** An expect that waits only briefly: for the checks made between the clock's steps. */
export const expectSoon = expect.configure({ timeout: 500 });

/**
 * Runs `check` until it passes, letting the page's clock run on a second at a time in between. A long
 * jump of the test's clock can time out a refresh that is still on its way over the real network on a
 * busy machine; the app must come back by itself at a later refresh, and a plain wait would give it
 * only the seconds of real time that pass meanwhile.
 */
export async function expectWithClockRunning(
  page: Page,
  check: () => Promise<void>,
  seconds = 20,
): Promise<void> {
  await expect(async () => {
    await page.clock.runFor(1_000);
    await check();
  }).toPass({ timeout: seconds * 1_000 });
}

/** Expects the wall's connection state to say "Live", by itself, with the clock running. */
export async function expectLiveByItself(page: Page): Promise<void> {
  const live = page.getByRole('status').filter({ hasText: 'Live' });
  await expectWithClockRunning(page, () => expectSoon(live).toBeVisible());
}
