// The weekly review: comparisons with significance, the week in the URL, exports, and a printable
// pack of 2–4 landscape pages on A4 and US Letter.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function openReview(page: Page, search = '') {
  await page.goto(`/review${search}`);
  await expect(page.getByRole('heading', { name: /Weekly review/ })).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Loyalty index' }).getByText(/vs 4-week average/),
  ).toBeVisible();
  // Everything loaded: no placeholder left.
  await expect(page.getByText(/^Loading|…$/)).toHaveCount(0);
}

/** Pages in a PDF: its page objects, counted from the file itself. */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('the review shows every headline with three comparisons, each with its significance, and a target status', async ({
  page,
}) => {
  await openReview(page);
  for (const name of [
    'Loyalty index',
    'Brand bonding index',
    'Advocacy share',
    'Customer retention rate',
  ]) {
    const card = page.getByRole('article', { name });
    for (const label of ['vs last week', 'vs 4-week average', 'vs a year ago', 'Target'])
      await expect(card.getByText(label, { exact: true })).toBeVisible();
    await expect(card.getByText(/significant|no comparable data/).first()).toBeVisible();
    await expect(card.getByText(/On track|At risk|Off track|none set/)).toBeVisible();
  }
  for (const heading of [
    'What changed',
    'Units at a glance',
    'Stage moves this quarter',
    'Pillar health',
    /What happened/,
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(
    page.getByRole('table', { name: /Units × headline metrics/ }).locator('tbody tr'),
  ).toHaveCount(7);
});

test('the week is chosen from a list and kept in the link', async ({ page }) => {
  await openReview(page);
  const week = page.getByRole('combobox', { name: 'Week', exact: true });
  const options = await week.locator('option').allTextContents();
  expect(options).toHaveLength(13);
  await week.selectOption({ index: 4 });
  await expect(page).toHaveURL(/week=\d{4}-\d{2}-\d{2}/);
  const url = page.url();
  await page.goto(url);
  await expect(page.getByRole('combobox', { name: 'Week', exact: true })).toHaveValue(
    new URL(url).searchParams.get('week')!,
  );
  await page.goto('/review?week=1999-01-04');
  await expect(page.getByText(/outside the last 13 weeks; showing the latest week/)).toBeVisible();
});

for (const format of ['A4', 'Letter'] as const) {
  test(`it prints to ${format} landscape as a clean pack of 2 to 4 pages`, async ({ page }) => {
    await openReview(page, '?unit=retail');
    await page.emulateMedia({ media: 'print' });
    // No controls in print; the footer with week and data date is there.
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeHidden();
    const footer = await page.locator('style[data-print-footer]').textContent();
    expect(footer).toMatch(
      /@bottom-left \{ content: "Weekly customer review · Retail stores · W\d\d \d{4} .* · Data as of [^"]+"/,
    );
    for (const heading of ['Headline numbers', 'Units at a glance', 'Pillar health']) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    const pdf = await page.pdf({ format, landscape: true, printBackground: true });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
  });
}

test('any chart exports its data as CSV with units and n, and itself as PNG', async ({ page }) => {
  await page.goto('/metrics/loyalty?range=13w');
  const chart = page.getByRole('figure', { name: /Loyalty index, weekly/ });
  await expect(chart.locator('[data-chart-ready="true"]')).toBeVisible();

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  const [header, ...rows] = csv.trim().split('\n');
  expect(header).toContain('Loyalty index (points)');
  expect(header).toContain('n');
  expect(rows.length).toBeGreaterThanOrEqual(12);

  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'PNG' }).click(),
  ]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
});
