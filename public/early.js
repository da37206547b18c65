// Start-up's first step, run as soon as it arrives, before the app's code has downloaded. A plain
// script file, so the strict Content-Security-Policy (script-src 'self', no inline scripts) allows
// it. It asks for config.json at once, and the app reads that answer (src/config/early-config.ts)
// rather than asking again. In mock mode it also has the mock's code download beside the app's
// instead of after it: the build names those files in <meta name="cx-mock-modules">.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || typeof fetch !== 'function') return;
  // config.json sits beside this file, at the app's base (a sub-path deployment included).
  var url = new URL('config.json', script.src).href;
  var response = fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  window.__cxEarlyConfig = { url: url, response: response };
  response
    .then(function (r) {
      return r.ok ? r.clone().json() : null;
    })
    .then(function (config) {
      // Looked up now: this script may run before the parser has reached the rest of the head.
      var meta = document.querySelector('meta[name="cx-mock-modules"]');
      if (!meta || !config || config.mock !== true) return;
      meta.content.split(' ').forEach(function (href) {
        if (!href) return;
        var link = document.createElement('link');
        link.rel = 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        document.head.appendChild(link);
      });
    })
    .catch(function () {
      // The app reads config.json itself and says what is wrong with it.
    });
})();
