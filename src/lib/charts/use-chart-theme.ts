// The active theme: resolved (`auto` follows the operating system, live) and its chart colours.
import { useEffect } from 'react';
import { useConfig } from '@/config/config-context';
import { chartThemes, resolveTheme, type ChartTheme } from './chart-theme';

export function useChartTheme(): ChartTheme {
  return chartThemes[resolveTheme(useConfig().theme)];
}

/**
 * Puts the resolved theme on the document's data-theme, following the system setting while `auto`:
 * the stylesheet knows only light, dark and high-contrast.
 */
export function useDocumentTheme(setting: string): void {
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset.theme = resolveTheme(setting);
    };
    apply();
    if (setting !== 'auto' || typeof matchMedia === 'undefined') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [setting]);
}
