// The seven pillars now, a quarter ago and a year ago: each snapshot the score at or before its month.
import type { ChartTable } from '@/components/chart';
import { scoreAtOrBefore } from '@/domain/pillars';
import type { T } from '@/i18n/registry';
import { formatMonth } from '@/lib/format/dates';
import { addMonthsIso } from '@/domain/periods';
import { formatNumber } from '@/lib/format/format';
import type { PillarHealthModel } from '@/domain/pillar-health';

export type RadarMoment = 'now' | 'quarterAgo' | 'yearAgo';

export interface PillarRadarModel {
  pillars: string[];
  snapshots: { moment: RadarMoment; month: string; scores: (number | null)[] }[];
}

const moments: readonly [RadarMoment, number][] = [
  ['now', 0],
  ['quarterAgo', -3],
  ['yearAgo', -12],
];

export function toPillarRadarModel(
  health: Pick<PillarHealthModel, 'rows'>,
  latest: string,
): PillarRadarModel {
  return {
    pillars: health.rows.map((r) => r.pillar.name),
    snapshots: moments.map(([moment, months]) => {
      const month = addMonthsIso(latest, months);
      return {
        moment,
        month,
        scores: health.rows.map((r) => scoreAtOrBefore(r, month)?.score ?? null),
      };
    }),
  };
}

/** The snapshots' names in the legend and the table: "November 2026", "A quarter ago"… */
export function radarLabels(model: PillarRadarModel, locale: string, t: T): string[] {
  return model.snapshots.map((s) =>
    s.moment === 'now'
      ? t('pillars.radar.now', { month: formatMonth(s.month, locale) })
      : t(`pillars.radar.${s.moment}`),
  );
}

export function pillarRadarTable(model: PillarRadarModel, locale: string, t: T): ChartTable {
  return {
    columns: [t('pillars.trend.pillar'), ...radarLabels(model, locale, t)],
    rows: model.pillars.map((name, i) => [
      name,
      ...model.snapshots.map((s) => formatNumber(s.scores[i], locale)),
    ]),
  };
}
