// The browser's reader of a locale's catalogue. The catalogue's ICU messages are parsed when the site
// is built (catalogueAst.ts) into the small form below, so the browser carries no parser and no
// intl-messageformat: this formatter reads that form with the runtime's Intl.PluralRules and the
// site's own number format. It must say exactly what intl-messageformat says at build time
// (messages.ts); messages.test.ts renders every message of every locale with both and compares.
import { formatNumber, type WritingLocale } from '../charts/format.ts';

/**
 * One piece of a parsed message: literal text; 0 for the # of a plural (its number); [name] an
 * argument as given; [name, 'n', style?] a number; [name, 'p' | 'o', offset, options] a plural or
 * ordinal plural; [name, 's', options] a select.
 */
export type Part =
  | string
  | 0
  | [string]
  | [string, 'n', string?]
  | [string, 'p' | 'o', number, Record<string, Part[]>]
  | [string, 's', Record<string, Part[]>];

/** A message in its parsed form, as the catalogue tree holds it: `{ $: parts }`. */
export interface ParsedMessage { $: Part[] }
export type Args = Record<string, string | number>;
/** A message with arguments, ready to say: the same function at build time and in the browser. */
export type Message = (args?: Args) => string;

export const isParsed = (v: unknown): v is ParsedMessage => typeof v === 'object' && v !== null && '$' in v;

interface Formatting {
  number: (n: number, style?: string) => string;
  rule: (n: number, ordinal: boolean) => string;
}

const own = (options: Record<string, Part[]>, key: string) => (Object.hasOwn(options, key) ? options[key] : undefined);

function render(parts: Part[], args: Args, f: Formatting, pound?: number): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') { out += p; continue; }
    if (p === 0) { if (pound !== undefined) out += f.number(pound); continue; }
    const name = p[0];
    if (!(name in args)) throw new Error(`message needs the argument "${name}"`);
    const v = args[name];
    if (p.length === 1) out += typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    else if (p[1] === 'n') out += f.number(Number(v), p[2]);
    else if (p[1] === 's') out += render(own(p[2], String(v)) ?? p[2].other, args, f);
    else {
      const n = Number(v);
      const options = p[3];
      const chosen = own(options, `=${v}`) ?? own(options, f.rule(n - p[2], p[1] === 'o')) ?? options.other;
      out += render(chosen, args, f, n - p[2]);
    }
  }
  return out;
}

/** The catalogue's number styles ({n, number, count}) are messages of its `numbers` group. */
function formatting(locale: WritingLocale, styles: Record<string, Part[]>): Formatting {
  const rules = new Map<boolean, Intl.PluralRules>();
  const rule = (n: number, ordinal: boolean) => {
    let r = rules.get(ordinal);
    if (!r) rules.set(ordinal, (r = new Intl.PluralRules(locale.intl, { type: ordinal ? 'ordinal' : 'cardinal' })));
    return r.select(n);
  };
  const plain: Formatting = { number: (n) => formatNumber(n, locale), rule };
  return { rule, number: (n, style) => (style && styles[style] ? render(styles[style], { n }, plain) : formatNumber(n, locale)) };
}

/** A parsed catalogue as words: each parsed message a function of its arguments, everything else as it is. */
export function wordsOfParsed<T>(tree: unknown, locale: WritingLocale): T {
  const numbers = (tree as { numbers?: Record<string, unknown> }).numbers ?? {};
  const styles = Object.fromEntries(Object.entries(numbers).filter(([, v]) => isParsed(v)).map(([k, v]) => [k, (v as ParsedMessage).$]));
  const f = formatting(locale, styles);
  const walk = (v: unknown): unknown => {
    if (isParsed(v)) return (args: Args = {}) => render(v.$, args, f);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(tree) as T;
}
