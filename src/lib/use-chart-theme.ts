// The active theme's chart colours, read once per theme change rather than on every render.
import { useMemo } from 'react';
import { useConfig } from '@/config/config-context';
import { readChartTheme, type ChartTheme } from './chart-theme';

export function useChartTheme(): ChartTheme {
  const { theme } = useConfig();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the CSS variables change with the theme attribute
  return useMemo(() => readChartTheme(), [theme]);
}
