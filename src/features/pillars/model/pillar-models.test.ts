// The pillar widgets' models, and the tables and descriptions that are pure functions of them.
import type { PillarsResponse } from '@/api/schemas';
import { toPillarHealthModel } from '@/domain/pillar-health';
import { loadedLocale, sourceLocaleId, translatorFor } from '@/i18n/registry';
import {
  pillarHeatmapDescription,
  pillarHeatmapTable,
  toPillarHeatmapModel,
} from './pillar-heatmap-model';
import { pillarRadarTable, radarLabels, toPillarRadarModel } from './pillar-radar-model';
import { toPillarSummaryModel } from './pillar-summary-model';
import { pillarTrendTable } from './pillar-trend-model';
import { toUnitsPillarModel, unitsPillarTable } from './units-pillar-model';

const t = translatorFor(loadedLocale(sourceLocaleId)!);
const thresholds = { amber: 50, green: 70 };
const pillars = [
  { id: 'culture', name: 'Culture', description: '' },
  { id: 'voice', name: 'Voice', description: '' },
];
const months = Array.from({ length: 14 }, (_, i) => {
  const d = new Date(Date.UTC(2025, 9 + i, 1));
  return d.toISOString().slice(0, 10);
});
const series = (pillar: string, score: (i: number) => number | null) => ({
  pillar,
  points: months.map((period, i) => ({ period, score: score(i), respondents: 100 + i })),
});
const data: PillarsResponse = {
  unit: 'retail',
  grain: 'month',
  // Culture climbs steadily; voice sits still in the amber band, unassessed in the latest month.
  series: [series('culture', (i) => 40 + i * 2), series('voice', (i) => (i === 13 ? null : 60))],
};
const health = toPillarHealthModel(data, { pillars });
const latest = health.latest!;

describe('pillar heatmap model', () => {
  const model = toPillarHeatmapModel({ ...health, months: months.slice(-2) }, thresholds);

  it('holds a score and respondents per pillar and month, null where not assessed', () => {
    expect(model.pillars).toEqual(['Culture', 'Voice']);
    expect(model.scores).toEqual([
      [64, 66],
      [60, null],
    ]);
    expect(model.respondents[0]).toEqual([112, 113]);
  });

  it('words each cell with its band, so the table needs no colour', () => {
    const table = pillarHeatmapTable(model, 'en-GB', t);
    expect(table.columns).toEqual(['Pillar', 'Oct 2026', 'Nov 2026']);
    expect(table.rows[0]).toEqual(['Culture', '64.0 (Developing)', '66.0 (Developing)']);
    expect(table.rows[1]).toEqual(['Voice', '60.0 (Developing)', '–']);
    expect(pillarHeatmapDescription(model, t)).toContain('50');
  });
});

describe('pillar trend table', () => {
  it('gives every month a score with its respondents', () => {
    const table = pillarTrendTable({ ...health, months: months.slice(-1) }, 'en-GB', t);
    expect(table.rows).toEqual([
      ['Culture', '66.0 (113 resp.)'],
      ['Voice', '– (113 resp.)'],
    ]);
  });
});

describe('pillar radar model', () => {
  const model = toPillarRadarModel(health, latest);

  it('takes now, a quarter ago and a year ago, each the latest score at or before its month', () => {
    expect(model.snapshots.map((s) => s.month)).toEqual([latest, '2026-08-01', '2025-11-01']);
    expect(model.snapshots.map((s) => s.scores)).toEqual([
      [66, 60],
      [60, 60],
      [42, 60],
    ]);
  });

  it('names the snapshots and tables them', () => {
    expect(radarLabels(model, 'en-GB', t)[0]).toBe('Now (Nov 2026)');
    expect(pillarRadarTable(model, 'en-GB', t).rows[0]).toEqual([
      'Culture',
      '66.0',
      '60.0',
      '42.0',
    ]);
  });
});

describe('pillar summary model', () => {
  it('names the weakest pillars now and counts the family of changes tested', () => {
    const model = toPillarSummaryModel(health, latest);
    expect(model.quarterAgo).toBe('2026-08-01');
    expect(model.weakest).toEqual([{ name: 'Culture', score: 66 }]);
    expect(model.movers.length).toBeLessThanOrEqual(2);
    expect(model.tests + model.untested).toBeGreaterThan(0);
  });
});

describe('units pillar model', () => {
  it("takes each unit's latest score per pillar, and none for a unit with no answer", () => {
    const model = toUnitsPillarModel([data, undefined], { pillars }, ['Retail', 'Online']);
    expect(model.scores).toEqual([
      [66, null],
      [60, null],
    ]);
    expect(unitsPillarTable(model, 'en-GB', t).rows[1]).toEqual(['Voice', '60.0', '–']);
  });
});
