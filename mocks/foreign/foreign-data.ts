// A foreign organisation for tests: a data set that tells none of the mock's story. A German insurer
// (group → 2 regions → 8 branches) with other ids and names, five stages with other bands, metrics
// in every unit of the contract, a lower-is-better headline, pillar points without intervals from
// 20–30 respondents, and, with `noise: true`, nothing but sampling noise around constant levels.
// Deterministic: the numbers depend on the seed only; the clock moves the dates, not the values.
import type {
  Annotation,
  Catalog,
  MetricDefinition,
  MetricSeries,
  PillarDefinition,
  PillarsResponse,
  StageDefinition,
  StagePoint,
  Target,
} from '@/api/schemas';
import { addDaysTo, addWeeksTo, quarterOf, weekOf } from '../data/calendar';
import { createRng } from '../data/random';
import { clamp, netScoreSe, percentSe, roundTo, z95 } from '../data/statistics';

type PillarSeries = PillarsResponse['series'][number];

export interface ForeignDataOptions {
  /** Every series pure noise around a constant level: nothing really moves. Default false. */
  noise?: boolean;
  /** Seed of the noise; the default was chosen as described at {@link defaultForeignSeed}. */
  seed?: number;
  /** The clock: the latest week is the last complete one before it. Default now. */
  now?: Date;
}

/**
 * The default seed. On pure noise a test at 95% calls a change now and then by chance, and a family
 * held to a false discovery rate of 5% names one in about 5% of months (that is what the rule
 * promises), so an end-to-end check that "nothing changed" needs a draw where nothing did by chance
 * either. With this seed, in the latest week and month: no headline change of the group is
 * significant even uncorrected, and no unit's pillar change is a discovery of the app's rule among
 * all units' pillars, while the largest pillar change is still over 5 points, as noise of this size
 * often gives (foreign-data.test.ts checks all three). Seed 20, an earlier choice, names one region's
 * pillar by chance (p = 0.0003 among 77 tests): over 20 seeds × 12 months the rule named a pillar in
 * 10 of 240 months (4.2%).
 */
export const defaultForeignSeed = 5;

/** Weeks of history the API holds (about three years). */
export const foreignHistoryWeeks = 160;

/** Spread of one respondent's pillar score: 20–30 respondents give a month-to-month sd of ≈ 4.5. */
export const pillarRespondentSpread = 16;
export const pillarRespondents = [20, 30] as const;

/** The planted movement of the default variant: the cancellation rate falls in the latest week. */
export const plantedMovement = { metric: 'stornoquote', change: -0.9 } as const;

export interface ForeignData {
  catalog: Catalog;
  /** The latest weekly period (a Monday). */
  latestWeek: string;
  hasUnit(id: string): boolean;
  metricSeries(unit: string): MetricSeries[];
  pillarSeries(unit: string): PillarSeries[];
  stagePoints(unit: string): StagePoint[];
  annotations: readonly Annotation[];
}

// ---- the organisation ----------------------------------------------------------------------------

export const foreignRoot = 'all';

interface Branch {
  id: string;
  name: string;
  region: string;
  /** Survey responses a week, on average. */
  surveyN: number;
  /** Policies in force: the base of the retention metrics. */
  policies: number;
  /** The branch's constant maturity score: its stage, and the level of its pillars and metrics. */
  maturity: number;
}

const regions = [
  { id: 'region-nord', name: 'Region Nord', maturity: 68 },
  { id: 'region-sued', name: 'Region Süd', maturity: 46 },
] as const;

const branches: readonly Branch[] = [
  {
    id: 'fil-hamburg',
    name: 'Filiale Hamburg',
    region: 'region-nord',
    surveyN: 110,
    policies: 9200,
    maturity: 92,
  },
  {
    id: 'fil-bremen',
    name: 'Filiale Bremen',
    region: 'region-nord',
    surveyN: 80,
    policies: 6100,
    maturity: 76,
  },
  {
    id: 'fil-hannover',
    name: 'Filiale Hannover',
    region: 'region-nord',
    surveyN: 90,
    policies: 7400,
    maturity: 60,
  },
  {
    id: 'fil-kiel',
    name: 'Filiale Kiel',
    region: 'region-nord',
    surveyN: 42,
    policies: 3100,
    maturity: 47,
  },
  {
    id: 'fil-muenchen',
    name: 'Filiale München',
    region: 'region-sued',
    surveyN: 120,
    policies: 9800,
    maturity: 61,
  },
  {
    id: 'fil-stuttgart',
    name: 'Filiale Stuttgart',
    region: 'region-sued',
    surveyN: 95,
    policies: 7900,
    maturity: 45,
  },
  {
    id: 'fil-nuernberg',
    name: 'Filiale Nürnberg',
    region: 'region-sued',
    surveyN: 70,
    policies: 5200,
    maturity: 30,
  },
  {
    id: 'fil-freiburg',
    name: 'Filiale Freiburg',
    region: 'region-sued',
    surveyN: 38,
    policies: 2600,
    maturity: 50,
  },
];

