// Numbers and composed text as a locale writes them, shared by prose, charts, tables and embeds
// (locales.ts: intl and writing). Browser-safe: the compare page formats with it too.
import type { Locale } from '../i18n/locales.ts';
import { chinesePunctuation } from '../i18n/punctuation.ts';

/** What writing a number or a composed label needs to know of a locale. */
export type WritingLocale = Pick<Locale, 'intl' | 'writing'>;

/** Decimals kept: none from 100 up, more the smaller the number, so a share or a rate keeps its meaning. */
const fractionDigits = (abs: number) => (abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3);

/**
 * A number as the locale writes it: grouped digits in English (300,000), the language's own large
 * units in Chinese (30万, 1.5亿). Written in a large unit it keeps the precision it has in digits
 * (12,345 → 1.2345万), so no locale shows less of a figure than another; the unit is chosen after
 * rounding, so 9,999.6 is 1万, not 10000.
 */
// Building an Intl.NumberFormat costs far more than using one: a build formats numbers on every
// page, so formatters are kept per locale, decimals and grouping (a handful in all).
const formatters = new Map<string, Intl.NumberFormat>();
export function numberFormat(intl: string, maximumFractionDigits: number, useGrouping: 'auto' | 'min2'): Intl.NumberFormat {
  const key = `${intl} ${maximumFractionDigits} ${useGrouping}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(intl, { maximumFractionDigits, useGrouping })));
  return format;
}

export function formatNumber(value: number, locale: WritingLocale): string {
  const abs = Math.abs(value);
  const digits = fractionDigits(abs);
  const { largeUnits, grouping } = locale.writing;
  const rounded = Number(abs.toFixed(digits));
  const unit = Number.isFinite(value) ? largeUnits.findLast((u) => rounded >= u.factor) : undefined;
  if (!unit) return numberFormat(locale.intl, digits, grouping).format(value);
  const shift = Math.round(Math.log10(unit.factor));
  const scaled = (Math.sign(value) * rounded) / unit.factor;
  return numberFormat(locale.intl, Math.min(digits + shift, 20), grouping).format(scaled) + unit.word;
}

/** A full stop ending a sentence (a space or the end after it, so never a decimal point) after Chinese or a number. */
const FULL_STOP = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\d%])\.(?=\s|$)/gu;

/** A bracket pair with no bracket inside. */
const BRACKETS = /\s*\(([^()]*)\)\s*/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Text composed of words and data (a mark's label, a summary, a table cell) with its punctuation as
 * the locale writes it: in Chinese the , ; : ( ) ? ! beside a Chinese character become full-width, a
 * sentence's full stop after Chinese or a number is 。, and no space stands around them. A label that
 * is Chinese brackets its numbers full-width too (68%（19/28）), as a Chinese sentence does, though
 * digits stand on both sides of the marks. Not for verbatim quotes, which stay as written.
 */
export function typeset(text: string, locale: Pick<Locale, 'writing'>): string {
  if (!locale.writing.fullWidthMarks) return text;
  const marks = chinesePunctuation(text).replace(FULL_STOP, '。').replace(/\s*。\s*/gu, '。');
  return HAN.test(marks) ? marks.replace(BRACKETS, '（$1）') : marks;
}

/** Round brackets in a locale's punctuation, for words set around markup (a code, a link) that typeset cannot see. */
export const brackets = (locale: Pick<Locale, 'writing'>): [string, string] => (locale.writing.fullWidthMarks ? ['（', '）'] : ['(', ')']);

export const COMPARATOR_SIGN: Record<string, string> = { eq: '', gte: '≥ ', gt: '> ', lte: '≤ ', lt: '< ', approx: '≈ ', range: '' };
