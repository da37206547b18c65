// The shell of an embedded widget: checks its parameters and its host, reports its content height,
// takes theme, view and token messages from allowed origins only, and asks the host for a token when
// access expires. Minimal chrome: the widget, and a link to the full view.
import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { HttpError } from '@/api/errors';
import { useCatalog } from '@/api/queries/catalog';
import type { Catalog } from '@/api/schemas';
import { Panel } from '@/components/panel';
import { ConfigProvider, useConfig } from '@/config/config-context';
import { useI18n, useT } from '@/i18n/use-i18n';
import { setRuntimeToken } from '@/api/auth-token';
import { useResolvedTheme } from '@/lib/charts/use-chart-theme';
import {
  allowedHostOrigin,
  envelopeOf,
  framingOrigin,
  hostMessageSchema,
  type EmbedMessage,
} from '@/features/embed/embed-protocol';
import { parseEmbedParams, type EmbedParams, type EmbedTheme } from './embed-params';
import './embed.css';

export interface EmbedContext extends EmbedParams {
  catalog: Catalog;
}

interface EmbedFrameProps {
  /** The widget's name in messages to the host, e.g. `tile/loyalty`. */
  widget: string;
  /** The app route showing the full view, e.g. `/metrics/loyalty`. */
  fullPath: string;
  children: (context: EmbedContext) => ReactNode;
}

/** How long to wait before asking the host for a token again. */
const TOKEN_REQUEST_INTERVAL_MS = 30_000;

/** The link to the same view in the full dashboard, with the embed's unit and range. */
function fullViewUrl(fullPath: string, search: URLSearchParams, unitId: string): string {
  const params = new URLSearchParams();
  if (unitId !== 'all') params.set('unit', unitId);
  for (const key of ['range', 'from', 'to']) {
    const value = search.get(key);
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${fullPath}${query ? `?${query}` : ''}`;
}

/**
 * A message whose placeholders hold elements (e.g. `<code>` around a setting's name): the text
 * around them stays in the locale's word order.
 */
function withElements(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  return text.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name && name in elements ? <Fragment key={i}>{elements[name]}</Fragment> : part;
  });
}

/** The link to the full view, in the embed's own locale. */
function EmbedFooter({ href }: { href: string }) {
  const t = useT();
  return (
    <p className="embed-footer">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {t('embed.openInDashboard')} <span aria-hidden="true">↗</span>
      </a>
    </p>
  );
}

export function EmbedFrame({ widget, fullPath, children }: EmbedFrameProps) {
  const config = useConfig();
  const { t } = useI18n();
  const client = useQueryClient();
  const catalog = useCatalog();
  const [search, setSearch] = useSearchParams();
  const [themeOverride, setThemeOverride] = useState<EmbedTheme | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const framed = window.parent !== window;
  const hostOrigin = useMemo(
    () => allowedHostOrigin(config.embed.allowedOrigins),
    [config.embed.allowedOrigins],
  );
  const post = useMemo(
    () => (message: EmbedMessage) => {
      // Never '*': only the allowed origin that frames this page hears from it.
      if (hostOrigin) window.parent.postMessage(envelopeOf(message), hostOrigin);
    },
    [hostOrigin],
  );

  // Host → embed: only from allowed origins, only from the framing window, only well-formed.
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !config.embed.allowedOrigins.includes(event.origin))
        return;
      const parsed = hostMessageSchema.safeParse(event.data);
      if (!parsed.success) return;
      const m = parsed.data;
      if (m.type === 'set-theme') setThemeOverride(m.theme);
      if (m.type === 'set-token') {
        setRuntimeToken(m.token);
        void client.refetchQueries({
          predicate: (q) => q.state.status === 'error' || q.isActive(),
        });
      }
      if (m.type === 'set-view') {
        setSearch(
          (prev) => {
            const next = new URLSearchParams(prev);
            for (const key of ['unit', 'range', 'from', 'to'] as const) {
              const value = m[key];
              if (value !== undefined) next.set(key, value);
            }
            if (m.range && m.range !== 'custom') {
              next.delete('from');
              next.delete('to');
            }
            return next;
          },
          { replace: true },
        );
      }
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [config.embed.allowedOrigins, client, setSearch]);

  // Embed → host: 'ready' once per widget, then the content's own height whenever it changes (not
  // the frame's: no growth loop). Kept in refs, so an effect run again (StrictMode's second run in
  // development, a new origin) neither greets the host twice nor repeats a height it has.
  const saidReady = useRef<string | null>(null);
  const lastHeight = useRef(-1);
  useEffect(() => {
    const el = rootRef.current;
    if (!el || !hostOrigin) return;
    if (saidReady.current !== widget) {
      saidReady.current = widget;
      post({ type: 'ready', widget });
    }
    const report = () => {
      const height = Math.ceil(el.getBoundingClientRect().height);
      if (height !== lastHeight.current) {
        lastHeight.current = height;
        post({ type: 'height', height });
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(el);
    report();
    return () => observer.disconnect();
  }, [hostOrigin, post, widget]);

  // Access expired or missing: ask the host for a (fresh) token, at most every 30 s.
  useEffect(() => {
    if (!hostOrigin) return;
    let lastAsked = 0;
    return client.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'error') return;
      const error = event.action.error;
      if (
        error instanceof HttpError &&
        error.status === 401 &&
        Date.now() - lastAsked > TOKEN_REQUEST_INTERVAL_MS
      ) {
        lastAsked = Date.now();
        post({ type: 'token-request', reason: 'expired' });
      }
    });
  }, [client, hostOrigin, post]);

  const defaults = { theme: config.theme, locale: config.locale };
  const parsed = catalog.data ? parseEmbedParams(search, catalog.data, defaults, t) : null;
  const theme = themeOverride ?? (parsed?.ok ? parsed.params.theme : defaults.theme);
  const themeName = useResolvedTheme(theme);

  let body: ReactNode;
  if (framed && !hostOrigin) {
    const origin = framingOrigin();
    body = (
      <p className="embed-message" role="alert">
        {withElements(t('embed.notAllowed'), {
          site: origin ? t('embed.thisSite', { origin }) : t('embed.thisPage'),
          setting: <code>embed.allowedOrigins</code>,
          file: <code>config.json</code>,
        })}
      </p>
    );
  } else {
    body = (
      <Panel state={catalog} what={t('embed.widgetWhat')} errorWhat={t('embed.dataWhat')}>
        {(data) =>
          parsed?.ok ? (
            <ConfigProvider config={{ ...config, locale: parsed.params.locale, theme }}>
              {children({ ...parsed.params, catalog: data })}
              <EmbedFooter href={fullViewUrl(fullPath, search, parsed.params.unitId)} />
            </ConfigProvider>
          ) : (
            <p className="embed-message" role="alert">
              {parsed?.ok === false ? parsed.problem : ''}
            </p>
          )
        }
      </Panel>
    );
  }

  return (
    <div ref={rootRef} className="embed" data-theme={themeName} data-embed={widget}>
      {body}
    </div>
  );
}
