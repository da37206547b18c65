import { presetRange, resolveRange, writeRange } from './time-range';

const asOf = '2026-11-20T06:00:00Z';

describe('presetRange', () => {
  it('covers whole weeks ending with the week of the data', () => {
    expect(presetRange('13w', asOf)).toEqual({ kind: '13w', from: '2026-08-24', to: '2026-11-20' });
    expect(presetRange('52w', asOf).from).toBe('2025-11-24');
  });
  it('starts year to date on 1 January', () => {
    expect(presetRange('ytd', asOf)).toEqual({ kind: 'ytd', from: '2026-01-01', to: '2026-11-20' });
  });
});

describe('resolveRange', () => {
  const resolve = (search: string) => resolveRange(new URLSearchParams(search), asOf);
  it('defaults to 52 weeks without an issue', () => {
    expect(resolve('')).toMatchObject({ kind: '52w', issue: null });
  });
  it('reads presets and custom ranges', () => {
    expect(resolve('range=26w')).toMatchObject({ kind: '26w', from: '2026-05-25' });
    expect(resolve('range=custom&from=2026-01-05&to=2026-03-29')).toEqual({
      kind: 'custom',
      from: '2026-01-05',
      to: '2026-03-29',
      issue: null,
    });
  });
  it('falls back with the issue for an unknown range, half-cut dates or a reversed range', () => {
    expect(resolve('range=forever')).toEqual({
      ...presetRange('52w', asOf),
      issue: { kind: 'unknown', value: 'forever', options: ['13w', '26w', '52w', 'ytd', 'custom'] },
    });
    expect(resolve('range=custom&from=2026-01-0')).toMatchObject({
      kind: '52w',
      issue: { kind: 'custom-dates', from: '2026-01-0', to: '' },
    });
    expect(resolve('range=custom&from=2026-05-01&to=2026-02-01')).toMatchObject({
      kind: '52w',
      issue: { kind: 'reversed', from: '2026-05-01', to: '2026-02-01' },
    });
  });
});

describe('writeRange', () => {
  it('round-trips through the URL and keeps other parameters', () => {
    const params = writeRange(new URLSearchParams('unit=retail&from=x'), {
      kind: 'custom',
      from: '2026-01-05',
      to: '2026-03-29',
    });
    expect(params.toString()).toBe('unit=retail&range=custom&from=2026-01-05&to=2026-03-29');
    expect(resolveRange(params, asOf)).toMatchObject({
      kind: 'custom',
      from: '2026-01-05',
      to: '2026-03-29',
    });
  });
  it('leaves the default out of the URL and presets without dates', () => {
    expect(writeRange(new URLSearchParams('range=13w'), presetRange('52w', asOf)).toString()).toBe(
      '',
    );
    expect(writeRange(new URLSearchParams(), presetRange('13w', asOf)).toString()).toBe(
      'range=13w',
    );
  });
});
