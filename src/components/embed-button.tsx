// "Embed": shows the snippet an intranet editor pastes into a page to show this widget there.
import { useId, useState } from 'react';
import { useI18n } from '@/i18n/use-i18n';

interface EmbedButtonProps {
  /** The embed route, e.g. `/embed/tile/loyalty`. */
  path: string;
  unitId: string;
  /** What the widget is, for the button's accessible name, in the locale: "Loyalty index". */
  what: string;
  /** Extra parameters, e.g. the range. */
  params?: Record<string, string | undefined>;
}

/** The snippet: the host script once per page, and a placeholder per widget. */
export function embedSnippet(
  appUrl: string,
  path: string,
  params: Record<string, string | undefined>,
): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  const src = `${appUrl}${path.replace(/^\//, '')}${query ? `?${query}` : ''}`;
  return [
    `<script src="${appUrl}embed.js" defer></script>`,
    `<div data-cx-embed="${src.replace(/&/g, '&amp;')}"></div>`,
  ].join('\n');
}

export function EmbedButton({ path, unitId, what, params = {} }: EmbedButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const appUrl = new URL(import.meta.env.BASE_URL, location.origin).href;
  const snippet = embedSnippet(appUrl, path, {
    unit: unitId === 'all' ? undefined : unitId,
    theme: 'light',
    ...params,
  });

  return (
    <span className="embed-button">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={t('components.embed.buttonLabel', { what })}
        onClick={() => {
          setOpen((v) => !v);
          setCopied(false);
        }}
      >
        {t('components.embed.button')}
      </button>
      {open && (
        <span
          className="embed-panel"
          id={`${id}-panel`}
          role="group"
          aria-label={t('components.embed.panelLabel', { what })}
        >
          <label htmlFor={`${id}-snippet`}>{t('components.embed.instructions')}</label>
          <textarea
            id={`${id}-snippet`}
            readOnly
            rows={3}
            value={snippet}
            onFocus={(e) => e.currentTarget.select()}
          />
          <span className="embed-panel__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard?.writeText(snippet).then(() => setCopied(true));
              }}
            >
              {t('components.embed.copy')}
            </button>
            <span role="status">{copied ? t('components.embed.copied') : ''}</span>
            <button type="button" className="link-button" onClick={() => setOpen(false)}>
              {t('components.embed.close')}
            </button>
          </span>
        </span>
      )}
    </span>
  );
}
