// The dictionary is complete in both languages: every table and column declared in src/schema/
// carries a Chinese title/description of its own, not a copy of the English.
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { dictionary } from './dictionary.ts';

const HAN = /\p{Script=Han}/u;
const tables = dictionary();

describe('data dictionary in Chinese', () => {
  test('covers every table in data/, and nothing else', () => {
    const files = readdirSync('data').filter((f) => f.endsWith('.csv')).sort();
    expect(tables.map((t) => t.file).sort()).toEqual(files);
  });

  test.each(tables.map((t) => [t.name, t]))('%s: the table has a Chinese title and description', (_, t) => {
    for (const [en, zh] of [[t.title, t.title_zh], [t.description, t.description_zh]]) {
      expect(en.trim()).not.toBe('');
      expect(zh, en).toMatch(HAN);
      expect(zh).not.toBe(en);
    }
  });

  test.each(tables.map((t) => [t.name, t]))('%s: every column has a Chinese description besides its English one', (_, t) => {
    const missing = t.columns.filter((c) => !HAN.test(c.description_zh ?? '') || c.description_zh.trim() === c.description.trim() || c.description.trim() === '');
    expect(missing.map((c) => c.name)).toEqual([]);
  });
});
