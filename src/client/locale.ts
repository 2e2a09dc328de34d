// The page's locale, read the same way by all browser code: <html data-locale>, looked up in the
// locale table. Its words are loaded on demand, one locale's file only.
import { localeOf, type Locale } from '../i18n/locales.ts';
import type { Words } from '../i18n/words/en.ts';

export const pageLocale = (): Locale => localeOf(document.documentElement.dataset.locale ?? '');

const files = import.meta.glob<Words>(['../i18n/words/*.ts', '!../i18n/words/shape.ts'], { import: 'default' });

export const pageWords = (): Promise<Words> => files[`../i18n/words/${pageLocale().id}.ts`]();
