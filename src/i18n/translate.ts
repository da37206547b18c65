// Message catalogs and the translator: typed keys, `{name}` placeholders and plural forms.
import type { Locale as DateLocale } from 'date-fns';

/** A message with plural forms, chosen by the `count` parameter through Intl.PluralRules. */
export interface PluralMessage {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Message = string | PluralMessage;

/** A catalog: nested namespaces of messages. */
export interface MessageTree {
  [key: string]: Message | MessageTree;
}

/** The dotted key of every message in a catalog, e.g. "overview.tile.noSignificantChange". */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends Message ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

export type MessageParams = Record<string, string | number>;

/** Everything one locale brings: its messages, date-fns locale and how it writes weeks. */
export interface LocaleDefinition<M extends MessageTree = MessageTree> {
  /** BCP 47 tag, also the file name: `de-DE.ts`. */
  id: string;
  /** The locale's name in its own language, for a language picker. */
  name: string;
  /** date-fns locale: month and day names, date patterns, week start and first week of the year. */
  dateLocale: DateLocale;
  messages: M;
}

/**
 * A catalog that differs from another in a few messages: any namespace or message of `M` may be
 * given, nothing else. A plural message is replaced whole, so it keeps its `other` form.
 */
export type MessageOverrides<M extends MessageTree> = {
  [K in keyof M]?: M[K] extends string
    ? string
    : M[K] extends PluralMessage
      ? M[K]
      : M[K] extends MessageTree
        ? MessageOverrides<M[K]>
        : never;
};

/** `base` with `overrides` laid over it, namespace by namespace; neither is changed. */
export function withOverrides<M extends MessageTree>(base: M, overrides: MessageOverrides<M>): M {
  return layer(base, overrides as MessageTree) as M;
}

function layer(base: MessageTree, over: MessageTree): MessageTree {
  const out: MessageTree = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = base[key];
    const both = typeof value === 'object' && !isPlural(value) && typeof under === 'object';
    out[key] = both && !isPlural(under) ? layer(under, value) : value;
  }
  return out;
}

export function isPlural(m: Message | MessageTree | undefined): m is PluralMessage {
  return typeof m === 'object' && typeof (m as PluralMessage).other === 'string';
}

function lookup(tree: MessageTree, key: string): Message | undefined {
  let node: Message | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || isPlural(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || isPlural(node) ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const integerFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (!v) {
    v = make();
    map.set(key, v);
  }
  return v;
}

/** The placeholders a message uses, e.g. ["count", "unit"]. */
export function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) {
    for (const m of (text ?? '').matchAll(/\{(\w+)\}/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

export type Translate<M extends MessageTree> = (
  key: MessageKey<M>,
  params?: MessageParams,
) => string;

/**
 * A translator for one locale. A key missing from the catalog (only possible with a catalog that
 * was not type-checked) reads as the key itself, so it is noticed rather than shown blank.
 */
export function createTranslator<M extends MessageTree>(locale: LocaleDefinition<M>): Translate<M> {
  return (key, params) => {
    const message = lookup(locale.messages, key);
    if (message === undefined) return key;
    let text: string;
    if (typeof message === 'string') {
      text = message;
    } else {
      const count = Number(params?.count ?? 0);
      const rules = cached(pluralRules, locale.id, () => new Intl.PluralRules(locale.id));
      text = message[rules.select(count)] ?? message.other;
    }
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'number') {
        return cached(integerFormats, locale.id, () => new Intl.NumberFormat(locale.id)).format(
          value,
        );
      }
      return value;
    });
  };
}
