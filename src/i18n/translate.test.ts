import enGB from './locales/en-GB';
import { createTranslator, placeholders, type LocaleDefinition } from './translate';

const catalog = {
  id: 'en-GB',
  name: 'test',
  dateLocale: enGB.dateLocale,
  messages: {
    greeting: 'Hello, {name}',
    sources: { one: '{count} source failing', other: '{count} sources failing' },
    nested: { deep: 'deep' },
  },
} satisfies LocaleDefinition;

describe('createTranslator', () => {
  const t = createTranslator(catalog);
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('greeting', { name: 'Ada' })).toBe('Hello, Ada');
    expect(t('greeting')).toBe('Hello, {name}');
  });
  it('chooses plural forms by count and formats the count in the locale', () => {
    expect(t('sources', { count: 1 })).toBe('1 source failing');
    expect(t('sources', { count: 12400 })).toBe('12,400 sources failing');
    const de = createTranslator({ ...catalog, id: 'de-DE' });
    expect(de('sources', { count: 12400 })).toBe('12.400 sources failing');
  });
  it('reads nested keys', () => {
    expect(t('nested.deep')).toBe('deep');
  });
  it('shows the key, never a blank, for a key the catalog lacks', () => {
    const loose = createTranslator(catalog as LocaleDefinition) as (k: string) => string;
    expect(loose('nested.missing')).toBe('nested.missing');
    expect(loose('nested')).toBe('nested');
  });
});

describe('placeholders', () => {
  it('lists the names a message uses, across plural forms', () => {
    expect(placeholders('{b} and {a} and {b}')).toEqual(['a', 'b']);
    expect(placeholders({ one: '{count} x', other: '{count} {unit}' })).toEqual(['count', 'unit']);
  });
});
