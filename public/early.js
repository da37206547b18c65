// Start-up's first step, run as soon as it arrives, before the app's code has downloaded. A plain
// script file, so the strict Content-Security-Policy (script-src 'self', no inline scripts) allows
// it. It asks for config.json at once, and the app reads that answer (src/config/early-config.ts)
// rather than asking again. In mock mode it also has the mock's code download beside the app's
// instead of after it: the build names those files in <meta name="cx-mock-modules">, and it registers
// the mock's service worker while the app's code downloads (mocks/browser.ts waits for it).
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
        // Ahead of the images and idle-time fetches: a low priority would wait for the page to finish
        // parsing and its module scripts to run, and the mock answers the app's first request.
        link.setAttribute('fetchpriority', 'high');
        link.href = href;
        document.head.appendChild(link);
      });
      registerMockWorker(new URL('mockServiceWorker.js', script.src).href);
    })
    .catch(function () {
      // The app reads config.json itself and says what is wrong with it.
    });

  // The browser's number data (ICU, slow to load on the first Intl object of a page, whatever its
  // locale) loads now, while the page waits for the app's code, not in start-up's busy stretch.
  setTimeout(function () {
    if (typeof Intl === 'object') new Intl.NumberFormat().format(1.5);
  }, 0);

  // Registering and activating the worker takes time that the app's start-up would otherwise wait
  // for. The promise settles once the worker controls the page: MSW reloads a page that has its
  // worker registered but not in control, so the mock starts only after that.
  function registerMockWorker(workerUrl) {
    var container = navigator.serviceWorker;
    if (!container) return;
    // A reload: the worker controls the page already. Registering again would wait for the page
    // being left to let go of it, seconds at times; MSW picks the registration up as it is.
    if (container.controller && container.controller.scriptURL === workerUrl) return;
    window.__cxEarlyWorker = container.register(workerUrl).then(function (registration) {
      // In control already; or a worker that was active before this page (a hard reload bypasses
      // it), which will not take control now: MSW then reloads the page, as it would without this.
      var active = registration.active;
      var arriving =
        registration.installing ||
        registration.waiting ||
        (active && active.state === 'activating');
      if (container.controller || !arriving) return;
      return new Promise(function (resolve) {
        container.addEventListener('controllerchange', function () {
          resolve();
        });
      });
    });
  }
})();
