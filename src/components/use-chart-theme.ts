// The chart colours of the configured theme (an embed's own, inside its frame), following the
// operating system while it is `auto`.
import { useConfig } from '@/config/config-context';
import { chartThemes, type ChartTheme } from '@/lib/charts/chart-theme';
import { useResolvedTheme } from '@/lib/charts/use-chart-theme';

export function useChartTheme(): ChartTheme {
  return chartThemes[useResolvedTheme(useConfig().theme)];
}
