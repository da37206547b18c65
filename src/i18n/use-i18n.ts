// The active locale for components: its translator and date-fns locale, from the nearest config
// (an embed may carry its own locale).
import { useConfig } from '@/config/config-context';
import { loadLocale, loadedLocale, translatorFor, type AppLocale, type T } from './registry';

export interface I18n {
  locale: string;
  t: T;
  definition: AppLocale;
}

export function useI18n(): I18n {
  const { locale } = useConfig();
  const definition = loadedLocale(locale);
  // Loaded before the first render in practice; otherwise the nearest Suspense boundary waits.
  if (!definition) throw loadLocale(locale);
  return { locale, t: translatorFor(definition), definition };
}

/** Just the translator. */
export function useT(): T {
  return useI18n().t;
}
