import { loadConfig, validateConfig } from './load-config';

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('validateConfig', () => {
  it('fills in the documented defaults', () => {
    const result = validateConfig('/config.json', { apiBaseUrl: '/api' });
    expect(result).toEqual({
      ok: true,
      config: {
        apiBaseUrl: '/api',
        mock: false,
        mockOptions: {},
        refreshSeconds: 300,
        requestTimeoutSeconds: 15,
        overdueAfterDays: 8,
        auth: { type: 'none' },
        cacheMaxAgeHours: 168,
        pillarHealth: { amber: 50, green: 70 },
        wall: {
          views: ['overview', 'stages', 'pillars', 'loyalty', 'bonding', 'advocacy', 'retention'],
          secondsPerView: 30,
          staleAfterMinutes: 15,
          quietHours: null,
          reloadDailyAt: '04:00',
          versionCheckMinutes: 5,
          burnInShiftMinutes: 10,
          theme: 'high-contrast',
        },
        embed: { allowedOrigins: [] },
        theme: 'light',
      },
    });
  });

  it('accepts an API on another origin and a bearer token', () => {
    const result = validateConfig('/config.json', {
      apiBaseUrl: 'https://cx-api.example.com/',
      auth: { type: 'bearer', token: 'abc' },
    });
    expect(result.ok).toBe(true);
  });

  it('names the key and the problem', () => {
    expect(validateConfig('/config.json', { apiBaseUrl: '/api', refreshSeconds: 'often' })).toEqual(
      {
        ok: false,
        error: {
          file: '/config.json',
          key: 'refreshSeconds',
          problem: 'expected number, received string',
        },
      },
    );
    expect(
      validateConfig('/config.json', { apiBaseUrl: '/api', auth: { type: 'bearer' } }),
    ).toMatchObject({
      error: { key: 'auth.token', problem: 'expected string, but it is missing' },
    });
    expect(validateConfig('/config.json', {})).toMatchObject({ error: { key: 'apiBaseUrl' } });
  });

  it('names a misspelt key instead of ignoring it', () => {
    expect(validateConfig('/config.json', { apiBaseUrl: '/api', refreshSecond: 60 })).toMatchObject(
      {
        error: { key: 'refreshSecond', problem: 'unknown key "refreshSecond"' },
      },
    );
  });

  it('checks the embed origins', () => {
    expect(
      validateConfig('/config.json', {
        apiBaseUrl: '/api',
        embed: { allowedOrigins: ['https://intranet.example.com/'] },
      }),
    ).toMatchObject({
      error: { key: 'embed.allowedOrigins[0]' },
    });
    expect(
      validateConfig('/config.json', {
        apiBaseUrl: '/api',
        embed: { allowedOrigins: ['https://intranet.example.com'] },
      }).ok,
    ).toBe(true);
  });

  it('checks the wall settings', () => {
    expect(
      validateConfig('/config.json', {
        apiBaseUrl: '/api',
        wall: { quietHours: { from: '8pm', to: '07:00' } },
      }),
    ).toMatchObject({
      error: {
        key: 'wall.quietHours.from',
        problem: 'expected a time HH:MM (24-hour), received "8pm"',
      },
    });
    expect(
      validateConfig('/config.json', {
        apiBaseUrl: '/api',
        wall: { views: ['overview', 'weather'] },
      }),
    ).toMatchObject({
      error: { key: 'wall.views[1]' },
    });
  });

  it('rejects an unknown theme with the allowed values', () => {
    expect(validateConfig('/config.json', { apiBaseUrl: '/api', theme: 'pink' })).toMatchObject({
      error: {
        key: 'theme',
        problem: 'expected one of "light"|"dark"|"auto"|"high-contrast", received "pink"',
      },
    });
  });
});

describe('loadConfig', () => {
  it('reports a missing file', async () => {
    expect(await loadConfig('/config.json', respond('', 404))).toEqual({
      ok: false,
      error: {
        file: '/config.json',
        key: null,
        problem: 'the file could not be read: HTTP 404 (missing)',
      },
    });
  });

  it('reports a file that is not JSON', async () => {
    const result = await loadConfig('/config.json', respond('{ "apiBaseUrl": '));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.problem).toMatch(/^the file is not valid JSON: /);
  });

  it('reports an unreachable file', async () => {
    const result = await loadConfig('/config.json', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(!result.ok && result.error.problem).toBe(
      'the file could not be read (TypeError: Failed to fetch)',
    );
  });

  it('loads a valid file', async () => {
    const result = await loadConfig('/config.json', respond('{"apiBaseUrl":"/api","mock":true}'));
    expect(result.ok && result.config.mock).toBe(true);
  });
});
