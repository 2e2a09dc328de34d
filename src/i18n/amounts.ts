// The reading of a figure that readers see beside the figure as written: its comparator in words, its
// amount in the base unit with 万 and 亿 multiplied out, named in the page's language, and what it is
// per. One formatter for every page, card and table, so a figure reads the same wherever it is shown.
// Pure and browser-safe: it takes the words it needs and imports only types and vocabularies.
import type { Target } from '../schema/index.ts';
import type { Words } from './words.ts';
import { formatNumber, numberFormat, type WritingLocale } from '../charts/format.ts';

export type AmountFigure = Pick<Target, 'comparator' | 'value' | 'value_max' | 'unit_zh' | 'value_base' | 'base_unit' | 'per'>;
export type AmountWords = Words['amounts'];
/** A figure as written with what its reading needs: what the compare page's script is sent. */
export type ComparedFigure = AmountFigure & Pick<Target, 'value_text'>;
type BaseUnit = Target['base_unit'];

/**
 * Every unit the figures are written in, with the base units it may be coded as. A reading is named
 * after the base unit, so a unit missing here (or coded as a base unit it cannot be) would be read
 * under a wrong name: it stops the build instead. Add a new unit here with the base units it counts.
 */
export const UNITS_AS_WRITTEN: Readonly<Record<string, readonly BaseUnit[]>> = {
  个: ['facility', 'entity', 'project', 'count'],
  家: ['entity', 'facility'],
  户: ['entity'],
  项: ['count', 'project'],
  起: ['count'],
  人: ['person'],
  名: ['person'],
  万人: ['person'],
  人次: ['person_time'],
  次: ['event'],
  期: ['event'],
  元: ['cny'],
  万元: ['cny'],
  亿元: ['cny'],
  平米: ['m2'],
  平方米: ['m2'],
  万平方米: ['m2'],
  '%': ['percent'],
  ':1': ['ratio'],
  年: ['year'],
};

/** Units as written that are a measure word alone, which a Chinese reading keeps (2700个 stays 2700个). */
const COUNTERS: ReadonlySet<string> = new Set(['个', '家', '户', '项', '起', '人', '名', '次', '期']);

/** Base units that count whole things, whose small counts prose spells out. */
const COUNTED: readonly BaseUnit[] = ['person', 'person_time', 'entity', 'facility', 'project', 'event', 'year', 'month', 'day'];

/** Throws unless the figure's unit as written is known and may be read in its base unit. */
export function checkUnit(figure: Pick<AmountFigure, 'unit_zh' | 'base_unit'>): void {
  const bases = UNITS_AS_WRITTEN[figure.unit_zh];
  if (!bases) throw new Error(`unit "${figure.unit_zh}" has no reading: add it to UNITS_AS_WRITTEN in src/i18n/amounts.ts`);
  if (!bases.includes(figure.base_unit)) throw new Error(`unit "${figure.unit_zh}" is not read as ${figure.base_unit} (src/i18n/amounts.ts: ${bases.join(', ')})`);
}

/** The upper end of a range in the base unit: value_max carries the multiplier of value. */
export const valueMaxBase = (f: Pick<AmountFigure, 'value' | 'value_max' | 'value_base'>): number | undefined =>
  f.value_max === undefined ? undefined : f.value === 0 ? f.value_max : f.value_max * (f.value_base / f.value);

/**
 * The figure as readers read it in a language: "at least 300,000 people", "CNY 10 million", "two years
 * per person", "1 to 2 events a year"; in Chinese "不少于30万人". Numbers are written as the locale
 * writes them (formatNumber: 万 and 亿 in Chinese); amounts in a scale of the words (millions of yuan)
 * keep every digit the text gives.
 */
export function formatAmount(figure: AmountFigure, words: AmountWords, locale: WritingLocale): string {
  checkUnit(figure);
  const unit = figure.base_unit;
  const low = figure.value_base;
  const high = figure.comparator === 'range' ? valueMaxBase(figure) : undefined;
  const top = high ?? low;
  const scale = words.scaled.includes(unit) ? words.scales.find((s) => Math.abs(top) >= s.from) : undefined;
  const exact = numberFormat(locale.intl, 6, 'auto');
  const number = (n: number) => (scale ? exact.format(n / scale.from) : COUNTED.includes(unit) ? words.spell({ n }) : formatNumber(n, locale));
  const count = high === undefined ? number(low) : words.range({ from: number(low), to: number(high) });
  const scaledCount = scale ? scale.n({ n: count }) : count;
  const quantity = words.counterAsWritten && COUNTERS.has(figure.unit_zh)
    ? words.counted({ n: scaledCount, counter: figure.unit_zh })
    : words.units[unit]({ n: scaledCount, count: top });
  const compared = words.comparators[figure.comparator]({ n: quantity });
  return figure.per ? words.per[figure.per]({ n: compared }) : compared;
}

/** The reading to show beside a figure as written: none where it would only repeat it (5400人 on a Chinese page). */
export function readingBeside(figure: ComparedFigure, words: AmountWords, locale: WritingLocale): string | undefined {
  const reading = formatAmount(figure, words, locale);
  return reading === figure.value_text ? undefined : reading;
}
