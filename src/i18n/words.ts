// Each locale's words, found by file name (words/<id>.ts), so adding a locale touches only
// locales.ts and its words file. Build-time only: browser code loads one locale's words on demand
// (src/client/locale.ts).
import type { Words } from './words/en.ts';
import { LOCALES, type Lang } from './locales.ts';

export type { Words } from './words/en.ts';

const files = import.meta.glob<Words>(['./words/*.ts', '!./words/shape.ts'], { eager: true, import: 'default' });

export function wordsOf(lang: Lang | string): Words {
  const words = files[`./words/${lang}.ts`];
  if (!words) throw new Error(`locale "${lang}" has no words file: add src/i18n/words/${lang}.ts`);
  return words;
}

/** Every locale has its words: fails the build at once rather than on the first page that needs them. */
for (const l of LOCALES) wordsOf(l.id);
