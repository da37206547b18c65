// The locales: every file in ./locales is one (adding a locale is adding a file), each loaded on
// demand, the source locale (en-GB) too: a reader downloads only the catalog they read (en-US brings
// en-GB, which it overrides). Which one applies: URL, the user's choice, config, then the browser's
// languages.
import type { Locale as DateLocale } from 'date-fns';
import type { Messages } from './locales/en-GB';
import { createTranslator, type LocaleDefinition, type Translate } from './translate';

export type AppLocale = LocaleDefinition<Messages>;
export type T = Translate<Messages>;

const loaders = import.meta.glob<{ default: AppLocale }>([
  './locales/*.ts',
  '!./locales/*.test.ts',
]);

/** Every available locale id, e.g. ["de-DE", "en-GB", "en-US"]. */
export const localeIds: readonly string[] = Object.keys(loaders)
  .map((path) => path.replace(/^.*\/([^/]+)\.ts$/, '$1'))
  .sort();

/** The locale every other catalog is checked against (./locales/en-GB.ts). */
export const sourceLocaleId = 'en-GB';

/**
 * Each locale's name in its own language, for the language picker, which shows before the files are
 * loaded; the same as each file's `name` (a test holds them together). Written out rather than asked
 * of `Intl.DisplayNames`, whose first use is slow and would fall on the way to the first numbers.
 */
export const localeNames: Readonly<Record<string, string>> = {
  'de-DE': 'Deutsch',
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
};

const loaded = new Map<string, AppLocale>();
const pending = new Map<string, Promise<AppLocale>>();
const translators = new Map<string, T>();

export function loadedLocale(id: string): AppLocale | undefined {
  return loaded.get(id);
}

/**
 * The catalog to word things in for `id`: its own once loaded, else the source locale's, else any
 * that has loaded. Start-up loads the reader's catalog before anything is worded, so finding none
 * is a mistake in the code, not a state to show.
 */
export function usableLocale(id: string): AppLocale {
  const locale = loaded.get(id) ?? loaded.get(sourceLocaleId) ?? loaded.values().next().value;
  if (!locale)
    throw new Error(`no locale catalog has loaded yet (wanted ${id}): call loadLocale first`);
  return locale;
}

/** Loads a locale's catalog (once); rejects for an id that has no file. */
export function loadLocale(id: string): Promise<AppLocale> {
  const ready = loaded.get(id);
  if (ready) return Promise.resolve(ready);
  let p = pending.get(id);
  if (!p) {
    const loader = loaders[`./locales/${id}.ts`];
    if (!loader) return Promise.reject(new RangeError(`no locale ${id}`));
    p = loader().then((m) => {
      loaded.set(id, m.default);
      return m.default;
    });
    pending.set(id, p);
  }
  return p;
}

export function translatorFor(locale: AppLocale): T {
  let t = translators.get(locale.id);
  if (!t) {
    t = createTranslator(locale);
    translators.set(locale.id, t);
  }
  return t;
}

/** The date-fns locale of a loaded locale (see `usableLocale` for one not loaded yet). */
export function dateLocaleFor(id: string): DateLocale {
  return usableLocale(id).dateLocale;
}

/** The available locale for a language tag: the same tag, else the same language ("de-AT" → "de-DE"). */
export function matchLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const exact = localeIds.find((id) => id.toLowerCase() === lower);
  if (exact) return exact;
  const language = lower.split('-')[0];
  // Plain "en" means the source locale's English, not whichever English sorts first.
  if (language === sourceLocaleId.split('-')[0]?.toLowerCase()) return sourceLocaleId;
  return localeIds.find((id) => id.toLowerCase().split('-')[0] === language) ?? null;
}

export const LOCALE_STORAGE_KEY = 'cx-dashboard:locale';

export interface LocaleSources {
  /** `?locale=` in the page address. */
  fromUrl?: string | null;
  /** What the user chose last time (stored). */
  fromUser?: string | null;
  fromConfig?: string | null;
  /** navigator.languages. */
  fromBrowser?: readonly string[];
}

export interface ResolvedLocale {
  id: string;
  /** Set when the address asked for a locale that is not available. */
  invalidUrlValue?: string;
}

/** Address first (links are shared on purpose), then the user's choice, config, the browser. */
export function resolveLocale(sources: LocaleSources): ResolvedLocale {
  const fromUrl = sources.fromUrl ? localeIds.find((id) => id === sources.fromUrl) : undefined;
  const invalid = sources.fromUrl && !fromUrl ? { invalidUrlValue: sources.fromUrl } : {};
  const chosen =
    fromUrl ??
    localeIds.find((id) => id === sources.fromUser) ??
    localeIds.find((id) => id === sources.fromConfig) ??
    (sources.fromBrowser ?? []).map(matchLocale).find((id) => id != null) ??
    sourceLocaleId;
  return { id: chosen, ...invalid };
}
