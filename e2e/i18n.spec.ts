// The language a reader gets: from the browser's languages, config.json or the address, with the
// locale's own words, dates and week numbers throughout the built app.
import { expect, test } from '@playwright/test';
import { useConfig } from './support/config';

test.describe('a browser set to German', () => {
  test.use({ locale: 'de-DE' });

  test('gets the dashboard in German, with German dates, numbers and calendar weeks', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.getByRole('heading', { name: 'Dashboard Kundenerlebnis' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Ansichten' })).toBeVisible();
    // "23. Nov. 2026, 06:00": day first with a period, 24-hour clock.
    await expect(page.locator('.data-as-of time')).toHaveText(
      /^\d{1,2}\. \p{L}+\.? \d{4}, \d\d:\d\d$/u,
    );
    const tile = page.getByRole('article').first();
    await expect(tile).toContainText(/KW \d{2}\/\d{4}/);
    // A decimal comma: "+33,7" or "36,1 %".
    await expect(tile.locator('.tile__value')).toHaveText(/^[+−]?\d+,\d( %)?$/);
  });

  test('but config.json can set the language for everyone', async ({ page }) => {
    await useConfig(page, { locale: 'en-GB' });
    await page.goto('/');
    await expect(
      page.getByRole('heading', { name: 'Customer experience dashboard' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  });
});

test('the address chooses the language, and an unknown one falls back with a notice', async ({
  page,
}) => {
  await page.goto('/stages?locale=en-US');
  // US order and clock: "Nov 23, 2026, 6:00 AM".
  await expect(page.locator('.data-as-of time')).toHaveText(
    /^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M$/,
  );
  await page.goto('/stages?locale=xx-YY');
  await expect(page.getByRole('status').filter({ hasText: '“xx-YY”' })).toContainText(
    'is not available',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
});
