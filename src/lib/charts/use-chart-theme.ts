// A theme setting resolved (`auto` follows the operating system, live), for the charts and the
// document. The setting comes from the caller: components/use-chart-theme reads the config's.
import { useEffect, useSyncExternalStore } from 'react';
import { resolveTheme, SYSTEM_DARK } from './chart-theme';
import type { ThemeName } from './palette';

function subscribeSystemDark(onChange: () => void): () => void {
  if (typeof matchMedia === 'undefined') return () => {};
  const query = matchMedia(SYSTEM_DARK);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemDarkNow(): boolean {
  return typeof matchMedia !== 'undefined' && matchMedia(SYSTEM_DARK).matches;
}

/**
 * The theme a setting resolves to, re-rendering when the operating system switches between light
 * and dark: read once, an `auto` chart would keep the colours of the moment it was drawn while the
 * page around it changed.
 */
export function useResolvedTheme(setting: string): ThemeName {
  const systemDark = useSyncExternalStore(subscribeSystemDark, systemDarkNow, () => false);
  return resolveTheme(setting, systemDark);
}

/**
 * Puts the resolved theme on the document's data-theme, following the system setting while `auto`:
 * the stylesheet knows only light, dark and high-contrast.
 */
export function useDocumentTheme(setting: string): void {
  const name = useResolvedTheme(setting);
  useEffect(() => {
    document.documentElement.dataset.theme = name;
  }, [name]);
}
