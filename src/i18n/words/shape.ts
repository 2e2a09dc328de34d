// The shape every words file shares: English (en.ts) defines it, other locales are typed by it.
export interface Section { id: string; title: string; paragraphs: string[] }

/** Literal types widened to what another language may put in their place. */
export type Widen<T> = T extends string
  ? string
  : T extends boolean
    ? boolean
    : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer E)[]
      ? Widen<E>[]
      : { [K in keyof T]: Widen<T[K]> };

export interface PlaceSize { name: string; population: string; year: number; kind: string }

/** What the about page's prose says about the data, computed from it so no count is typed. */
export interface AboutFacts {
  places: number;
  documents: number;
  /** The smallest and largest place by the population used, with its year and kind, in the page's words. */
  smallest: PlaceSize;
  largest: PlaceSize;
  /** How many times the largest population is the smallest, rounded. */
  sizeRatio: string;
  shortestYears: number;
  longestYears: number;
}
