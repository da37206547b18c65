// Intranet embedding: a host page on another origin embeds widgets with embed.js; the frame sizes
// itself to its content; messages are accepted only from allowed origins; tokens flow on request.
import { expect, test, type Frame, type Page } from '@playwright/test';
import { startHostServer, type HostServer } from './support/host-server';
import { startRealApi, type RealApi } from './support/real-api-server';
import { useConfig } from './support/config';

const APP = `http://localhost:${Number(process.env.E2E_PORT ?? 4173)}`;
let host: HostServer;
let stranger: HostServer;
let api: RealApi;
let openApi: RealApi;

// Embeds talk to a real API on its own origin, as deployed: a cross-site frame gets no storage (and
// so no mock service worker) in Chromium, just as intranet embeds would not.
test.beforeAll(async () => {
  host = await startHostServer();
  stranger = await startHostServer();
  api = await startRealApi({ requiredToken: 'tok-from-host' });
  openApi = await startRealApi();
});
test.afterAll(async () => {
  await Promise.all([host.close(), stranger.close(), api.close(), openApi.close()]);
});

const embedConfig = (allowedOrigins: string[]) => ({
  mock: false,
  apiBaseUrl: openApi.url,
  embed: { allowedOrigins },
});

function hostPage(widget: string, extraHead = '', extraBody = ''): string {
  return `<!doctype html><html><head><title>Intranet</title>${extraHead}
<script src="${APP}/embed.js" defer></script></head>
<body><h1>Intranet news</h1><div id="w" data-cx-embed="${APP}${widget}"></div>${extraBody}<p id="after">after</p></body></html>`;
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('#w iframe').elementHandle();
  const frame = await handle!.contentFrame();
  return frame!;
}

test('the frame follows its content height, and a theme message from the allowed host applies', async ({
  page,
}) => {
  await useConfig(page, embedConfig([host.origin]));
  host.page('/', hostPage('/embed/tile/loyalty?unit=retail&theme=light'));
  await page.goto(`${host.origin}/`);
  const frame = await embedFrame(page);
  await expect(frame.locator('.tile__value')).toBeVisible();
  await expect(frame.getByRole('link', { name: /Open in the dashboard/ })).toHaveAttribute(
    'href',
    /\/\?unit=retail$/,
  );

  const iframe = page.locator('#w iframe');
  const contentHeight = () =>
    frame.locator('.embed').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect
    .poll(async () =>
      Math.abs(
        (await iframe.evaluate((el) => el.getBoundingClientRect().height)) -
          (await contentHeight()),
      ),
    )
    .toBeLessThanOrEqual(1);
  const before = await contentHeight();

  // More content (the metric's description), a taller frame; and it settles rather than growing.
  await frame.getByRole('button', { name: 'About Loyalty index' }).click();
  await expect
    .poll(async () => (await iframe.evaluate((el) => el.getBoundingClientRect().height)) - before)
    .toBeGreaterThan(20);
  const settled = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  await page.waitForFunction(
    (h) => document.querySelector('#w iframe')!.getBoundingClientRect().height === h,
    settled,
    { timeout: 2000 },
  );
  expect(await contentHeight()).toBeCloseTo(settled, -1);

  await page.evaluate(() =>
    (
      document.querySelector('#w') as unknown as { __cxEmbed: { setTheme(t: string): void } }
    ).__cxEmbed.setTheme('dark'),
  );
  await expect(frame.locator('.embed')).toHaveAttribute('data-theme', 'dark');
});

test('a message from a site that is not allowed is ignored', async ({ page }) => {
  await useConfig(page, embedConfig([host.origin]));
  // A frame from another origin on the same page tries to restyle the widget.
  stranger.page(
    '/meddler',
    `<!doctype html><script>window.addEventListener('message', () => {});</script><p>meddler</p>`,
  );
  host.page(
    '/two',
    hostPage(
      '/embed/tile/bonding?theme=light',
      '',
      `<iframe id="meddler" src="${stranger.origin}/meddler"></iframe>`,
    ),
  );
  await page.goto(`${host.origin}/two`);
  const frame = await embedFrame(page);
  await expect(frame.locator('.tile__value')).toBeVisible();
  const meddler = page.frames().find((f) => f.url().startsWith(stranger.origin))!;
  await meddler.evaluate(() => {
    window.parent.frames[0]!.postMessage(
      { protocol: 'cx-embed', version: 1, type: 'set-theme', theme: 'dark' },
      '*',
    );
  });
  // Messages are handled in order: once the allowed host's later message has taken effect, the
  // meddler's earlier one has been handled too, and ignored.
  await page.evaluate(() =>
    (
      document.querySelector('#w') as unknown as { __cxEmbed: { setView(v: object): void } }
    ).__cxEmbed.setView({ unit: 'retail' }),
  );
  await expect.poll(() => frame.url()).toContain('unit=retail');
  await expect(frame.locator('.embed')).toHaveAttribute('data-theme', 'light');
});

