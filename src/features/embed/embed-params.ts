// The URL parameters of an embed (unit, range, theme, locale, title), checked: an invalid one is
// named in a small message inside the frame rather than guessed at.
import type { Catalog } from '@/api/schemas';
import { localeIds } from '@/i18n/registry';
import { resolveRange, type ResolvedRange } from '@/lib/time-range';

export const EMBED_THEMES = ['light', 'dark', 'auto', 'high-contrast'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];
export type EmbedLocale = string;

export interface EmbedParams {
  unitId: string;
  range: ResolvedRange;
  theme: EmbedTheme;
  locale: EmbedLocale;
  showTitle: boolean;
}

export type EmbedParamsResult = { ok: true; params: EmbedParams } | { ok: false; problem: string };

function oneOf<T extends string>(
  value: string | null,
  allowed: readonly T[],
  fallback: T,
  name: string,
): T | string {
  if (value == null || value === '') return fallback;
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : `Parameter “${name}=${value}” is not valid: expected one of ${allowed.join(', ')}.`;
}

export function parseEmbedParams(
  search: URLSearchParams,
  catalog: Pick<Catalog, 'units' | 'dataAsOf'>,
  defaults: { theme: EmbedTheme; locale: EmbedLocale },
): EmbedParamsResult {
  const unitId = search.get('unit') || 'all';
  if (!catalog.units.some((u) => u.id === unitId)) {
    return {
      ok: false,
      problem: `Parameter “unit=${unitId}” names no business unit; expected one of ${catalog.units.map((u) => u.id).join(', ')}.`,
    };
  }
  const range = resolveRange(search, catalog.dataAsOf);
  if (range.notice)
    return { ok: false, problem: range.notice.replace(/; showing 52 weeks\.$/, '.') };
  const theme = oneOf(search.get('theme'), EMBED_THEMES, defaults.theme, 'theme');
  const locale = oneOf(search.get('locale'), localeIds, defaults.locale, 'locale');
  const title = oneOf(search.get('title'), ['on', 'off'] as const, 'on', 'title');
  for (const checked of [theme, locale, title]) {
    if (checked.startsWith('Parameter')) return { ok: false, problem: checked };
  }
  return {
    ok: true,
    params: {
      unitId,
      range,
      theme: theme as EmbedTheme,
      locale: locale as EmbedLocale,
      showTitle: title === 'on',
    },
  };
}
