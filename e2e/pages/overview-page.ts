// Page object for the overview: locators and actions only, no assertions.
import type { Locator, Page } from '@playwright/test';

export class OverviewPage {
  readonly page: Page;
  readonly unitSelector: Locator;
  readonly tiles: Locator;
  readonly dataAsOf: Locator;

  constructor(page: Page) {
    this.page = page;
    this.unitSelector = page.getByLabel('Business unit');
    this.tiles = page.getByRole('article');
    this.dataAsOf = page.getByText('Data as of');
  }

  async goto(search = ''): Promise<void> {
    await this.page.goto(`/${search}`);
  }

  tile(metricName: string): Locator {
    return this.page.getByRole('article', { name: metricName });
  }

  /** The big number of a tile, as shown. */
  tileValue(metricName: string): Locator {
    return this.tile(metricName).locator('.tile__value');
  }

  async chooseUnit(name: string): Promise<void> {
    await this.unitSelector.selectOption({ label: name });
  }

  /** Calls the API the way the app does (through the page, so the mock worker answers). */
  async api<T>(path: string): Promise<T> {
    // In mock mode the worker must be answering first, or the request reaches the static server:
    // the header's data date shows it has answered the app.
    await this.page.getByText('Data as of').waitFor();
    return this.page.evaluate(async (p) => {
      const config = (await (await fetch('/config.json')).json()) as { apiBaseUrl: string };
      const response = await fetch(`${config.apiBaseUrl.replace(/\/$/, '')}${p}`);
      return (await response.json()) as unknown;
    }, path) as Promise<T>;
  }
}
