// Takes screenshots of routes of a running app in headless Chromium: `npx tsx scripts/screenshot.ts
// http://localhost:4173 out-dir /path?query …`. For looking at what was built, not a test.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [base = 'http://localhost:4173', outDir = 'docs/screens', ...paths] = process.argv.slice(2);
const width = Number(process.env.WIDTH ?? 1600);
const height = Number(process.env.HEIGHT ?? 1000);
const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath,
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({
  viewport: { width, height },
  deviceScaleFactor: Number(process.env.SCALE ?? 1),
});
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') console.log(`[${m.type()}] ${m.text()}`);
});
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
for (const [i, path] of (paths.length ? paths : ['/']).entries()) {
  await page.goto(base + path);
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(
      () => !document.querySelector('[aria-busy="true"], .widget-state--loading'),
      null,
      { timeout: 20_000 },
    )
    .catch(() => {
      console.log(`still loading: ${path}`);
    });
  await page.waitForTimeout(Number(process.env.SETTLE_MS ?? 300));
  const file = `${outDir}/${String(i).padStart(2, '0')}-${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'overview'}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL !== '0' });
  console.log(`wrote ${file}`);
}
await browser.close();
