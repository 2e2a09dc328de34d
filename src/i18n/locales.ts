// The languages the site is published in, declared once. Each locale's interface words live in
// words/<id>.ts; its pages live under its prefix; data text is read from the columns of its data
// language (the tables are written in English and Chinese: <field>_en / <field>_zh). Source texts
// and quotes are shown as written whatever the locale.
export interface Locale {
  id: string;
  /** Path prefix of its pages: '' for the default locale, else '<segment>/'. */
  prefix: string;
  /** The html lang attribute and hreflang of its pages (BCP 47). */
  htmlLang: string;
  /** Which of the tables' languages its data text is read in. */
  data: DataLang;
  /** Intl locale for numbers and dates. */
  intl: string;
  /** Suffix of its chart CSVs before .csv: '' or '.<id>'. */
  csvSuffix: string;
  /** How its numbers and punctuation are written where Intl's conventions are not the language's own. */
  writing: WritingConventions;
}

export interface WritingConventions {
  /**
   * The powers of ten a language names and writes large numbers in (30万, 1.5亿), smallest first; a number
   * is written in the largest it reaches. None: every number in digits, grouped by Intl.
   */
  largeUnits: readonly { factor: number; word: string }[];
  /** Intl's digit grouping: 'min2' leaves four-digit numbers ungrouped (5000, as GB/T 15835 allows). */
  grouping: 'auto' | 'min2';
  /** Whether a , ; : ( ) ? ! beside a Chinese character is written full-width (，；：（）？！), as Chinese prose is. */
  fullWidthMarks: boolean;
}

/** The languages the data tables are written in, and how html marks text in each. */
export type DataLang = 'en' | 'zh';
export const DATA_LANG_TAGS: Record<DataLang, string> = { en: 'en', zh: 'zh-CN' };
/** The source texts, quotes and units' names are Chinese as written, whatever the page's locale. */
export const SOURCE_LANG = DATA_LANG_TAGS.zh;

export const LOCALES = [
  { id: 'en', prefix: '', htmlLang: 'en', data: 'en', intl: 'en-GB', csvSuffix: '', writing: { largeUnits: [], grouping: 'auto', fullWidthMarks: false } },
  {
    id: 'zh', prefix: 'zh/', htmlLang: 'zh-CN', data: 'zh', intl: 'zh-CN', csvSuffix: '.zh',
    writing: { largeUnits: [{ factor: 1e4, word: '万' }, { factor: 1e8, word: '亿' }, { factor: 1e12, word: '万亿' }], grouping: 'min2', fullWidthMarks: true },
  },
] as const satisfies readonly Locale[];

export type Lang = (typeof LOCALES)[number]['id'];

/** The locale of unprefixed URLs, and hreflang="x-default". */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

export function localeOf(lang: string): Locale {
  const locale = (LOCALES as readonly Locale[]).find((l) => l.id === lang);
  if (!locale) throw new Error(`no locale "${lang}" in src/i18n/locales.ts`);
  return locale;
}

/**
 * The text of a bilingual column in a data language: `<field>_en` / `<field>_zh`, or, for columns the
 * data model names without a suffix in English (issued_note, notes, reason…), `<field>` / `<field>_zh`.
 */
export function pick<T extends object>(row: T, field: string, data: DataLang): string {
  const r = row as Record<string, unknown>;
  return String(r[`${field}_${data}`] ?? r[field] ?? '');
}