test('when access is missing the embed asks the host for a token, and its API requests then carry it', async ({
  page,
}) => {
  await useConfig(page, {
    mock: false,
    apiBaseUrl: api.url,
    embed: { allowedOrigins: [host.origin] },
  });
  host.page(
    '/token',
    hostPage(
      '/embed/tile/advocacy',
      `<script>window.cxEmbedGetToken = function () { return Promise.resolve('tok-from-host'); };</script>`,
    ),
  );
  const before = api.requests.length;
  await page.goto(`${host.origin}/token`);
  const frame = await embedFrame(page);
  await expect(frame.locator('.tile__value')).toBeVisible();
  const calls = api.requests.slice(before).filter((r) => r.method === 'GET');
  expect(
    calls.some(
      (r) => r.authorization === 'Bearer tok-from-host' && r.path.startsWith('/v1/metrics'),
    ),
  ).toBe(true);
  // The token lives in memory only: not in the frame's address or storage.
  expect(frame.url()).not.toContain('tok-from-host');
  const stored = await frame.evaluate(() => {
    try {
      return JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
    } catch {
      return ''; // a cross-site frame has no storage at all
    }
  });
  expect(stored).not.toContain('tok-from-host');
});

test('a site that is not allowed gets a clear message, not a blank frame or data', async ({
  page,
}) => {
  await useConfig(page, embedConfig(['https://intranet.example.com']));
  host.page('/nope', hostPage('/embed/tile/loyalty'));
  await page.goto(`${host.origin}/nope`);
  const frame = await embedFrame(page);
  await expect(frame.getByRole('alert')).toContainText(
    `this site (${host.origin}) is not on the dashboard's list of sites allowed to embed it`,
  );
  await expect(frame.locator('.tile__value')).toHaveCount(0);
});

test('an invalid parameter gives a small clear message inside the frame', async ({ page }) => {
  await useConfig(page, embedConfig([host.origin]));
  host.page('/bad', hostPage('/embed/trend/loyalty?theme=pink'));
  await page.goto(`${host.origin}/bad`);
  const frame = await embedFrame(page);
  await expect(frame.getByRole('alert')).toHaveText(
    'Parameter “theme=pink” is not valid: expected one of light, dark, auto, high-contrast.',
  );
  // Even the message sizes the frame.
  await expect
    .poll(() => page.locator('#w iframe').evaluate((el) => el.getBoundingClientRect().height))
    .toBeLessThan(200);
});

// One test per route: each loads the app afresh (config, catalog, its chunk, its figures, ECharts).
for (const path of [
  '/embed/trend/retention',
  '/embed/stages?unit=online',
  '/embed/pillars-heatmap',
  '/embed/what-changed',
  '/embed/view/pillars',
  '/embed/view/metrics/bonding',
]) {
  test(`the embed route ${path} renders`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.embed')).toBeVisible();
    await expect(page.locator('.embed [role="alert"]')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Open in the dashboard/ })).toBeVisible();
    if (!path.includes('what-changed'))
      await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible();
  });
}

test('the app offers an embed snippet for a widget', async ({ page }) => {
  await page.goto('/?unit=retail');
  await page.getByRole('button', { name: 'Embed Loyalty index' }).click();
  const snippet = await page.getByLabel(/Paste this into an intranet page/).inputValue();
  expect(snippet).toContain(`<script src="${APP}/embed.js" defer></script>`);
  expect(snippet).toContain(
    `data-cx-embed="${APP}/embed/tile/loyalty?unit=retail&amp;theme=light"`,
  );
});
