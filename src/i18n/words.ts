// Each locale's words, from its catalogue (words/<id>.ts, found by file name), so adding a locale
// touches only locales.ts and its catalogue. Build-time: messages are rendered with
// intl-messageformat (messages.ts). Browser code loads one locale's catalogue, parsed at build time,
// on demand (src/client/locale.ts).
import type { AboutFacts, Section } from './words/shape.ts';
import type { Catalogue } from './words/en.ts';
import type enCatalogue from './words/en.ts';
import { compileCatalogue, type Compiled } from './messages.ts';
import { DEFAULT_LOCALE, LOCALES, localeOf, type Lang } from './locales.ts';

/** The words of a locale: its catalogue with each message a function of its arguments. */
export type Words = Compiled<typeof enCatalogue>;

const files = import.meta.glob<Catalogue>(['./words/*.ts', '!./words/shape.ts'], { eager: true, import: 'default' });
const compiled = new Map<string, Words>();

export function catalogueOf(lang: Lang | string): Catalogue {
  const catalogue = files[`./words/${lang}.ts`];
  if (!catalogue) throw new Error(`locale "${lang}" has no catalogue: add src/i18n/words/${lang}.ts`);
  return catalogue;
}

export function wordsOf(lang: Lang | string): Words {
  let words = compiled.get(lang);
  if (!words) compiled.set(lang, (words = compileCatalogue<typeof enCatalogue>(catalogueOf(lang), localeOf(lang), catalogueOf(DEFAULT_LOCALE.id))));
  return words;
}

/** A word that may be a message: said with the arguments it takes, or as it is. */
export const say = (word: string | ((args: Record<string, string | number>) => string), args: Record<string, string | number>) =>
  typeof word === 'string' ? word : word(args);

/** The about page's sections in a locale, in the catalogue's order, with the facts the prose states. */
export function aboutSectionsOf(lang: Lang | string): (facts: AboutFacts) => Section[] {
  const sections = wordsOf(lang).aboutSections;
  return (f) => {
    const args = {
      places: f.places, documents: f.documents, sizeRatio: f.sizeRatio, shortestYears: f.shortestYears, longestYears: f.longestYears,
      ...Object.fromEntries((['smallest', 'largest'] as const).flatMap((end) => Object.entries(f[end]).map(([k, v]) => [`${end}${k[0].toUpperCase()}${k.slice(1)}`, v]))),
    };
    return Object.entries(sections).map(([id, x]) => ({ id, title: say(x.title, args), paragraphs: x.paragraphs.map((p) => say(p, args)) }));
  };
}

/** Every locale has its words: fails the build at once rather than on the first page that needs them. */
for (const l of LOCALES) wordsOf(l.id);
