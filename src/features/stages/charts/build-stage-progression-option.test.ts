import type { StageDefinition, StagePoint } from '@/api/schemas';
import { loadLocale, loadedLocale, translatorFor } from '@/i18n/registry';
import { lightChartTheme } from '@/lib/charts/chart-theme';
import { stageBands, stageSteps } from '@/domain/stages';
import { buildStageProgressionOption } from './build-stage-progression-option';

const stages: StageDefinition[] = [
  { id: 'awareness', name: 'Customer awareness', order: 1, minScore: 0 },
  { id: 'sensitivity', name: 'Customer sensitivity', order: 2, minScore: 40 },
  { id: 'focus', name: 'Customer focus', order: 3, minScore: 60 },
  { id: 'obsession', name: 'Customer obsession', order: 4, minScore: 75 },
  { id: 'devotion', name: 'Customer devotion', order: 5, minScore: 90 },
];
const points: StagePoint[] = [
  { period: '2026-01-01', score: 58, stage: 'sensitivity', gatesFailed: [], note: '' },
  { period: '2026-04-01', score: 62, stage: 'focus', gatesFailed: [], note: '' },
  {
    period: '2026-07-01',
    score: 54,
    stage: 'sensitivity',
    gatesFailed: ['measurement'],
    note: 'Demoted',
  },
  { period: '2026-10-01', score: 55, stage: 'mystery', gatesFailed: [], note: '' },
];

type LineSeries = {
  data: { value: number; symbol: string }[];
  markArea: { data: [{ yAxis: number; name: string }, { yAxis: number }][] };
};

describe('buildStageProgressionOption', () => {
  const option = buildStageProgressionOption({
    steps: stageSteps(points, stages),
    bands: stageBands(stages),
    theme: lightChartTheme,
    locale: 'en-GB',
    t: translatorFor(loadedLocale('en-GB')!),
  });
  const series = (option.series as LineSeries[])[0]!;

  it('draws a band for every catalog stage, five when devotion is there', () => {
    expect(series.markArea.data.map(([from, to]) => [from.name, from.yAxis, to.yAxis])).toEqual([
      ['Customer awareness', 0, 40],
      ['Customer sensitivity', 40, 60],
      ['Customer focus', 60, 75],
      ['Customer obsession', 75, 90],
      ['Customer devotion', 90, 100],
    ]);
  });
  it('labels quarters and plots the scores', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'Q1 2026',
      'Q2 2026',
      'Q3 2026',
      'Q4 2026',
    ]);
    expect(series.data.map((d) => d.value)).toEqual([58, 62, 54, 55]);
  });
  it('marks promotions and demotions, and an unknown stage hollow', () => {
    expect(series.data.map((d) => d.symbol)).toEqual([
      'circle',
      'triangle',
      'path://M0,0 L10,0 L5,10 Z',
      'emptyCircle',
    ]);
  });
});

describe('buildStageProgressionOption in German', () => {
  it('words the tooltip, the series and an unknown stage in German', async () => {
    const de = await loadLocale('de-DE');
    const option = buildStageProgressionOption({
      steps: stageSteps(points, stages),
      bands: stageBands(stages),
      theme: lightChartTheme,
      locale: 'de-DE',
      t: translatorFor(de),
    });
    const tooltip = option.tooltip as { formatter: (raw: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 1 }])).toBe(
      'Q2 2026: Reifegrad 62,0<br/>Gehaltene Stufe: Customer focus<br/>▲ In diesem Quartal aufgestiegen',
    );
    expect(tooltip.formatter([{ dataIndex: 3 }])).toContain('Unbekannte Stufe „mystery“');
    expect((option.series as { name: string }[])[0]!.name).toBe('Reifegrad');
  });
});
