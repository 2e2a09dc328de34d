// A locale's catalogue (src/i18n/words/<id>.ts) as the words pages use. Every sentence the site
// composes is an ICU message there (plural, selectordinal, select), rendered at build time with
// intl-messageformat (FormatJS): maintained, small, and it reads plural and ordinal rules from the
// runtime's Intl, so a new locale needs no rules of its own. Browser code reads the same catalogue
// parsed at build time (catalogueAst.ts, messageFormat.ts), and says the same.
//
// Numbers: # and {n, number} are written as the locale writes numbers (formatNumber: 30万 in Chinese);
// {n, number, <style>} is written by the catalogue's own message numbers.<style> (a count in words,
// a rank), so how a language spells its numbers lives in its catalogue too.
import { IntlMessageFormat, type Formats, type Formatters } from 'intl-messageformat';
import { formatNumber, type WritingLocale } from '../charts/format.ts';
import { isMessage, PARSE_OPTIONS } from './catalogueAst.ts';
import type { Args, Message } from './messageFormat.ts';
import enCatalogue from './words/en.ts';
import { localeOf } from './locales.ts';

export type { Args, Message } from './messageFormat.ts';

/** A catalogue as words: each message with arguments a function of them, every other string as it is. */
export type Compiled<T> = T extends string
  ? T extends `${string}{${string}` ? Message : string
  : T extends readonly (infer E)[]
    ? Compiled<E>[]
    : T extends object
      ? { [K in keyof T]: Compiled<T[K]> }
      : T;

interface StyleMarker { messageStyle: string }
const isStyle = (o: unknown): o is StyleMarker => typeof o === 'object' && o !== null && 'messageStyle' in o;

function formattersOf(locale: WritingLocale, style: (name: string, n: number) => string): Formatters {
  const rules = new Map<string, Intl.PluralRules>();
  return {
    // Only format() is called on it (intl-messageformat's formatToParts).
    getNumberFormat: (_locales?: unknown, options?: unknown) => ({
      format: (n: number) => (isStyle(options) ? style(options.messageStyle, n) : formatNumber(n, locale)),
    }) as Intl.NumberFormat,
    getPluralRules: (_locales: unknown, options?: Intl.PluralRulesOptions) => {
      const key = options?.type ?? 'cardinal';
      let r = rules.get(key);
      if (!r) rules.set(key, (r = new Intl.PluralRules(locale.intl, { type: options?.type })));
      return r;
    },
    getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
  };
}

/**
 * Compiles a catalogue: throws, naming the message, if one does not parse. A string is a message when
 * the reference catalogue's string at its place is one (so every locale's words have the same shape).
 */
export function compileCatalogue<T extends object>(catalogue: object, locale: WritingLocale, reference: object = catalogue): Compiled<T> {
  const numbers = ((catalogue as { numbers?: Record<string, string> }).numbers ?? {});
  const plain = formattersOf(locale, () => { throw new Error('numbers.* messages cannot use a number style'); });
  const styleMessages = new Map(Object.entries(numbers).map(([k, m]) => [k, new IntlMessageFormat(m, locale.intl, undefined, { ...PARSE_OPTIONS, formatters: plain })]));
  const style = (name: string, n: number) => {
    const m = styleMessages.get(name);
    if (!m) throw new Error(`no number style "${name}": add it to the catalogue's numbers`);
    return String(m.format({ n }));
  };
  // A named style of the catalogue stands in intl-messageformat's formats as a marker its number format recognises.
  const formats = { number: Object.fromEntries([...styleMessages.keys()].map((k) => [k, { messageStyle: k } as Intl.NumberFormatOptions])) } as Partial<Formats>;
  const formatters = formattersOf(locale, style);
  const walk = (v: unknown, ref: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      if (!isMessage(typeof ref === 'string' ? ref : v) && !isMessage(v)) return v;
      let format: IntlMessageFormat;
      try {
        format = new IntlMessageFormat(v, locale.intl, formats, { ...PARSE_OPTIONS, formatters });
      } catch (e) { throw new Error(`message ${path} does not parse: ${(e as Error).message}`); }
      return ((args: Args = {}) => {
        try { return String(format.format(args)); } catch (e) { throw new Error(`message ${path}: ${(e as Error).message}`); }
      }) satisfies Message;
    }
    const at = (k: string | number) => (ref && typeof ref === 'object' ? (ref as Record<string | number, unknown>)[k] : undefined);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, at(i), `${path}[${i}]`));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, at(k), path ? `${path}.${k}` : k)]));
    return v;
  };
  return walk(catalogue, reference, '') as Compiled<T>;
}

let english: Compiled<typeof enCatalogue> | undefined;
/** The English words, for code that runs outside Vite (the downloads' README and datapackage.json are English). */
export const englishWords = () => (english ??= compileCatalogue<typeof enCatalogue>(enCatalogue, localeOf('en')));
