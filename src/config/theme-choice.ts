// Which theme applies: the address (`?theme=`), then the user's remembered choice, then config.
import type { T } from '@/i18n/registry';
export const THEME_SETTINGS = ['light', 'dark', 'auto', 'high-contrast'] as const;
export type ThemeSetting = (typeof THEME_SETTINGS)[number];

export const THEME_STORAGE_KEY = 'cx-dashboard:theme';

const themeLabelKeys = {
  light: 'settings.themeLight',
  dark: 'settings.themeDark',
  'high-contrast': 'settings.themeHighContrast',
  auto: 'settings.themeAuto',
} as const satisfies Record<ThemeSetting, string>;

/** A theme's name for people, in the locale: "High contrast", "Hoher Kontrast". */
export function themeLabel(setting: ThemeSetting, t: T): string {
  return t(themeLabelKeys[setting]);
}

export function isThemeSetting(value: unknown): value is ThemeSetting {
  return typeof value === 'string' && (THEME_SETTINGS as readonly string[]).includes(value);
}

export interface ResolvedThemeSetting {
  setting: ThemeSetting;
  /** Set when the address asked for a theme that does not exist. */
  invalidUrlValue?: string;
}

/** Address first (links are shared on purpose), then the user's choice, then config. */
export function resolveThemeSetting(sources: {
  fromUrl?: string | null;
  fromUser?: string | null;
  fromConfig: ThemeSetting;
}): ResolvedThemeSetting {
  const { fromUrl, fromUser, fromConfig } = sources;
  if (isThemeSetting(fromUrl)) return { setting: fromUrl };
  const invalid = fromUrl ? { invalidUrlValue: fromUrl } : {};
  return { setting: isThemeSetting(fromUser) ? fromUser : fromConfig, ...invalid };
}

/** A stored choice; null when absent or when storage is withheld (a cross-site frame, a locked-down browser). */
export function readStoredChoice(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Remembers a choice where storage is allowed; silently forgets it where it is not. */
export function storeChoice(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage withheld: the choice lasts for this visit only.
  }
}
