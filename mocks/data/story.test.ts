// @vitest-environment node
import type { MockOptions } from '../options';
import { stageIds } from './definitions';
import { getMockData } from './mock-data';
import { mean, meansAround, pointsOf } from './test-helpers';

const order = (stage: string | undefined) => stageIds.indexOf(stage as (typeof stageIds)[number]);

// The story is told relative to the latest week, so it holds whatever the as-of date.
describe.each<MockOptions>([
  { asOf: '2026-11-20' },
  { asOf: '2025-03-03' },
  { asOf: '2026-11-20', seed: 1 },
])('the story with %j', (options) => {
  const data = getMockData(options);
  const units = data.catalog.units.filter((u) => u.id !== 'all').map((u) => u.id);
  const stages = (unit: string) => data.stagePoints(unit);
  const latestStage = (unit: string) => stages(unit).at(-1);

  it('has most units in sensitivity or focus at the latest quarter, none in obsession', () => {
    const latest = units.map((unit) => latestStage(unit)?.stage);
    expect(
      latest.filter((s) => s === 'sensitivity' || s === 'focus').length,
    ).toBeGreaterThanOrEqual(units.length - 1);
    expect(latest).not.toContain('obsession');
  });

  it('has online climb from awareness to focus', () => {
    expect(stages('online')[0]?.stage).toBe('awareness');
    expect(latestStage('online')?.stage).toBe('focus');
    expect(stages('online').map((s) => s.stage)).toContain('sensitivity');
  });

  it('has finance slip from focus to sensitivity', () => {
    expect(stages('finance')[0]?.stage).toBe('focus');
    expect(latestStage('finance')?.stage).toBe('sensitivity');
    expect(stages('finance').some((s) => s.note.startsWith('Demoted to sensitivity'))).toBe(true);
    expect(order(latestStage('finance')?.stage)).toBeLessThan(order(stages('finance')[0]?.stage));
  });

  it('has business held back from focus by measurement', () => {
    expect(latestStage('business')).toMatchObject({
      stage: 'sensitivity',
      gatesFailed: ['measurement'],
    });
    expect(latestStage('business')?.note).toMatch(/^Focus blocked: measurement \d+(\.\d)? < 60$/);
  });

  it('has retail and care steady in focus', () => {
    for (const unit of ['retail', 'care']) {
      expect(new Set(stages(unit).map((s) => s.stage))).toEqual(new Set(['focus']));
    }
  });

  it('follows the journey-teams initiative with a rise in online’s loyalty', () => {
    const initiative = data.annotations.find((a) => a.title === 'Customer journey teams formed');
    expect(initiative).toMatchObject({ unit: 'online', kind: 'initiative' });
    const { before, after } = meansAround(
      pointsOf(data, 'online', 'loyalty-index'),
      initiative!.date,
    );
    expect(after).toBeGreaterThan(before + 3);
  });

  it('follows the billing outage with a dip in finance’s loyalty, and a recovery', () => {
    const outage = data.annotations.find((a) => a.title === 'Billing system outage');
    expect(outage).toMatchObject({ unit: 'finance', kind: 'incident' });
    const loyalty = pointsOf(data, 'finance', 'loyalty-index');
    const { before, after } = meansAround(loyalty, outage!.date);
    expect(after).toBeLessThan(before - 3);
    // Recovering: twenty weeks on, the mean is back above the first eight weeks'.
    expect(meansAround(loyalty, outage!.date, 20).after).toBeGreaterThan(after);
  });

  it('follows the complaints hub with a rise in retail’s complaints pillar', () => {
    const hub = data.annotations.find((a) => a.title === 'Complaints hub launched in all stores');
    const complaints = data.pillarSeries('retail').find((s) => s.pillar === 'complaints')!.points;
    const before = complaints.filter((p) => p.period < hub!.date).slice(-3);
    const after = complaints.filter((p) => p.period > hub!.date).slice(1, 4);
    expect(mean(after.map((p) => p.score!))).toBeGreaterThan(mean(before.map((p) => p.score!)) + 3);
  });

  it('has the whole organisation’s stage follow from its pillars, not from its units’ stages', () => {
    expect(stages('all').length).toBe(data.quarters.length);
    expect(order(latestStage('all')?.stage)).toBeGreaterThanOrEqual(order(stages('all')[0]?.stage));
  });
});
