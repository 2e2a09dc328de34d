import { expect, test } from 'vitest';
import { a11yPlan, drawSample, pageSample, seededRandom } from './sample.ts';
import { pageKind, type BuiltPage } from './site.ts';

const page = (type: string, lang: string, i = 0) => ({ type, lang, path: `${lang}/${type}/${i}/`, file: '' }) as unknown as BuiltPage;

test('a seed draws the same sample again, another seed another one', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  expect(drawSample(items, 5, seededRandom(7))).toEqual(drawSample(items, 5, seededRandom(7)));
  expect(drawSample(items, 5, seededRandom(7))).not.toEqual(drawSample(items, 5, seededRandom(8)));
  expect(new Set(drawSample(items, 50, seededRandom(1))).size).toBe(50);
});

test('sampled: every type gets every check in one language; extra pages come from all the others', () => {
  const reps = ['home', 'region', 'receipt'].flatMap((t) => ['en', 'zh'].map((l) => page(t, l)));
  const rest = Array.from({ length: 20 }, (_, i) => page('receipt', i % 2 ? 'en' : 'zh', i + 1));
  const plan = a11yPlan([...reps, ...rest], reps, { full: false, random: seededRandom(3), extra: 4 });
  for (const t of ['home', 'region', 'receipt']) {
    expect(plan.filter((p) => p.page.type === t && p.checks.length === 3)).toHaveLength(1);
  }
  const extra = plan.filter((p) => p.checks.length === 1);
  expect(extra).toHaveLength(4);
  for (const e of extra) expect([...reps, ...rest]).toContain(e.page);
  expect(new Set(plan.map((p) => p.page)).size).toBe(plan.length);
  // Another seed may choose other languages: over many seeds, each language is chosen for some type.
  const langs = new Set(Array.from({ length: 20 }, (_, s) => a11yPlan(reps, reps, { full: false, random: seededRandom(s), extra: 0 })).flat().map((p) => p.page.lang));
  expect(langs).toEqual(new Set(['en', 'zh']));
});

test('full: every representative gets every check', () => {
  const reps = ['home', 'region'].flatMap((t) => ['en', 'zh'].map((l) => page(t, l)));
  expect(a11yPlan(reps, reps, { full: true, random: seededRandom(1), extra: 4 }).every((p) => p.checks.length === 3)).toBe(true);
});

test('a page sample holds every type in every language, then extra pages drawn from the rest', () => {
  const pages = ['home', 'region', 'receipt'].flatMap((t) => ['en', 'zh'].flatMap((l) => Array.from({ length: t === 'home' ? 1 : 8 }, (_, i) => page(t, l, i))));
  const kinds = (list: BuiltPage[]) => new Set(list.map(pageKind));
  const sample = pageSample(pages, { full: false, random: seededRandom(5), extra: 3 });
  expect(kinds(sample)).toEqual(kinds(pages));
  expect(sample).toHaveLength(kinds(pages).size + 3);
  expect(new Set(sample).size).toBe(sample.length);
  for (const p of sample) expect(pages).toContain(p);
  // The representative of a kind is drawn too: over many seeds, more than one region page stands for its kind.
  const regions = new Set(Array.from({ length: 20 }, (_, s) => pageSample(pages, { full: false, random: seededRandom(s), extra: 0 }).find((p) => p.type === 'region' && p.lang === 'en')!.path));
  expect(regions.size).toBeGreaterThan(1);
  expect(pageSample(pages, { full: true, random: seededRandom(1), extra: 3 })).toEqual(pages);
});
