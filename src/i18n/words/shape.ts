// The shape every words file shares: English (en.ts) defines it, other locales are typed by it.
export interface Section { id: string; title: string; paragraphs: string[] }

/** Literal types widened to what another language may put in their place. */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? Widen<E>[]
      : { [K in keyof T]: Widen<T[K]> };

/** What the about page's prose says about the data, computed from it so no count is typed. */
export interface AboutFacts {
  places: number;
  documents: number;
  /** The smallest and largest place, each as "<name> (<population>, <year>, <kind>)" in the page's language. */
  smallest: string;
  largest: string;
  /** How many times the largest population is the smallest, rounded. */
  sizeRatio: string;
  shortestYears: number;
  longestYears: number;
}
