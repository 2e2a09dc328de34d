// The page's locale, read the same way by all browser code: <html data-locale>, looked up in the
// locale table. Its words are loaded on demand, one locale's catalogue only, its messages parsed when
// the site was built (?browser: src/i18n/catalogueAst.ts through astro.config.mjs) and said by the
// small formatter of src/i18n/messageFormat.ts.
import { localeOf, type Locale } from '../i18n/locales.ts';
import type { Words } from '../i18n/words.ts';
import { wordsOfParsed } from '../i18n/messageFormat.ts';

export const pageLocale = (): Locale => localeOf(document.documentElement.dataset.locale ?? '');

const files = import.meta.glob<unknown>(['../i18n/words/*.ts', '!../i18n/words/shape.ts'], { import: 'default', query: '?browser' });

let words: Promise<Words> | undefined;
export const pageWords = (): Promise<Words> =>
  (words ??= files[`../i18n/words/${pageLocale().id}.ts`]().then((tree) => wordsOfParsed<Words>(tree, pageLocale())));
