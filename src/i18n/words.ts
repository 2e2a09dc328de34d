// Each locale's words, found by file name (words/<id>.ts), so adding a locale touches only
// locales.ts and its words file. Build-time only: browser code loads one locale's words on demand
// (src/client/locale.ts).
import type { Words } from './words/en.ts';
import type { AboutFacts, Section } from './words/shape.ts';
import { LOCALES, type Lang } from './locales.ts';

export type { Words } from './words/en.ts';

const files = import.meta.glob<Words>(['./words/*.ts', '!./words/shape.ts'], { eager: true, import: 'default' });
const aboutFiles = import.meta.glob<(facts: AboutFacts) => Section[]>(['./words/*.ts', '!./words/shape.ts'], { eager: true, import: 'aboutSections' });

export function wordsOf(lang: Lang | string): Words {
  const words = files[`./words/${lang}.ts`];
  if (!words) throw new Error(`locale "${lang}" has no words file: add src/i18n/words/${lang}.ts`);
  return words;
}

/** The about page's sections in a locale (each words file exports them beside its words). */
export function aboutSectionsOf(lang: Lang | string): (facts: AboutFacts) => Section[] {
  const sections = aboutFiles[`./words/${lang}.ts`];
  if (!sections) throw new Error(`locale "${lang}" has no aboutSections: export them from src/i18n/words/${lang}.ts`);
  return sections;
}

/** Every locale has its words: fails the build at once rather than on the first page that needs them. */
for (const l of LOCALES) { wordsOf(l.id); aboutSectionsOf(l.id); }
