// Every locale has every string of the source locale (en-GB), with the same placeholders, and
// actually translates: a catalog that copies English into German fails here.
import { vi } from 'vitest';
import { isPlural, placeholders, type Message, type MessageTree } from './translate';
import {
  loadLocale,
  localeIds,
  localeNames,
  matchLocale,
  resolveLocale,
  sourceLocaleId,
} from './registry';
import source from './locales/en-GB';
import enUS, { overrides as usOverrides } from './locales/en-US';

function leaves(tree: MessageTree, prefix = ''): Map<string, Message> {
  const out = new Map<string, Message>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || isPlural(value)) out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const sourceLeaves = leaves(source.messages);

describe('locale catalogs', () => {
  it('offers English (UK and US) and German, one file each', () => {
    expect(localeIds).toEqual(expect.arrayContaining(['de-DE', 'en-GB', 'en-US']));
  });

  it('has a real source catalog', () => {
    expect(sourceLeaves.size).toBeGreaterThan(20);
  });

  describe.each(localeIds)('%s', (id) => {
    it('names itself after its file and carries a date-fns locale with week rules', async () => {
      const locale = await loadLocale(id);
      expect(locale.id).toBe(id);
      expect(localeNames[id], 'its name in the language picker').toBe(locale.name);
      expect(locale.dateLocale.options?.weekStartsOn).toBeTypeOf('number');
      expect(locale.dateLocale.options?.firstWeekContainsDate).toBeTypeOf('number');
    });

    it('has every message of the source locale, non-empty, with the same placeholders', async () => {
      const mine = leaves((await loadLocale(id)).messages);
      const missing = [...sourceLeaves.keys()].filter((k) => !mine.has(k));
      const extra = [...mine.keys()].filter((k) => !sourceLeaves.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      for (const [key, message] of mine) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text?.trim(), key).not.toBe('');
        expect(placeholders(message), key).toEqual(placeholders(sourceLeaves.get(key)!));
        if (isPlural(message)) expect(message.other, key).toBeTruthy();
      }
    });
  });

  it('translates German rather than copying English', async () => {
    const de = leaves((await loadLocale('de-DE')).messages);
    const same = [...de].filter(([k, m]) => {
      const en = sourceLeaves.get(k)!;
      const words = JSON.stringify(m).replace(/\{\w+\}/g, '');
      return JSON.stringify(m) === JSON.stringify(en) && /[a-z]{4}/i.test(words);
    });
    // Words that German borrows as they are (e.g. "Dashboard", "Embed") may match; little else.
    expect(same.length / de.size).toBeLessThan(0.08);
  });
});

describe('English (US)', () => {
  it('is the source catalog with only its own differences laid over it', () => {
    const us = leaves(enUS.messages);
    const overridden = leaves(usOverrides as MessageTree);
    expect(overridden.size).toBeGreaterThan(0);
    for (const [key, message] of us) {
      const expected = overridden.get(key) ?? sourceLeaves.get(key);
      expect(message, key).toEqual(expected);
    }
    expect(us.get('dates.dayMonthPattern')).toBe('MMM d');
    expect(us.get('app.nav.overview')).toBe(sourceLeaves.get('app.nav.overview'));
  });

  it('overrides nothing with the words it already has', () => {
    const same = [...leaves(usOverrides as MessageTree)].filter(
      ([key, message]) => JSON.stringify(message) === JSON.stringify(sourceLeaves.get(key)),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });
});

describe('loading only the reader’s catalog', () => {
  // A fresh registry, as in a page: the test setup's preloaded source catalog is not in it.
  async function freshPage() {
    vi.resetModules();
    const registry = await import('./registry');
    const dates = await import('@/lib/format/dates');
    return { registry, dates };
  }

  it('knows the source locale by id before its catalog loads', async () => {
    const { registry } = await freshPage();
    expect(registry.sourceLocaleId).toBe(source.id);
    expect(registry.loadedLocale(registry.sourceLocaleId)).toBeUndefined();
  });

  it('words a German reader’s dates without the English catalog', async () => {
    const { registry, dates } = await freshPage();
    expect(() => dates.formatWeekNumber('2026-11-16', 'de-DE')).toThrow(/no locale catalog/);
    await registry.loadLocale('de-DE');
    expect(dates.formatWeekNumber('2026-11-16', 'de-DE')).toBe('KW 47/2026');
    expect(registry.loadedLocale('en-GB')).toBeUndefined();
  });

  it('words in another loaded catalog while the one asked for is still loading', async () => {
    const { registry, dates } = await freshPage();
    await registry.loadLocale('de-DE');
    expect(dates.formatWeekNumber('2026-11-16', 'en-US')).toBe('KW 47/2026');
    await registry.loadLocale('en-US');
    expect(dates.formatWeekNumber('2026-11-16', 'en-US')).toBe('Wk 47 2026');
  });
});

describe('choosing the locale', () => {
  it('matches browser languages to an available locale', () => {
    expect(matchLocale('de-AT')).toBe('de-DE');
    expect(matchLocale('de')).toBe('de-DE');
    expect(matchLocale('en-us')).toBe('en-US');
    expect(matchLocale('en')).toBe('en-GB');
    expect(matchLocale('en-AU')).toBe(sourceLocaleId);
    expect(matchLocale('fr-FR')).toBeNull();
  });

  it('takes the address first, then the user, config and the browser', () => {
    const all = { fromUser: 'en-US', fromConfig: 'en-GB', fromBrowser: ['de-CH'] };
    expect(resolveLocale({ ...all, fromUrl: 'de-DE' })).toEqual({ id: 'de-DE' });
    expect(resolveLocale(all)).toEqual({ id: 'en-US' });
    expect(resolveLocale({ ...all, fromUser: null })).toEqual({ id: 'en-GB' });
    expect(resolveLocale({ fromBrowser: ['fr-FR', 'de-CH'] })).toEqual({ id: 'de-DE' });
    expect(resolveLocale({ fromBrowser: ['fr-FR'] })).toEqual({ id: 'en-GB' });
  });

  it('falls back, and says so, when the address names no available locale', () => {
    expect(resolveLocale({ fromUrl: 'xx-YY', fromConfig: 'en-US' })).toEqual({
      id: 'en-US',
      invalidUrlValue: 'xx-YY',
    });
  });
});
