// Page object for the dashboard's shared parts: navigation, unit and range, charts. No assertions.
import type { Locator, Page } from '@playwright/test';
import { callApi } from '../support/api';

export class Dashboard {
  readonly page: Page;
  readonly nav: Locator;
  readonly unitSelector: Locator;
  readonly rangeGroup: Locator;

  constructor(page: Page) {
    this.page = page;
    this.nav = page.getByRole('navigation', { name: 'Views' });
    this.unitSelector = page.getByLabel('Business unit');
    this.rangeGroup = page.getByRole('group', { name: 'Time range' });
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
  }

  async navigate(view: string): Promise<void> {
    await this.nav.getByRole('link', { name: view, exact: true }).click();
  }

  async chooseUnit(name: string): Promise<void> {
    await this.unitSelector.selectOption({ label: name });
  }

  async chooseRange(label: string): Promise<void> {
    await this.rangeGroup.getByRole('button', { name: label, exact: true }).click();
  }

  /** A chart's figure, found by its title. */
  chart(title: string | RegExp): Locator {
    return this.page.getByRole('figure', { name: title });
  }

  /** The drawing box of a chart, once ECharts says it has finished rendering. */
  chartCanvas(title: string | RegExp): Locator {
    return this.chart(title).locator('[data-chart-ready="true"]');
  }

  async showAsTable(title: string | RegExp): Promise<Locator> {
    await this.chart(title).getByRole('button', { name: 'Show as table' }).click();
    return this.chart(title).getByRole('table');
  }

  /** How many distinct colours the chart's canvas holds: a blank or single-colour box has 1 or 0. */
  async paintedColours(title: string | RegExp): Promise<number> {
    const canvas = this.chartCanvas(title).locator('canvas').first();
    return canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const ctx = c.getContext('2d');
      if (!ctx) return 0;
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 16) {
        if (data[i + 3]! > 0) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
        if (colours.size > 50) break;
      }
      return colours.size;
    });
  }

  /** Calls the API the way the app does (through the page, so the mock worker answers). */
  api<T>(path: string): Promise<T> {
    return callApi<T>(this.page, path);
  }
}