const rootMaturity = 59;

const organisation = { id: 'nordstern', name: 'Nordstern Versicherungsgruppe', currency: 'EUR' };

const units = [
  { id: foreignRoot, name: organisation.name, parentId: null },
  ...regions.map((r) => ({ id: r.id, name: r.name, parentId: foreignRoot })),
  ...branches.map((b) => ({ id: b.id, name: b.name, parentId: b.region })),
];

const surveyMinN = 60;

export const foreignMetrics: readonly MetricDefinition[] = [
  {
    id: 'kbi',
    family: 'loyalty',
    name: 'Kundenbindungsindex',
    unit: 'index',
    min: 0,
    max: 100,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description: 'Mittelwert aus Wiederkauf-, Wechsel- und Weiterempfehlungsabsicht, 0 bis 100.',
  },
  {
    id: 'cross-selling-quote',
    family: 'loyalty',
    name: 'Cross-Selling-Quote',
    unit: 'percent',
    min: 0,
    max: 100,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: surveyMinN,
    description: 'Anteil der Befragten mit mindestens zwei Verträgen bei uns.',
  },
  {
    id: 'begeisterung',
    family: 'bonding',
    name: 'Begeisterungsverhältnis',
    unit: 'ratio',
    min: 0,
    max: 40,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description: 'Positive auf eine negative Emotion, die Kundinnen und Kunden mit uns verbinden.',
  },
  {
    id: 'empfehlungssaldo',
    family: 'advocacy',
    name: 'Empfehlungssaldo',
    unit: 'points',
    min: -100,
    max: 100,
    direction: 'higher-is-better',
    headline: true,
    minReportableN: surveyMinN,
    description: 'Anteil Empfehler minus Anteil Abrater, −100 bis +100.',
  },
  {
    id: 'empfehlungsquote',
    family: 'advocacy',
    name: 'Empfehlungsquote',
    unit: 'percent',
    min: 0,
    max: 100,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: 30,
    description: 'Anteil der Neukundinnen und Neukunden, die auf Empfehlung kamen.',
  },
  {
    id: 'stornoquote',
    family: 'retention',
    name: 'Stornoquote',
    unit: 'percent',
    min: 0,
    max: 100,
    direction: 'lower-is-better',
    headline: true,
    minReportableN: 400,
    description:
      'Anteil der Verträge, die in den letzten zwölf Monaten gekündigt wurden. Niedriger ist besser.',
  },
  {
    id: 'beschwerdequote',
    family: 'retention',
    name: 'Beschwerdequote',
    unit: 'percent',
    min: 0,
    max: 100,
    direction: 'lower-is-better',
    headline: false,
    minReportableN: 400,
    description: 'Beschwerden je hundert Verträge in den letzten vier Wochen.',
  },
  {
    id: 'haltequote',
    family: 'retention',
    name: 'Haltequote',
    unit: 'percent',
    min: 0,
    max: 100,
    direction: 'higher-is-better',
    headline: false,
    minReportableN: 100,
    description: 'Anteil der Kündigungswünsche, die im Gespräch abgewendet wurden.',
  },
];

export const foreignPillars: readonly PillarDefinition[] = [
  { id: 'fuehrung', name: 'Führung', description: 'Der Vorstand geht sichtbar voran.' },
  {
    id: 'kundenstimme',
    name: 'Stimme des Kunden',
    description: 'Was Kunden sagen, wird umgesetzt.',
  },
  {
    id: 'schadenservice',
    name: 'Schadenservice',
    description: 'Schäden werden schnell und fair reguliert.',
  },
  {
    id: 'mitarbeitende',
    name: 'Mitarbeitende',
    description: 'Einstellung nach Haltung, Entwicklung mit Zeit.',
  },
  {
    id: 'messung',
    name: 'Messen, was zählt',
    description: 'Emotionen und Kundenwert werden gemessen.',
  },
  { id: 'beschwerdekultur', name: 'Beschwerdekultur', description: 'Beschwerden sind willkommen.' },
];

