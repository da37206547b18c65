import type { PillarDefinition, PillarsResponse } from '@/api/schemas';
import {
  healthOf,
  monthsInRange,
  pillarMonths,
  pillarMovers,
  pillarRows,
  scoreAtOrBefore,
  weakestPillars,
} from './pillars';

const pillars: PillarDefinition[] = [
  { id: 'culture', name: 'Culture over strategy', description: '' },
  { id: 'measurement', name: 'Measure what matters', description: '' },
  { id: 'talent', name: 'Time spent on talent', description: '' },
];

const data: PillarsResponse = {
  unit: 'retail',
  grain: 'month',
  series: [
    {
      pillar: 'culture',
      points: [
        { period: '2026-10-01', score: 62, respondents: 30 },
        { period: '2026-11-01', score: 64, respondents: 31 },
      ],
    },
    {
      pillar: 'measurement',
      points: [
        { period: '2026-10-01', score: 60, respondents: 30 },
        { period: '2026-11-01', score: 52, respondents: 29 },
      ],
    },
  ],
};

describe('healthOf', () => {
  it('uses the configured thresholds', () => {
    expect(healthOf(49.9, { amber: 50, green: 70 })).toBe('red');
    expect(healthOf(50, { amber: 50, green: 70 })).toBe('amber');
    expect(healthOf(70, { amber: 50, green: 70 })).toBe('green');
    expect(healthOf(65, { amber: 40, green: 60 })).toBe('green');
  });
});

describe('healthOf on the score as shown', () => {
  const bands = { amber: 50, green: 70 };
  it('walks the boundaries on the one-decimal score the views show', () => {
    // 69.95 reads "70.0": green, as the legend says from 70; 69.94 reads "69.9": amber.
    expect(healthOf(69.95, bands)).toBe('green');
    expect(healthOf(69.94, bands)).toBe('amber');
    expect(healthOf(70.0, bands)).toBe('green');
    expect(healthOf(49.95, bands)).toBe('amber');
    expect(healthOf(49.94, bands)).toBe('red');
  });
  it('does the same on configured thresholds', () => {
    expect(healthOf(59.96, { amber: 40, green: 60 })).toBe('green');
    expect(healthOf(39.95, { amber: 40, green: 60 })).toBe('amber');
  });
});

describe('pillar rows', () => {
  const rows = pillarRows(data, pillars);
  it('keeps catalog order and a row for a pillar without data', () => {
    expect(rows.map((r) => r.pillar.id)).toEqual(['culture', 'measurement', 'talent']);
    expect(rows[2]!.scores.size).toBe(0);
    expect(pillarMonths(data)).toEqual(['2026-10-01', '2026-11-01']);
  });
  it('names the weakest pillars and the biggest movers', () => {
    expect(weakestPillars(rows, '2026-11-01').map((w) => w.pillar.id)).toEqual([
      'measurement',
      'culture',
    ]);
    expect(pillarMovers(rows, '2026-10-01', '2026-11-01')[0]).toMatchObject({
      pillar: { id: 'measurement' },
      change: -8,
    });
  });
  it('looks back to the latest earlier score', () => {
    expect(scoreAtOrBefore(rows[0]!, '2026-12-01')).toEqual({ period: '2026-11-01', score: 64 });
    expect(scoreAtOrBefore(rows[0]!, '2026-09-01')).toBeNull();
  });
});

describe('monthsInRange', () => {
  it('keeps the months any of whose days fall in the range', () => {
    expect(
      monthsInRange(
        ['2026-07-01', '2026-08-01', '2026-09-01', '2026-12-01'],
        '2026-08-24',
        '2026-11-20',
      ),
    ).toEqual(['2026-08-01', '2026-09-01']);
  });
});
