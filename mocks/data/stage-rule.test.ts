// @vitest-environment node
import { pillarIds, type PillarId } from './definitions';
import {
  assessQuarter,
  assessStages,
  maturityScore,
  reachableLevel,
  type PillarScores,
} from './stage-rule';

/** Every pillar at `level`, some overridden. */
function pillars(level: number, overrides: Partial<Record<PillarId, number>> = {}): PillarScores {
  return {
    ...(Object.fromEntries(pillarIds.map((id) => [id, level])) as Record<PillarId, number>),
    ...overrides,
  };
}

/** Consecutive quarters from 2025-01-01, one per pillar set. */
function quarters(...scores: PillarScores[]) {
  const starts = [
    '2025-01-01',
    '2025-04-01',
    '2025-07-01',
    '2025-10-01',
    '2026-01-01',
    '2026-04-01',
  ];
  return scores.map((p, i) => ({ period: starts[i] ?? `q${i}`, pillars: p }));
}

function first(p: PillarScores) {
  return assessQuarter(null, { period: '2026-10-01', pillars: p }).point;
}

describe('the stage rule', () => {
  it('scores maturity as the mean of the seven pillars', () => {
    expect(maturityScore(pillars(60, { measurement: 53 }))).toBe(59);
  });

  it('takes the base stage from the bands', () => {
    expect(first(pillars(30)).stage).toBe('awareness');
    expect(first(pillars(40)).stage).toBe('sensitivity');
    expect(first(pillars(59.9)).stage).toBe('sensitivity');
    expect(first(pillars(60)).stage).toBe('focus');
    expect(first(pillars(75)).stage).toBe('obsession');
  });

  it('says what score the next stage needs', () => {
    const point = first(pillars(63.4));
    expect(point).toMatchObject({ stage: 'focus', score: 63.4 });
    expect(point.note).toMatch(/^Obsession needs a score of 75; now 63.4/);
    expect(point.gatesFailed).toEqual(['culture', 'talent', 'leadership']);
  });

  it('caps sensitivity when complaining is hard', () => {
    const point = first(pillars(50, { complaints: 35 }));
    expect(point).toMatchObject({ stage: 'awareness', gatesFailed: ['complaints'] });
    expect(point.note).toBe('Sensitivity blocked: complaints 35 < 40');
  });

  it('caps focus on measurement and voice of the customer', () => {
    const measurement = first(pillars(66, { measurement: 54 }));
    expect(measurement).toMatchObject({ stage: 'sensitivity', gatesFailed: ['measurement'] });
    expect(measurement.note).toBe('Focus blocked: measurement 54 < 60');
    const voice = first(pillars(66, { 'voice-of-customer': 58.5 }));
    expect(voice).toMatchObject({ stage: 'sensitivity', gatesFailed: ['voice-of-customer'] });
    expect(voice.note).toBe('Focus blocked: voice of the customer 58.5 < 60');
  });

  it('caps obsession on culture, talent and leadership', () => {
    for (const pillar of ['culture', 'talent', 'leadership'] as const) {
      const point = first(pillars(80, { [pillar]: 68 }));
      expect(point).toMatchObject({ stage: 'focus', gatesFailed: [pillar] });
      expect(point.note).toBe(`Obsession blocked: ${pillar} 68 < 70`);
    }
  });

  it('lets a failed lower gate cap every stage above it', () => {
    expect(reachableLevel(80, pillars(80, { complaints: 30 }))).toBe(0);
    expect(first(pillars(80, { complaints: 30 })).gatesFailed).toEqual(['complaints']);
  });

  it('holds obsession with nothing failing', () => {
    expect(first(pillars(80))).toMatchObject({ stage: 'obsession', gatesFailed: [] });
  });

  it('promotes only after two qualifying quarters in a row', () => {
    const points = assessStages(quarters(pillars(50), pillars(65), pillars(65)));
    expect(points.map((p) => p.stage)).toEqual(['sensitivity', 'sensitivity', 'focus']);
    expect(points[1]?.note).toBe(
      'Qualifies for focus; promotion confirmed after a second qualifying quarter',
    );
    expect(points[2]?.note).toBe('Promoted to focus after two qualifying quarters');
  });

  it('starts counting again when a qualifying run is broken', () => {
    const points = assessStages(
      quarters(pillars(50), pillars(65), pillars(58), pillars(65), pillars(65)),
    );
    expect(points.map((p) => p.stage)).toEqual([
      'sensitivity',
      'sensitivity',
      'sensitivity',
      'sensitivity',
      'focus',
    ]);
  });

  it('promotes to what both quarters reached', () => {
    const points = assessStages(quarters(pillars(50), pillars(80), pillars(65)));
    expect(points.map((p) => p.stage)).toEqual(['sensitivity', 'sensitivity', 'focus']);
  });

  it('holds a stage within 5 points below its band, and demotes beyond', () => {
    const gatesMet = { measurement: 62, 'voice-of-customer': 62 };
    const points = assessStages(
      quarters(pillars(65), pillars(57, gatesMet), pillars(55), pillars(53.9)),
    );
    expect(points.map((p) => p.stage)).toEqual(['focus', 'focus', 'focus', 'sensitivity']);
    expect(points[1]?.note).toBe('Holds focus within the 5-point margin: score 58.4 < 60');
    expect(points[3]?.note).toBe(
      'Demoted to sensitivity: score 53.9 fell 5 points below the focus band',
    );
  });

  it('applies the same margin to a held stage’s gates', () => {
    const points = assessStages(
      quarters(pillars(66), pillars(66, { measurement: 56 }), pillars(66, { measurement: 54 })),
    );
    expect(points.map((p) => p.stage)).toEqual(['focus', 'focus', 'sensitivity']);
    expect(points[1]?.gatesFailed).toEqual(['measurement', 'culture', 'talent', 'leadership']);
    expect(points[1]?.note).toBe('Holds focus within the 5-point margin: measurement 56 < 60');
    expect(points[2]?.note).toBe(
      'Demoted to sensitivity: measurement 54 fell 5 points below the focus gate of 60',
    );
  });

  it('demotes as far as the score falls', () => {
    const points = assessStages(quarters(pillars(80), pillars(50)));
    expect(points.map((p) => p.stage)).toEqual(['obsession', 'sensitivity']);
  });

  it('returns the state the next quarter needs', () => {
    const { state } = assessQuarter(
      { held: 1, pending: null },
      { period: '2026-10-01', pillars: pillars(65) },
    );
    expect(state).toEqual({ held: 1, pending: 2 });
  });
});
