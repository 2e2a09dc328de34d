// Interface words follow the glossary as the data does: where a Chinese string holds a policy term,
// the English string at the same place holds the term's rendering (data/glossary.csv).
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import en from './words/en.ts';
import zh from './words/zh.ts';

const glossary = Papa.parse<{ term_zh: string; term_en: string }>(readFileSync('data/glossary.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Every string of a words object by its path; functions are called with sample arguments. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (typeof value === 'function') {
    try { const r = (value as (...a: unknown[]) => unknown)(2, 3, 4); if (typeof r === 'string') out.set(path, r); } catch { /* words that need real data */ }
  } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, `${path}.${k}`)) out.set(p, s);
  return out;
}

const normal = (s: string) => s.toLowerCase().replace(/-/g, ' ');
/** glossary: the site's name is a name (双创对照, Shuangchuang Compare), not a use of the term 双创. */
const withoutNames = (s: string) => s.replaceAll(zh.siteName, '');

test('every interface string pair renders the glossary terms it holds', () => {
  const english = leaves(en);
  const problems: string[] = [];
  for (const [path, withName] of leaves(zh)) {
    const chinese = withoutNames(withName);
    const other = english.get(path);
    if (other === undefined) continue;
    for (const { term_zh, term_en } of glossary) {
      if (chinese.includes(term_zh) && !normal(other).includes(normal(term_en))) problems.push(`${path}: "${other}" lacks "${term_en}" for ${term_zh}`);
    }
  }
  expect(problems).toEqual([]);
});

test('the check finds a pair that misses a term', () => {
  const zhWords = leaves({ a: '建设众创空间' });
  const enWords = leaves({ a: 'Build a co-working space' });
  const missing = [...zhWords].filter(([p, s]) => glossary.some((g) => s.includes(g.term_zh) && !normal(enWords.get(p)!).includes(normal(g.term_en))));
  expect(missing).toHaveLength(1);
});
