import type { PillarsResponse } from '@/api/schemas';
import { toPillarHealthModel } from './pillar-health';

const pillars = [
  { id: 'culture', name: 'Culture', description: '' },
  { id: 'voice', name: 'Voice of the customer', description: '' },
];

const data: PillarsResponse = {
  unit: 'retail',
  grain: 'month',
  series: [
    {
      pillar: 'culture',
      points: [
        { period: '2026-08-01', score: 61, respondents: 120 },
        { period: '2026-09-01', score: null, respondents: 0 },
        { period: '2026-10-01', score: 64.5, respondents: 130 },
      ],
    },
  ],
};

describe('toPillarHealthModel', () => {
  it('gives every catalog pillar a row, in catalog order, answered or not', () => {
    const { rows } = toPillarHealthModel(data, { pillars });
    expect(rows.map((r) => r.pillar.id)).toEqual(['culture', 'voice']);
    expect(rows[0]!.scores.get('2026-10-01')).toBe(64.5);
    expect(rows[1]!.scores.size).toBe(0);
  });

  it('shows the months of the range, but names the latest month of the whole answer', () => {
    const model = toPillarHealthModel(data, { pillars }, { from: '2026-08-10', to: '2026-09-30' });
    // A month counts when any of its days falls in the range.
    expect(model.months).toEqual(['2026-08-01', '2026-09-01']);
    expect(model.latest).toBe('2026-10-01');
    expect(toPillarHealthModel(data, { pillars }).months).toHaveLength(3);
  });

  it('has no latest month when nothing was assessed', () => {
    expect(toPillarHealthModel({ ...data, series: [] }, { pillars }).latest).toBeNull();
  });
});
