// The built app on a real API that the mock never imitated (e2e/support/foreign-api.ts): a German
// insurer with other ids and names, five stages, a lower-is-better headline and pillar scores from
// 20–30 respondents. Every view shows its names with no error; on pure noise, every "What changed"
// says that nothing changed significantly.
import { expect, test, type Page } from '@playwright/test';
import type { RealApi } from './support/real-api-server';
import { startForeignApi } from './support/foreign-api';
import { useConfig } from './support/config';
import { Dashboard } from './pages/dashboard';

const NO_CHANGE = 'No significant changes this week.';

let api: RealApi;
let noiseApi: RealApi;
test.beforeAll(async () => {
  [api, noiseApi] = await Promise.all([startForeignApi(), startForeignApi({ noise: true })]);
});
test.afterAll(async () => {
  await Promise.all([api.close(), noiseApi.close()]);
});

/** Points the app at a foreign API and collects every console error and uncaught exception. */
async function onForeignApi(page: Page, server: RealApi): Promise<string[]> {
  await useConfig(page, { apiBaseUrl: server.url, mock: false });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** No error states anywhere on the page (alerts and widget errors). */
async function expectNoErrorStates(page: Page): Promise<void> {
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('.widget-state--error')).toHaveCount(0);
}

async function whatChangedSentences(page: Page): Promise<string[]> {
  const news = page.getByRole('region', { name: 'What changed' });
  await expect(news).toHaveAttribute('aria-busy', 'false');
  return news.getByRole('listitem').allInnerTexts();
}

test('the overview shows the foreign organisation, its headlines and the planted movement', async ({
  page,
}) => {
  const problems = await onForeignApi(page, api);
  await page.goto('/');
  await expect(page.getByLabel('Business unit')).toHaveValue('all');
  await expect(page.getByLabel('Business unit').locator('option:checked')).toHaveText(
    'Nordstern Versicherungsgruppe',
  );
  await expect(page.getByRole('article')).toHaveCount(4);
  for (const name of ['Kundenbindungsindex', 'Begeisterungsverhältnis', 'Empfehlungssaldo']) {
    await expect(page.getByRole('article', { name }).locator('.tile__value'), name).toHaveText(
      /\d/,
    );
  }
  // The cancellation rate fell: lower is better, so the fall is good news, in the good colour.
  const storno = page.getByRole('article', { name: 'Stornoquote' });
  const change = storno.locator('.tile__change .change');
  await expect(change).toHaveClass(/change--better/);
  await expect(change).toContainText('better');
  await expect(change).toContainText('▼');
  const colours = await change.evaluate((el) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--good)';
    el.append(probe);
    const good = getComputedStyle(probe).color;
    probe.remove();
    return { shown: getComputedStyle(el).color, good };
  });
  expect(colours.shown).toBe(colours.good);

  const sentences = await whatChangedSentences(page);
  expect(sentences[0]).toContain('Stornoquote');
  await expectNoErrorStates(page);
  expect(problems).toEqual([]);
});

test('the stages show a five-stage ladder with the foreign stages and units', async ({ page }) => {
  const problems = await onForeignApi(page, api);
  const d = new Dashboard(page);
  await d.open('/stages');
  const standings = page.getByRole('table', { name: /Stage of every unit now/ });
  await expect(standings.getByRole('row', { name: /Filiale Hamburg/ })).toContainText(
    'Kundenhingabe',
  );
  await expect(standings.getByRole('row', { name: /Filiale Nürnberg/ })).toContainText(
    'Kundenbewusstsein',
  );
  for (const name of ['Kundensensibilität', 'Kundenfokus', 'Kundenbesessenheit'])
    await expect(standings, name).toContainText(name);
  await expect(d.chartCanvas(/maturity score and stage by quarter/)).toBeVisible();
  expect(await d.paintedColours(/maturity score and stage by quarter/)).toBeGreaterThan(5);
  const table = await d.showAsTable(/maturity score and stage by quarter/);
  await expect(table.locator('tbody tr').last()).toContainText('Kundenfokus');
  await expectNoErrorStates(page);
  expect(problems).toEqual([]);
});

test('the pillars show the foreign pillars, painted', async ({ page }) => {
  const problems = await onForeignApi(page, api);
  const d = new Dashboard(page);
  await d.open('/pillars');
  for (const title of [/Pillars by month/, "Each pillar's trend", 'Units compared, latest month']) {
    await expect(d.chartCanvas(title)).toBeVisible();
    expect(await d.paintedColours(title)).toBeGreaterThan(5);
  }
  const table = await d.showAsTable(/Pillars by month/);
  for (const name of ['Führung', 'Stimme des Kunden', 'Beschwerdekultur'])
    await expect(table, name).toContainText(name);
  await expectNoErrorStates(page);
  expect(problems).toEqual([]);
});

test('the review names the foreign units and the planted movement', async ({ page }) => {
  const problems = await onForeignApi(page, api);
  await page.goto('/review');
  await expect(page.getByRole('heading', { name: /Nordstern Versicherungsgruppe/ })).toBeVisible();
  expect((await whatChangedSentences(page))[0]).toContain('Stornoquote');
  for (const name of ['Filiale München', 'Region Süd'])
    await expect(page.locator('.review'), name).toContainText(name);
  await expect(page.locator('.review')).toContainText(
    'IT-Störung im Kundenservice der Filiale Bremen',
  );
  await expectNoErrorStates(page);
  expect(problems).toEqual([]);
});

test('the what-changed embed tells the planted movement', async ({ page }) => {
  const problems = await onForeignApi(page, api);
  await page.goto('/embed/what-changed');
  await expect(page.locator('.embed')).toBeVisible();
  expect((await whatChangedSentences(page))[0]).toContain('Stornoquote');
  await expectNoErrorStates(page);
  expect(problems).toEqual([]);
});

test.describe('on pure noise', () => {
  for (const [where, path] of [
    ['the overview', '/'],
    ['the review', '/review'],
    ['the what-changed embed', '/embed/what-changed'],
  ] as const) {
    test(`${where} says that nothing changed significantly`, async ({ page }) => {
      const problems = await onForeignApi(page, noiseApi);
      await page.goto(path);
      expect(await whatChangedSentences(page)).toEqual([NO_CHANGE]);
      await expectNoErrorStates(page);
      expect(problems).toEqual([]);
    });
  }
});
