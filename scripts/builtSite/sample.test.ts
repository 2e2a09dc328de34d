import { expect, test } from 'vitest';
import { a11yPlan, drawSample, seededRandom } from './sample.ts';
import type { BuiltPage } from './site.ts';

const page = (type: string, lang: string, i = 0) => ({ type, lang, path: `${lang}/${type}/${i}/`, file: '' }) as unknown as BuiltPage;

test('a seed draws the same sample again, another seed another one', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  expect(drawSample(items, 5, seededRandom(7))).toEqual(drawSample(items, 5, seededRandom(7)));
  expect(drawSample(items, 5, seededRandom(7))).not.toEqual(drawSample(items, 5, seededRandom(8)));
  expect(new Set(drawSample(items, 50, seededRandom(1))).size).toBe(50);
});

test('sampled: every type in every language gets the full rules; each type gets every check in one language; extra pages come from the rest', () => {
  const reps = ['home', 'region', 'receipt'].flatMap((t) => ['en', 'zh'].map((l) => page(t, l)));
  const rest = Array.from({ length: 20 }, (_, i) => page('receipt', i % 2 ? 'en' : 'zh', i + 1));
  const plan = a11yPlan([...reps, ...rest], reps, { full: false, random: seededRandom(3), extra: 4 });
  for (const r of reps) expect(plan.find((p) => p.page === r)?.checks).toContain('light');
  for (const t of ['home', 'region', 'receipt']) {
    const all = plan.filter((p) => p.page.type === t && p.checks.includes('dark') && p.checks.includes('focus'));
    expect(all).toHaveLength(1);
  }
  const extra = plan.filter((p) => !reps.includes(p.page));
  expect(extra).toHaveLength(4);
  for (const e of extra) expect(rest).toContain(e.page);
});

test('full: every representative gets every check', () => {
  const reps = ['home', 'region'].flatMap((t) => ['en', 'zh'].map((l) => page(t, l)));
  expect(a11yPlan(reps, reps, { full: true, random: seededRandom(1), extra: 4 }).every((p) => p.checks.length === 3)).toBe(true);
});
