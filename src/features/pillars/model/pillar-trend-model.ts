// The pillars' scores over months as lines: the table and description that go with the chart.
import type { ChartTable } from '@/components/chart';
import type { HealthThresholds } from '@/domain/pillars';
import type { T } from '@/i18n/registry';
import { formatMonth } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import type { PillarHealthModel } from '@/domain/pillar-health';

/** Every month's score with its respondents: "62.0 (n = 140)". */
export function pillarTrendTable(
  health: Pick<PillarHealthModel, 'rows' | 'months'>,
  locale: string,
  t: T,
): ChartTable {
  return {
    columns: [t('pillars.trend.pillar'), ...health.months.map((m) => formatMonth(m, locale))],
    rows: health.rows.map((r) => [
      r.pillar.name,
      ...health.months.map((m) =>
        t('pillars.trend.cell', {
          score: formatNumber(r.scores.get(m), locale),
          respondents: r.respondents.get(m) ?? 0,
        }),
      ),
    ]),
  };
}

export function pillarTrendDescription(thresholds: HealthThresholds, t: T): string {
  return t('pillars.trend.description', { amber: thresholds.amber, green: thresholds.green });
}
