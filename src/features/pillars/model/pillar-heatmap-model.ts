// The pillars × months heatmap: scores, respondents and health bands, and the table and description
// that go with the chart.
import type { ChartTable } from '@/components/chart';
import { healthOf, type HealthThresholds } from '@/domain/pillars';
import { healthWord } from '@/lib/format/domain-words';
import type { T } from '@/i18n/registry';
import { formatMonth } from '@/lib/format/dates';
import { formatNumber } from '@/lib/format/format';
import type { PillarHealthModel } from '@/domain/pillar-health';

export interface PillarHeatmapModel {
  pillars: string[];
  months: string[];
  /** pillar × month; null where the pillar was not assessed. */
  scores: (number | null)[][];
  respondents: number[][];
  thresholds: HealthThresholds;
}

export function toPillarHeatmapModel(
  health: Pick<PillarHealthModel, 'rows' | 'months'>,
  thresholds: HealthThresholds,
): PillarHeatmapModel {
  const { rows, months } = health;
  return {
    pillars: rows.map((r) => r.pillar.name),
    months,
    scores: rows.map((r) => months.map((m) => r.scores.get(m) ?? null)),
    respondents: rows.map((r) => months.map((m) => r.respondents.get(m) ?? 0)),
    thresholds,
  };
}

/** Each score with its band in words, so the table needs no colour: "62.0 (Developing)". */
export function pillarHeatmapTable(model: PillarHeatmapModel, locale: string, t: T): ChartTable {
  return {
    columns: [t('pillars.trend.pillar'), ...model.months.map((m) => formatMonth(m, locale))],
    rows: model.pillars.map((name, i) => [
      name,
      ...model.scores[i]!.map((s) =>
        s == null
          ? '–'
          : `${formatNumber(s, locale)} (${healthWord(healthOf(s, model.thresholds), t)})`,
      ),
    ]),
  };
}

export function pillarHeatmapDescription(model: PillarHeatmapModel, t: T): string {
  return t('pillars.heatmap.description', {
    amber: model.thresholds.amber,
    green: model.thresholds.green,
  });
}
