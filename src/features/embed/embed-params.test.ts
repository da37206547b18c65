import source from '@/i18n/locales/en-GB';
import { loadLocale, translatorFor } from '@/i18n/registry';
import { parseEmbedParams } from './embed-params';

const catalog = {
  units: [
    { id: 'all', name: 'Acme', parentId: null },
    { id: 'retail', name: 'Retail', parentId: 'all' },
  ],
  dataAsOf: '2026-11-20T06:00:00Z',
};
const defaults = { theme: 'light' as const, locale: 'en-GB' as const };
const parse = (q: string) =>
  parseEmbedParams(new URLSearchParams(q), catalog, defaults, translatorFor(source));

describe('parseEmbedParams', () => {
  it('reads unit, range, theme, locale and title', () => {
    expect(parse('unit=retail&range=13w&theme=dark&locale=de-DE&title=off')).toMatchObject({
      ok: true,
      params: {
        unitId: 'retail',
        range: { kind: '13w' },
        theme: 'dark',
        locale: 'de-DE',
        showTitle: false,
      },
    });
  });
  it('defaults to the organisation, 52 weeks, the configured theme and locale, with a title', () => {
    expect(parse('')).toMatchObject({
      ok: true,
      params: { unitId: 'all', range: { kind: '52w' }, theme: 'light', showTitle: true },
    });
  });
  it('names an invalid parameter instead of guessing', () => {
    expect(parse('theme=pink')).toEqual({
      ok: false,
      problem:
        'Parameter “theme=pink” is not valid: expected one of light, dark, auto, high-contrast.',
    });
    expect(parse('unit=atlantis')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('“unit=atlantis” names no business unit'),
    });
    expect(parse('range=forever')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('“forever”'),
    });
    expect(parse('title=maybe')).toMatchObject({ ok: false });
  });
  it('names the problem in the locale', async () => {
    const de = translatorFor(await loadLocale('de-DE'));
    expect(parseEmbedParams(new URLSearchParams('theme=pink'), catalog, defaults, de)).toEqual({
      ok: false,
      problem:
        'Der Parameter „theme=pink“ ist ungültig; erwartet wird einer von: light, dark, auto, high-contrast.',
    });
  });
});
