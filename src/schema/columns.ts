// Column codecs: each turns one CSV cell (a string) into a typed value and carries the
// metadata the data dictionary is generated from. Empty cells mean "absent".
import { z } from 'zod';

export interface ColumnMeta {
  description: string;
  /** The same description in Chinese, for the /zh/ dictionary page. */
  description_zh: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'list';
  values?: readonly string[];
  example: string;
  required: boolean;
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

type Doc = { description: string; description_zh: string; example: string };

export const id = (d: Doc) =>
  column(z.string().regex(ID, 'must be lower-case letters, digits, - or _'), { ...d, type: 'string', required: true });

export const text = (d: Doc) =>
  column(z.string().trim().min(1, 'must not be empty'), { ...d, type: 'string', required: true });

export const optionalText = (d: Doc) =>
  column(z.preprocess(blankToUndefined, z.string().optional()), { ...d, type: 'string', required: false });

/** A verbatim quote: whitespace is meaningful, so it is never trimmed. */
export const verbatim = (d: Doc) =>
  column(z.string().min(1, 'must not be empty'), { ...d, type: 'string', required: true });

const numberFrom = (pattern: RegExp, what: string) =>
  z.string().regex(pattern, `must be a plain ${what} (like 1000 or 4.3, no commas or units)`).transform(Number);

export const integer = (d: Doc) =>
  column(numberFrom(PLAIN_INTEGER, 'integer'), { ...d, type: 'integer', required: true });
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

/** A `;`-separated list; with `values`, every item must be one of them. */
export function list<const V extends readonly [string, ...string[]]>(d: Doc & { values?: V; required?: boolean }) {
  const item = d.values ? z.enum(d.values, { error: `each item must be one of ${d.values.join('|')}` }) : z.string().min(1);
  const parsed = z
    .string()
    .transform((s) => s.split(';').map((x) => x.trim()))
    .pipe(z.array(item));
  const schema = d.required
    ? parsed.refine((a) => a.length > 0, 'must list at least one')
    : z.preprocess((v) => (v === '' || v === undefined ? ';' : v), z.string())
        .transform((s) => s.split(';').map((x) => x.trim()).filter(Boolean))
        .pipe(z.array(item));
  return column(schema, { description: d.description, description_zh: d.description_zh, example: d.example, type: 'list', values: d.values, required: !!d.required });
}

const isRealDate = (s: string) => {
  if (/^\d{4}$/.test(s)) return true;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCFullYear() === +m[1] && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3];
};
export const optionalDateOrYear = (d: Doc) =>
  column(z.preprocess(blankToUndefined, z.string().refine(isRealDate, 'must be an ISO date (2015-04-16) or a year (2016)').optional()), {
    ...d, type: 'date', required: false,
  });

export const year = (d: Doc) =>
  column(numberFrom(/^(19|20)\d{2}$/, 'year').pipe(z.number()), { ...d, type: 'integer', required: true });
export const optionalYear = (d: Doc) =>
  column(z.preprocess(blankToUndefined, numberFrom(/^(19|20)\d{2}$/, 'year').optional()), { ...d, type: 'integer', required: false });

/** A colour as CSS writes it: # and six hex digits. */
export const colour = (d: Doc) =>
  column(z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0072B2'), { ...d, type: 'string', required: true });

/** A code of a fixed number of digits, kept as text (leading zeros matter). */
export const digits = (n: number, d: Doc) =>
  column(z.string().regex(new RegExp(`^\\d{${n}}$`), `must be ${n} digits`), { ...d, type: 'string', required: true });
