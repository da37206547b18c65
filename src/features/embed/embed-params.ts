// The URL parameters of an embed (unit, range, theme, locale, title), checked: an invalid one is
// named in a small message inside the frame rather than guessed at.
import type { Catalog } from '@/api/schemas';
import { localeIds, type T } from '@/i18n/registry';
import { resolveRange, type ResolvedRange } from '@/domain/time-range';
import { rangeIssueWords } from '@/lib/format/domain-words';
import { THEME_SETTINGS, type ThemeSetting } from '@/config/theme-choice';

/** An embed takes the app's themes. */
export type EmbedTheme = ThemeSetting;
export type EmbedLocale = string;

export interface EmbedParams {
  unitId: string;
  range: ResolvedRange;
  theme: EmbedTheme;
  locale: EmbedLocale;
  showTitle: boolean;
}

export type EmbedParamsResult = { ok: true; params: EmbedParams } | { ok: false; problem: string };

type Checked<V extends string> = { ok: true; value: V } | { ok: false; problem: string };

function oneOf<V extends string>(
  value: string | null,
  allowed: readonly V[],
  fallback: V,
  name: string,
  t: T,
): Checked<V> {
  if (value == null || value === '') return { ok: true, value: fallback };
  return (allowed as readonly string[]).includes(value)
    ? { ok: true, value: value as V }
    : {
        ok: false,
        problem: t('embed.params.invalid', { name, value, expected: allowed.join(', ') }),
      };
}

export function parseEmbedParams(
  search: URLSearchParams,
  catalog: Pick<Catalog, 'units' | 'dataAsOf'>,
  defaults: { theme: EmbedTheme; locale: EmbedLocale },
  t: T,
): EmbedParamsResult {
  const unitId = search.get('unit') || 'all';
  if (!catalog.units.some((u) => u.id === unitId)) {
    return {
      ok: false,
      problem: t('embed.params.noUnit', {
        value: unitId,
        expected: catalog.units.map((u) => u.id).join(', '),
      }),
    };
  }
  const range = resolveRange(search, catalog.dataAsOf);
  if (range.issue) return { ok: false, problem: rangeIssueWords(range.issue, t).problem };
  const theme = oneOf(search.get('theme'), THEME_SETTINGS, defaults.theme, 'theme', t);
  if (!theme.ok) return theme;
  const locale = oneOf(search.get('locale'), localeIds, defaults.locale, 'locale', t);
  if (!locale.ok) return locale;
  const title = oneOf(search.get('title'), ['on', 'off'] as const, 'on', 'title', t);
  if (!title.ok) return title;
  return {
    ok: true,
    params: {
      unitId,
      range,
      theme: theme.value,
      locale: locale.value,
      showTitle: title.value === 'on',
    },
  };
}
