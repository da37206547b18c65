// Page object for the overview: locators and actions only, no assertions.
import type { Locator, Page } from '@playwright/test';
import { callApi } from '../support/api';

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
  api<T>(path: string): Promise<T> {
    return callApi<T>(this.page, path);
  }
}
