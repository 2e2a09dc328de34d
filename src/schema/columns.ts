// Column codecs: each turns one CSV cell (a string) into a typed value and carries the
// metadata the data dictionary is generated from. Empty cells mean "absent".
import { z } from 'zod';

export interface ColumnMeta {
  /** The column's header in the Chinese downloads (<table>.zh.csv); the English ones keep the column's name. */
  title_zh: string;
  description: string;
  /** The same description in Chinese, for the /zh/ dictionary page. */
  description_zh: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';
  values?: readonly string[];
  example: string;
  required: boolean;
  /** Smallest and largest value allowed (numbers, and years). */
  minimum?: number;
  maximum?: number;
  /** A pattern every value matches, as written (for datapackage.json's constraints). */
  pattern?: string;
  /**
   * Text on one line: no line break, tab, other control character or bidirectional override. Every
   * text column is, except the passages (verbatim quotes, which may span lines and are escaped on output).
   */
  singleLine?: boolean;
}

const metas = new WeakMap<z.ZodType, ColumnMeta>();
export const columnMeta = (schema: z.ZodType): ColumnMeta | undefined => metas.get(schema);

function column<T extends z.ZodType>(schema: T, meta: ColumnMeta): T {
  metas.set(schema, meta);
  return schema;
}

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const PLAIN_INTEGER = /^-?(0|[1-9]\d*)$/;
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

type Doc = { title_zh: string; description: string; description_zh: string; example: string };

// What a one-line value may not hold: a line break or tab (a RIS line, a CSV row or a feed title
// could end early), another control character, or a bidirectional control (U+202A–U+202E,
// U+2066–U+2069) that shows a reader text in another order than it is stored.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_NAMES: Record<string, string> = { '\n': 'a line break', '\r': 'a carriage return', '\t': 'a tab', '\u2028': 'a line separator', '\u2029': 'a paragraph separator' };
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
/** Why a value is not one line of text, or undefined when it is. */
export function notOneLine(value: string): string | undefined {
  const ch = CONTROL.exec(value)?.[0];
  if (ch === undefined) return undefined;
  const what = CONTROL_NAMES[ch] ?? (/[\u202a-\u202e\u2066-\u2069]/u.test(ch) ? 'a bidirectional control' : 'a control character');
  return `must be one line of text: it holds ${what} (${codePoint(ch)})`;
}
const oneLine = () => z.string().refine((s) => notOneLine(s) === undefined, { error: (issue) => notOneLine(String(issue.input)) ?? 'must be one line of text' });

export const id = (d: Doc) =>
  column(z.string().regex(ID, 'must be lower-case letters, digits, - or _'), { ...d, type: 'string', required: true });

export const text = (d: Doc) =>
  column(oneLine().trim().min(1, 'must not be empty'), { ...d, type: 'string', required: true, singleLine: true });

export const optionalText = (d: Doc) =>
  column(z.preprocess(blankToUndefined, oneLine().optional()), { ...d, type: 'string', required: false, singleLine: true });

/** Verbatim words on one line (a figure or a term as written): whitespace is meaningful, so it is never trimmed. */
export const verbatim = (d: Doc) =>
  column(oneLine().min(1, 'must not be empty'), { ...d, type: 'string', required: true, singleLine: true });

/** A verbatim passage of a text (a quote), which may span lines: never trimmed, escaped on output. */
export const passage = (d: Doc) =>
  column(z.string().min(1, 'must not be empty'), { ...d, type: 'string', required: true, singleLine: false });
/** Verbatim words on one line that a row may leave out (empty); when present, never trimmed. */
export const optionalVerbatim = (d: Doc) =>
  column(z.preprocess(blankToUndefined, oneLine().optional()), { ...d, type: 'string', required: false, singleLine: true });

const numberFrom = (pattern: RegExp, what: string) =>
  z.string().regex(pattern, `must be a plain ${what} (like 1000 or 4.3, no commas or units)`).transform(Number);

export const integer = (d: Doc) =>
  column(numberFrom(PLAIN_INTEGER, 'integer'), { ...d, type: 'integer', required: true });

/** A count of people or things: a whole number of at least 1. */
export const positiveInteger = (d: Doc) =>
  column(numberFrom(PLAIN_INTEGER, 'integer').pipe(z.number().min(1, 'must be a whole number of at least 1')), { ...d, type: 'integer', required: true, minimum: 1 });
export const optionalPositiveInteger = (d: Doc) =>
  column(z.preprocess(blankToUndefined, numberFrom(PLAIN_INTEGER, 'integer').pipe(z.number().min(1, 'must be a whole number of at least 1')).optional()), {
    ...d, type: 'integer', required: false, minimum: 1,
  });

/** An optional number within [minimum, maximum], e.g. a coordinate inside China's extent. */
export const optionalNumberWithin = (minimum: number, maximum: number, what: string, d: Doc) =>
  column(z.preprocess(blankToUndefined, numberFrom(PLAIN_NUMBER, 'number').pipe(z.number().min(minimum, `must be ${what} (${minimum} to ${maximum})`).max(maximum, `must be ${what} (${minimum} to ${maximum})`)).optional()), {
    ...d, type: 'number', required: false, minimum, maximum,
  });

