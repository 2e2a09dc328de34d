// What the catalogue's sentences are given besides numbers: names joined as a list, a name set in
// the middle of a sentence, and a ranking as its messages say it. How a ranking is said lives in
// the catalogue (region.compared, region.share, findings.mostConcrete…); who is ranked, and who ties,
// is decided where the data is derived. Browser-safe.
import type { Locale } from './locales.ts';

interface ListWords { listSeparator: string; findings: { and: (args: { a: string; b: string }) => string } }

/** Names as a list the locale writes: “A, B and C”, “A、B和C”. */
export function listOf(names: readonly string[], s: ListWords): string {
  if (names.length <= 1) return names[0] ?? '';
  return s.findings.and({ a: names.slice(0, -1).join(s.listSeparator), b: names.at(-1)! });
}

/** A name (a metric, a theme) inside a sentence: in lower case where the language has case. */
export const midSentence = (name: string, locale: Pick<Locale, 'intl'>) => name.toLocaleLowerCase(locale.intl);

/** Where a rank stands: first, last, or between (a tie at the top is first, at the bottom last). */
export type Position = 'first' | 'last' | 'middle';

/**
 * The arguments of a ranking message besides how many are ranked (of): rank (1 the highest), ties
 * (how many others share the rank), tied (their names as a list) and position. A rank at the bottom
 * is said as the last (“the fewest”), never as an ordinal equal to the count (“fourth of four”).
 */
export function rankingArgs(rank: number, of: number, tiedWith: readonly string[], s: ListWords) {
  const ties = tiedWith.length;
  const position: Position = rank === 1 ? 'first' : rank + ties >= of ? 'last' : 'middle';
  return { rank, ties, tied: listOf(tiedWith, s), position };
}
