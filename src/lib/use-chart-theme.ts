// The active theme's chart colours.
import { useConfig } from '@/config/config-context';
import { chartThemes, resolveTheme, type ChartTheme } from './chart-theme';

export function useChartTheme(): ChartTheme {
  return chartThemes[resolveTheme(useConfig().theme)];
}
