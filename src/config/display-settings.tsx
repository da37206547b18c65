// The user's display choices (theme and language) and how to change them; held by the app's provider.
import { createContext, useContext } from 'react';
import type { ThemeSetting } from '@/config/theme-choice';

export interface DisplaySettings {
  theme: ThemeSetting;
  locale: string;
  /** Applies and remembers a theme. */
  setTheme: (theme: ThemeSetting) => void;
  /** Loads the locale's catalog, then applies and remembers it. */
  setLocale: (locale: string) => Promise<void>;
}

export const DisplaySettingsContext = createContext<DisplaySettings | null>(null);

/** Null outside the app's provider (e.g. a component test with only a config). */
export function useDisplaySettings(): DisplaySettings | null {
  return useContext(DisplaySettingsContext);
}
