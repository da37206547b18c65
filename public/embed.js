/*
 * CX dashboard embed script, protocol version 1. Paste on an intranet page:
 *
 *   <script src="https://dashboard.example.com/embed.js" defer></script>
 *   <div data-cx-embed="https://dashboard.example.com/embed/tile/loyalty?unit=retail&theme=light"></div>
 *
 * Each [data-cx-embed] becomes an iframe that sizes itself to its content. Messages are accepted only
 * from the widget's own origin and sent only to it. For a bearer token, define before this script:
 *   window.cxEmbedGetToken = async function () { return 'token from your single sign-on'; };
 * or mount by hand: CXEmbed.mount(element, { src, getToken, title }) -> { setTheme, setView, setToken, destroy }.
 * The page's origin must be listed in the dashboard's config.json, embed.allowedOrigins.
 */
(function () {
  'use strict';
  var PROTOCOL = 'cx-embed';
  var VERSION = 1;
  var MAX_HEIGHT = 20000;
  var READY_TIMEOUT_MS = 15000;

  function send(frame, origin, message) {
    if (!frame.contentWindow) return;
    message.protocol = PROTOCOL;
    message.version = VERSION;
    frame.contentWindow.postMessage(message, origin);
  }

  function mount(element, options) {
    options = options || {};
    var src = options.src || element.getAttribute('data-cx-embed');
    var url;
    try {
      url = new URL(src, location.href);
    } catch {
      element.textContent = 'This dashboard widget has an invalid address: ' + src;
      return null;
    }
    var origin = url.origin;
    var getToken = options.getToken || window.cxEmbedGetToken || null;
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title =
      options.title ||
      element.getAttribute('data-cx-title') ||
      'Customer experience dashboard widget';
    frame.loading = 'lazy';
    frame.referrerPolicy = 'strict-origin';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = (options.initialHeight || 240) + 'px';
    element.textContent = '';
    element.appendChild(frame);

    var ready = false;
    // A frame that never says hello was refused (frame-ancestors) or could not load: say so.
    var readyTimer = setTimeout(function () {
      if (ready) return;
      var note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.textContent =
        'The dashboard widget did not load. Either the dashboard does not allow this site to embed it ' +
        '(its Content-Security-Policy frame-ancestors and embed.allowedOrigins), or it cannot be reached.';
      element.appendChild(note);
    }, READY_TIMEOUT_MS);

    function provideToken() {
      if (!getToken) return;
      Promise.resolve(getToken()).then(function (token) {
        if (typeof token === 'string' && token)
          send(frame, origin, { type: 'set-token', token: token });
      });
    }

    function onMessage(event) {
      if (event.source !== frame.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (!data || data.protocol !== PROTOCOL || data.version !== VERSION) return;
      if (data.type === 'ready') {
        ready = true;
        clearTimeout(readyTimer);
      } else if (
        data.type === 'height' &&
        typeof data.height === 'number' &&
        isFinite(data.height)
      ) {
        frame.style.height = Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height))) + 'px';
      } else if (data.type === 'token-request') {
        provideToken();
      }
    }
    window.addEventListener('message', onMessage);
    if (getToken) frame.addEventListener('load', provideToken);

    return {
      frame: frame,
      setTheme: function (theme) {
        send(frame, origin, { type: 'set-theme', theme: theme });
      },
      setView: function (view) {
        send(frame, origin, {
          type: 'set-view',
          unit: view.unit,
          range: view.range,
          from: view.from,
          to: view.to,
        });
      },
      setToken: function (token) {
        send(frame, origin, { type: 'set-token', token: token });
      },
      destroy: function () {
        clearTimeout(readyTimer);
        window.removeEventListener('message', onMessage);
        element.removeChild(frame);
      },
    };
  }

  function mountAll() {
    var elements = document.querySelectorAll('[data-cx-embed]');
    for (var i = 0; i < elements.length; i++) {
      if (!elements[i].__cxEmbed) elements[i].__cxEmbed = mount(elements[i]);
    }
  }

  window.CXEmbed = { mount: mount, mountAll: mountAll, protocol: PROTOCOL, version: VERSION };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
})();
