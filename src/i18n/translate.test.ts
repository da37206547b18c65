import enGB, { type Messages } from './locales/en-GB';
import {
  createTranslator,
  placeholders,
  withOverrides,
  type LocaleDefinition,
  type MessageOverrides,
} from './translate';

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

describe('withOverrides', () => {
  const base = {
    a: 'A',
    n: { b: 'B', c: 'C', p: { one: '{count} day', other: '{count} days' } },
  };

  it('replaces the messages given and keeps every other, without changing either catalog', () => {
    const before = JSON.stringify(base);
    const merged = withOverrides(base, { n: { c: 'see' } });
    expect(merged).toEqual({ a: 'A', n: { b: 'B', c: 'see', p: base.n.p } });
    expect(JSON.stringify(base)).toBe(before);
  });

  it('replaces a plural message whole', () => {
    const merged = withOverrides(base, { n: { p: { one: 'a day', other: '{count} days' } } });
    expect(merged.n.p).toEqual({ one: 'a day', other: '{count} days' });
  });

  it('lets TypeScript refuse a message the source lacks, and a plural without its other form', () => {
    // These fail `npm run typecheck` if the override type stops refusing them.
    const unknownKey: MessageOverrides<Messages> = {
      // @ts-expect-error en-GB has no such message
      dates: { fortnight: 'F{week}' },
    };
    // @ts-expect-error a plural override replaces the whole message, `other` included
    const halfPlural: MessageOverrides<Messages> = { dates: { ageDays: { one: 'a day' } } };
    // @ts-expect-error a full catalog (de-DE, en-GB) must have every message of the source
    const missing: Messages = { ...enGB.messages, dates: { week: 'W{week}' } };
    expect([unknownKey, halfPlural, missing]).toHaveLength(3);
  });
});
