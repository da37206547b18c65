// The active locale for components: its translator and date-fns locale, from the nearest
// LocaleProvider. The config's provider sets it from the runtime configuration (an embed may carry
// its own locale), so words need not know where the locale came from.
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { loadLocale, loadedLocale, translatorFor, type AppLocale, type T } from './registry';

const LocaleContext = createContext<string | null>(null);

/** Puts `locale` in force for everything below it. */
export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return createElement(LocaleContext.Provider, { value: locale }, children);
}

export interface I18n {
  locale: string;
  t: T;
  definition: AppLocale;
}

export function useI18n(): I18n {
  const locale = useContext(LocaleContext);
  if (locale == null) throw new Error('useI18n needs a LocaleProvider (ConfigProvider gives one)');
  const definition = loadedLocale(locale);
  // Loaded before the first render in practice; otherwise the nearest Suspense boundary waits.
  if (!definition) throw loadLocale(locale);
  return { locale, t: translatorFor(definition), definition };
}

/** Just the translator. */
export function useT(): T {
  return useI18n().t;
}
