import { fetchWithEarlyConfig } from './early-config';

describe('fetchWithEarlyConfig', () => {
  afterEach(() => {
    window.__cxEarlyConfig = undefined;
  });

  it('takes the answer public/early.js is getting for config.json, once, and fetches anything else', async () => {
    const early = new Response('{"mock":true}');
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response('{"mock":false}'));
    window.__cxEarlyConfig = {
      url: new URL('/config.json', location.href).href,
      response: Promise.resolve(early),
    };

    expect(await fetchWithEarlyConfig('/config.json')).toBe(early);
    expect(fetchSpy).not.toHaveBeenCalled();
    // A body reads once: asked again (a retry, a reload of the settings), it goes to the network.
    await fetchWithEarlyConfig('/config.json');
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it('fetches as usual without early.js or for another file', async () => {
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation(async () => new Response('{}'));
    await fetchWithEarlyConfig('/config.json');
    window.__cxEarlyConfig = {
      url: new URL('/config.json', location.href).href,
      response: Promise.resolve(new Response('{}')),
    };
    await fetchWithEarlyConfig('/intranet/cx/config.json');
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });
});