/** Where each pillar sits relative to a unit's maturity. */
const pillarOffsets: Record<string, number> = {
  fuehrung: 4,
  kundenstimme: 1,
  schadenservice: 3,
  mitarbeitende: -2,
  messung: -5,
  beschwerdekultur: -1,
};

export const foreignStages: readonly StageDefinition[] = [
  { id: 'awareness', name: 'Kundenbewusstsein', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Kundensensibilität', order: 2, minScore: 35 },
  { id: 'focus', name: 'Kundenfokus', order: 3, minScore: 55 },
  { id: 'obsession', name: 'Kundenbesessenheit', order: 4, minScore: 72 },
  { id: 'devotion', name: 'Kundenhingabe', order: 5, minScore: 88 },
];

/** The stage a maturity score stands at (the fixture's units sit well inside their bands). */
export function foreignStageOf(score: number): StageDefinition {
  return [...foreignStages].reverse().find((s) => score >= s.minScore)!;
}

// ---- metric levels ------------------------------------------------------------------------------

interface MetricModel {
  /** The true level of a branch of this maturity. */
  level(maturity: number): number;
  /** The weekly sample behind a branch's value. */
  n(branch: Branch): number;
  /** Standard error of a value from n. */
  se(value: number, n: number): number;
}

const ratioSpread = 0.9;
const indexSpread = 22;

const metricModels: Record<string, MetricModel> = {
  kbi: {
    level: (m) => 40 + 0.35 * m,
    n: (b) => b.surveyN,
    se: (_v, n) => indexSpread / Math.sqrt(n),
  },
  'cross-selling-quote': { level: (m) => 12 + m / 6, n: (b) => b.surveyN, se: percentSe },
  begeisterung: {
    level: (m) => 2 + m / 10,
    n: (b) => b.surveyN,
    se: (v, n) => (ratioSpread * v) / Math.sqrt(n),
  },
  empfehlungssaldo: {
    level: (m) => -20 + 0.6 * m,
    n: (b) => b.surveyN,
    se: (v, n) => netScoreSe(v, n, 0.4),
  },
  empfehlungsquote: {
    level: (m) => 8 + m / 8,
    n: (b) => Math.round(b.surveyN * 0.6),
    se: percentSe,
  },
  stornoquote: { level: (m) => 11 - m / 15, n: (b) => b.policies, se: percentSe },
  beschwerdequote: { level: (m) => 3.5 - m / 50, n: (b) => b.policies, se: percentSe },
  haltequote: { level: (m) => 20 + m / 4, n: (b) => Math.round(b.policies * 0.065), se: percentSe },
};

// ---- generation ---------------------------------------------------------------------------------

/** The Monday of the last complete ISO week before `now` (UTC calendar). */
export function lastCompleteWeek(now: Date): string {
  return weekOf(addDaysTo(now.toISOString().slice(0, 10), -7));
}

function monthStart(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

function addMonths(month: string, count: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + count;
  const year = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12;
  return `${year}-${String(mm + 1).padStart(2, '0')}-01`;
}

interface WeekValue {
  value: number | null;
  n: number;
  /** The standard error where it is not the metric model's for value and n (a pooled estimate). */
  se?: number;
}

export function createForeignData(options: ForeignDataOptions = {}): ForeignData {
  const noise = options.noise ?? false;
  const seed = options.seed ?? defaultForeignSeed;
  const latestWeek = lastCompleteWeek(options.now ?? new Date());
  // Weeks back from the latest: index k is `k` weeks before it. Random streams are keyed by these
  // offsets, never by dates, so the values stay the same whatever the clock says.
  const weeks = Array.from({ length: foreignHistoryWeeks }, (_, i) =>
    addWeeksTo(latestWeek, i - foreignHistoryWeeks + 1),
  );
  const firstMonth = monthStart(weeks[0]!);
  const lastMonth = monthStart(latestWeek);
  const months: string[] = [];
  for (let m = lastMonth; m >= firstMonth; m = addMonths(m, -1)) months.unshift(m);
  const quarters = [...new Set(months.map(quarterOf))];
  const dataAsOf = `${addDaysTo(latestWeek, 6)}T18:00:00Z`;

  // Each branch's true levels: a small constant offset of its own, plus the planted step.
  const branchTruth = (branch: Branch, metric: string, k: number): number => {
    const offset = createRng(seed, 'offset', branch.id, metric).normal(0, 0.5);
    const base = metricModels[metric]!.level(branch.maturity) + offset;
    const planted = !noise && metric === plantedMovement.metric && k === 0;
    return base + (planted ? plantedMovement.change : 0);
  };

  // Branch weekly values (unrounded), keyed by metric, then week index (0 = oldest).
  const branchValues = new Map<string, Map<string, WeekValue[]>>();
  for (const branch of branches) {
    const byMetric = new Map<string, WeekValue[]>();
    for (const metric of foreignMetrics) {
      const model = metricModels[metric.id]!;
      byMetric.set(
        metric.id,
        weeks.map((_, i) => {
          const k = foreignHistoryWeeks - 1 - i;
          const rng = createRng(seed, 'metric', branch.id, metric.id, k);
          const n = Math.max(1, Math.round(model.n(branch) * rng.uniform(0.8, 1.2)));
          // A survey week the branch's field agency missed: a gap, not a zero.
          if (branch.id === 'fil-kiel' && k === 20 && model.n(branch) === branch.surveyN) {
            return { value: null, n: 0 };
          }
          const truth = branchTruth(branch, metric.id, k);
          const value = clamp(truth + rng.normal(0, model.se(truth, n)), metric.min, metric.max);
          return { value, n };
        }),
      );
    }
    branchValues.set(branch.id, byMetric);
  }

  const toSeries = (metric: MetricDefinition, values: readonly WeekValue[]): MetricSeries => ({
    metric: metric.id,
    points: values.map((v, i) => {
      const period = weeks[i]!;
      if (v.value === null) return { period, value: null, n: v.n };
      const se = v.se ?? metricModels[metric.id]!.se(v.value, v.n);
      return {
        period,
        value: roundTo(v.value, 1),
        n: v.n,
        ciLow: roundTo(clamp(v.value - z95 * se, metric.min, metric.max), 1),
        ciHigh: roundTo(clamp(v.value + z95 * se, metric.min, metric.max), 1),
      };
    }),
  });

  /**
   * A parent's week: its branches' answers weighted by their usual sample (a stratified estimate, so a
   * week in which one branch answers more does not move the parent), samples summed.
   */
  const pooled = (members: readonly Branch[], metric: string): WeekValue[] => {
    const model = metricModels[metric]!;
    return weeks.map((_, i) => {
      let n = 0;
      let weight = 0;
      let sum = 0;
      let variance = 0;
      for (const b of members) {
        const v = branchValues.get(b.id)!.get(metric)![i]!;
        if (v.value === null) continue;
        const w = model.n(b);
        n += v.n;
        weight += w;
        sum += w * v.value;
        // The branch's own sampling error at its true level (not at its noisy value).
        variance +=
          w ** 2 * model.se(branchTruth(b, metric, foreignHistoryWeeks - 1 - i), v.n) ** 2;
      }
      return n === 0
        ? { value: null, n: 0 }
        : { value: sum / weight, n, se: Math.sqrt(variance) / weight };
    });
  };

  const membersOf = (unit: string): readonly Branch[] =>
    unit === foreignRoot
      ? branches
      : regions.some((r) => r.id === unit)
        ? branches.filter((b) => b.region === unit)
        : branches.filter((b) => b.id === unit);

  const metricCache = new Map<string, MetricSeries[]>();
  const metricSeries = (unit: string): MetricSeries[] => {
    let series = metricCache.get(unit);
    if (!series) {
      const members = membersOf(unit);
      series = foreignMetrics.map((metric) =>
        toSeries(
          metric,
          members.length === 1
            ? branchValues.get(members[0]!.id)!.get(metric.id)!
            : pooled(members, metric.id),
        ),
      );
      metricCache.set(unit, series);
    }
    return series;
  };

  const maturityOf = (unit: string): number =>
    unit === foreignRoot
      ? rootMaturity
      : (regions.find((r) => r.id === unit)?.maturity ??
        branches.find((b) => b.id === unit)!.maturity);

  // Pillars: every unit's own panel of 20–30 respondents a month (the group's too: its assessment is a
  // survey of its own people, not the branches' answers pooled), around constant levels.
  const pillarSeries = (unit: string): PillarSeries[] =>
    foreignPillars.map((pillar) => {
      const level = clamp(maturityOf(unit) + pillarOffsets[pillar.id]!, 5, 97);
      return {
        pillar: pillar.id,
        points: months.map((period, i) => {
          const k = months.length - 1 - i;
          const rng = createRng(seed, 'pillar', unit, pillar.id, k);
          const respondents = rng.int(...pillarRespondents);
          const score = level + rng.normal(0, pillarRespondentSpread / Math.sqrt(respondents));
          return { period, score: roundTo(clamp(score, 0, 100), 1), respondents };
        }),
      };
    });

  // Stages: each unit holds its stage all along; its score wobbles a little inside the band.
  const stagePoints = (unit: string): StagePoint[] => {
    const maturity = maturityOf(unit);
    const stage = foreignStageOf(maturity);
    const next = foreignStages.find((s) => s.order === stage.order + 1);
    const gatesFailed = next ? ['messung'] : [];
    const note = next
      ? `${next.name} blockiert: Messen, was zählt unter ${next.minScore}`
      : 'Höchste Stufe gehalten';
    return quarters.map((period, i) => {
      const k = quarters.length - 1 - i;
      const rng = createRng(seed, 'stage', unit, k);
      return {
        period,
        score: roundTo(maturity + rng.normal(0, 1), 1),
        stage: stage.id,
        gatesFailed,
        note,
      };
    });
  };

  const years = [...new Set(weeks.map((w) => w.slice(0, 4)))];
  const targets: Target[] = years.flatMap((year) => [
    { metric: 'kbi', unit: null, value: 62, from: `${year}-01-01`, to: `${year}-12-31` },
    { metric: 'stornoquote', unit: null, value: 7, from: `${year}-01-01`, to: `${year}-12-31` },
    {
      metric: 'stornoquote',
      unit: foreignRoot,
      value: 7.5,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    },
    {
      metric: 'empfehlungssaldo',
      unit: 'fil-muenchen',
      value: 20,
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    },
  ]);

  const annotations: Annotation[] = [
    {
      id: 'ns-101',
      date: addDaysTo(addWeeksTo(latestWeek, -30), 1),
      unit: null,
      metric: 'empfehlungssaldo',
      kind: 'method-change',
      title: 'Empfehlungsfrage auf die 11er-Skala umgestellt',
    },
    {
      id: 'ns-102',
      date: addDaysTo(addWeeksTo(latestWeek, -12), 2),
      unit: 'fil-nuernberg',
      metric: null,
      kind: 'initiative',
      title: 'Schulung Beschwerdemanagement in der Filiale Nürnberg',
    },
    {
      id: 'ns-103',
      date: addDaysTo(addWeeksTo(latestWeek, -5), 3),
      unit: 'fil-bremen',
      metric: null,
      kind: 'incident',
      title: 'IT-Störung im Kundenservice der Filiale Bremen',
    },
    ...(noise
      ? []
      : [
          {
            id: 'ns-104',
            date: latestWeek,
            unit: null,
            metric: plantedMovement.metric,
            kind: 'initiative' as const,
            title: 'Rückrufgarantie bei Kündigungswunsch in allen Filialen',
          },
        ]),
  ];

  const catalog: Catalog = {
    organisation,
    units,
    metrics: [...foreignMetrics],
    pillars: [...foreignPillars],
    stages: [...foreignStages],
    targets,
    dataAsOf,
  };

  const known = new Set(units.map((u) => u.id));
  return {
    catalog,
    latestWeek,
    hasUnit: (id) => known.has(id),
    metricSeries,
    pillarSeries,
    stagePoints,
    annotations,
  };
}

/** The units a unit's annotations come from: itself and everything below it. */
export function foreignUnitAndBelow(unit: string): Set<string> {
  const below = new Set([unit]);
  for (let grew = true; grew;) {
    grew = false;
    for (const u of units) {
      if (u.parentId !== null && below.has(u.parentId) && !below.has(u.id)) {
        below.add(u.id);
        grew = true;
      }
    }
  }
  return below;
}
