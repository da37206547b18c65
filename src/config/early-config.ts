// The answer to the request for config.json that public/early.js made before the app's code arrived.

declare global {
  interface Window {
    /** Set by public/early.js: the URL it asked for and the response on its way. */
    __cxEarlyConfig?: { url: string; response: Promise<Response> };
  }
}

/**
 * `fetch`, except that the first request for the URL early.js already asked for takes that answer
 * (once: a response body can be read once). Any other request, or a page without early.js (tests,
 * an old cached index.html), fetches as usual.
 */
export const fetchWithEarlyConfig: typeof fetch = (input, init) => {
  const early = window.__cxEarlyConfig;
  const url = typeof input === 'string' ? new URL(input, location.href).href : null;
  if (early && url === early.url) {
    window.__cxEarlyConfig = undefined;
    return early.response;
  }
  return fetch(input, init);
};