/** A code written exactly to a pattern (e.g. six digits). */
export const code = (pattern: RegExp, what: string, d: Doc) =>
  column(z.string().regex(pattern, `must be ${what}`), { ...d, type: 'string', required: true, pattern: pattern.source.replace(/^\^|\$$/g, '') });
export const optionalInteger = (d: Doc) =>
  column(z.preprocess(blankToUndefined, numberFrom(PLAIN_INTEGER, 'integer').optional()), { ...d, type: 'integer', required: false });
export const number = (d: Doc) =>
  column(numberFrom(PLAIN_NUMBER, 'number'), { ...d, type: 'number', required: true });
export const optionalNumber = (d: Doc) =>
  column(z.preprocess(blankToUndefined, numberFrom(PLAIN_NUMBER, 'number').optional()), { ...d, type: 'number', required: false });

export const boolean = (d: Doc) =>
  column(z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true'), {
    ...d, type: 'boolean', values: ['true', 'false'], required: true,
  });

export function oneOf<const V extends readonly [string, ...string[]]>(values: V, d: Doc) {
  return column(z.enum(values, { error: `must be one of ${values.join('|')}` }), { ...d, type: 'string', values, required: true });
}
export function optionalOneOf<const V extends readonly [string, ...string[]]>(values: V, d: Doc) {
  return column(z.preprocess(blankToUndefined, z.enum(values, { error: `must be one of ${values.join('|')}` }).optional()), {
    ...d, type: 'string', values, required: false,
  });
}

// The published datapackage.json says what a list looks like: items without spaces around them.
const LIST_ITEM = String.raw`[^;\s](?:[^;]*[^;\s])?`;
const spaced = (s: string) => s.split(';').some((x) => x !== x.trim());
const LIST_SPACES = 'write a ; list without spaces around its items (like a;b)';

/** A `;`-separated list, written without spaces around items; with `values`, every item must be one of them. */
export function list<const V extends readonly [string, ...string[]]>(d: Doc & { values?: V; required?: boolean }) {
  const item = d.values ? z.enum(d.values, { error: `each item must be one of ${d.values.join('|')}` }) : z.string().min(1, 'has an empty item (two ; in a row, or one at an end)');
  const written = oneLine().refine((s) => !spaced(s), LIST_SPACES);
  const parsed = written
    .transform((s) => s.split(';'))
    .pipe(z.array(item));
  const schema = d.required
    ? parsed.refine((a) => a.length > 0, 'must list at least one')
    : z.preprocess((v) => (v === undefined ? '' : v), written)
        .transform((s) => (s === '' ? [] : s.split(';')))
        .pipe(z.array(item));
  return column(schema, {
    title_zh: d.title_zh, description: d.description, description_zh: d.description_zh, example: d.example, type: 'list', values: d.values, required: !!d.required, singleLine: true,
    pattern: d.values ? undefined : `${LIST_ITEM}(?:;${LIST_ITEM})*`,
  });
}

/** Years the plans and their populations can refer to: from the founding of the PRC to the end of the century. */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;
const inYears = (y: number) => y >= FIRST_YEAR && y <= LAST_YEAR;
const YEARS = `a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

const isRealDate = (s: string) => {
  if (/^\d{4}$/.test(s)) return inYears(+s);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !inYears(+m[1])) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
};
export const optionalDateOrYear = (d: Doc) =>
  column(z.preprocess(blankToUndefined, z.string().refine(isRealDate, `must be an ISO date (2015-04-16) or a year (2016), in ${FIRST_YEAR}–${LAST_YEAR}`).optional()), {
    ...d, type: 'date', required: false,
  });

const yearFrom = () => numberFrom(/^\d{4}$/, 'year').pipe(z.number().refine(inYears, `must be ${YEARS}`));
export const year = (d: Doc) =>
  column(yearFrom(), { ...d, type: 'integer', required: true, minimum: FIRST_YEAR, maximum: LAST_YEAR });
export const optionalYear = (d: Doc) =>
  column(z.preprocess(blankToUndefined, yearFrom().optional()), { ...d, type: 'integer', required: false, minimum: FIRST_YEAR, maximum: LAST_YEAR });

/** An optional web address: http(s) only, so a link made from it never runs script. */
export const optionalUrl = (d: Doc) =>
  column(z.preprocess(blankToUndefined, z.string().regex(/^https?:\/\/[^\s"<>]+$/, 'must be an http(s) address with no spaces').optional()), {
    ...d, type: 'string', required: false,
  });

/** A colour as CSS writes it: # and six hex digits. */
export const colour = (d: Doc) =>
  column(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0072B2'), { ...d, type: 'string', required: true });

/** A code of a fixed number of digits, kept as text (leading zeros matter). */
export const digits = (n: number, d: Doc) =>
  column(z.string().regex(new RegExp(`^\\d{${n}}$`), `must be ${n} digits`), { ...d, type: 'string', required: true });
