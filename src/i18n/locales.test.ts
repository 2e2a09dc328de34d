import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localeOf } from './locales.ts';
import { wordsOf } from './words.ts';

test('each locale has its own id, path prefix, html lang and chart CSV suffix; only the default has no prefix', () => {
  for (const key of ['id', 'prefix', 'htmlLang', 'csvSuffix'] as const) expect(new Set(LOCALES.map((l) => l[key])).size, key).toBe(LOCALES.length);
  expect(DEFAULT_LOCALE.prefix).toBe('');
  expect(DEFAULT_LOCALE.csvSuffix).toBe('');
  for (const l of LOCALES.filter((x) => x !== DEFAULT_LOCALE)) {
    expect(l.prefix).toMatch(/^[a-z][a-z-]*\/$/);
    expect(l.csvSuffix).toMatch(/^\.[A-Za-z-]+$/);
  }
  expect(() => localeOf('xx')).toThrow(/no locale "xx"/);
});

/** Every path of keys to a word: the shape the English words define. */
const paths = (words: object, at = ''): string[] =>
  Object.entries(words).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? paths(v, `${at}${k}.`) : [`${at}${k}`])).sort();

test.each(LOCALES.map((l) => l.id))('%s has a word for everything the English words name, and names itself', (id) => {
  const words = wordsOf(id);
  expect(paths(words)).toEqual(paths(wordsOf(DEFAULT_LOCALE.id)));
  expect(words.languageName).toBeTruthy();
  if (id !== DEFAULT_LOCALE.id) expect(words.readThisPage).not.toBe(wordsOf(DEFAULT_LOCALE.id).readThisPage);
});
