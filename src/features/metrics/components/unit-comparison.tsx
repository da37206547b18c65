// Units compared on one metric: latest week, ranked best first, with intervals.
import { useMemo } from 'react';
import type { BusinessUnit, MetricDefinition, MetricsResponse, Target } from '@/api/schemas';
import { Chart } from '@/components/chart';
import { useI18n } from '@/i18n/use-i18n';
import { formatValue } from '@/lib/format/format';
import { useChartTheme } from '@/components/use-chart-theme';
import { valueSampleTooSmall } from '@/lib/format/sample-words';
import {
  buildUnitComparisonOption,
  rankUnits,
  type UnitValue,
} from '../charts/build-unit-comparison-option';

interface UnitComparisonProps {
  metric: MetricDefinition;
  units: readonly BusinessUnit[];
  responses: readonly (MetricsResponse | undefined)[];
  targets: readonly Target[];
  /** The day whose organisation-wide target is drawn. */
  period: string;
  locale: string;
}

/** Each unit's latest week with a value of the metric. */
export function latestByUnit(
  metric: MetricDefinition,
  units: readonly BusinessUnit[],
  responses: readonly (MetricsResponse | undefined)[],
): UnitValue[] {
  return units.flatMap((unit, i) => {
    const points = responses[i]?.series.find((s) => s.metric === metric.id)?.points ?? [];
    let latest = null;
    for (let j = points.length - 1; j >= 0; j--) {
      if (points[j]!.value != null) {
        latest = points[j]!;
        break;
      }
    }
    if (!latest || latest.value == null) return [];
    return [
      {
        unit: unit.name,
        value: latest.value,
        ciLow: latest.ciLow,
        ciHigh: latest.ciHigh,
        n: latest.n,
        lowSample: latest.n < metric.minReportableN,
      },
    ];
  });
}

export function UnitComparison({
  metric,
  units,
  responses,
  targets,
  period,
  locale,
}: UnitComparisonProps) {
  const { t } = useI18n();
  const theme = useChartTheme();
  const values = useMemo(() => latestByUnit(metric, units, responses), [metric, units, responses]);
  // Units differ in their own targets; the line drawn is the one that holds for every unit.
  const target =
    targets.find(
      (t) => t.metric === metric.id && t.unit === null && t.from <= period && period <= t.to,
    )?.value ?? null;
  const option = useMemo(
    () => buildUnitComparisonOption({ metric, values, target, theme, locale, t }),
    [metric, values, target, theme, locale, t],
  );
  const fmt = (v: number | undefined) => formatValue(v, metric, locale);
  if (values.length === 0) return null;
  return (
    <Chart
      title={t('metrics.comparison.title', { metric: metric.name })}
      description={t('metrics.comparison.description')}
      option={option}
      height={Math.max(200, 44 * values.length + 74)}
      table={{
        columns: [t('metrics.comparison.unit'), metric.name, t('metrics.interval'), 'n'],
        rows: rankUnits(values, metric).map((u) => [
          u.unit,
          u.lowSample
            ? valueSampleTooSmall(fmt(u.value), u.n, metric.minReportableN, t)
            : fmt(u.value),
          u.ciLow != null && u.ciHigh != null
            ? t('metrics.range', { low: fmt(u.ciLow), high: fmt(u.ciHigh) })
            : '–',
          u.n,
        ]),
      }}
    />
  );
}
