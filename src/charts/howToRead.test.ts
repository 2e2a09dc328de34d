// Every chart the catalogue makes, in every language, carries one sentence on how to read it.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { charts } from './catalog.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { SiteData } from '../model/site.ts';
import { wordsOf } from '../i18n/words.ts';

const site = JSON.parse(readFileSync(process.env.SITE_JSON ?? 'src/generated/site.json', 'utf8')) as SiteData;
const words = { en: wordsOf('en'), zh: wordsOf('zh') } as const;
/** A sentence ends once: no full stop, question or exclamation mark before its last character. */
const oneSentence = (text: string) => /[.。!！?？]$/.test(text) && !/[.。!！?？]\s*\S/.test(text.slice(0, -1).replace(/\d\.\d/g, ''));

test.each(LOCALES.map((l) => [l.id, l] as const))('%s: every chart of the catalogue has one sentence on how to read it', (id, locale) => {
  const specs = charts(site, { s: words[id as keyof typeof words], locale });
  expect(specs.length).toBeGreaterThan(0);
  for (const spec of specs) {
    expect(spec.howToRead, spec.chart_id).toBeTruthy();
    expect(oneSentence(spec.howToRead), `${spec.chart_id}: ${spec.howToRead}`).toBe(true);
  }
});

test('the sentence test tells one sentence from two', () => {
  expect(oneSentence('Each bar is one place.')).toBe(true);
  expect(oneSentence('Each bar is one place. Longer is more.')).toBe(false);
  expect(oneSentence('每根条形是一个地方。越长越多。')).toBe(false);
});
