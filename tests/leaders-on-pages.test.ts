// On the built pages, in both languages: no chart title names fewer leaders than are tied in the
// chart's own table, and a region page's rank is said with every place level with it. The leaders
// are found here from each chart's CSV by the family's own measure, not by the code under test.
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? pages(p) : f === 'index.html' ? [p] : [];
  });
type Row = Record<string, string>;
const csvOf = (id: string, zh: boolean): Row[] => {
  const read = (suffix: string) => readFileSync(join(dist, 'data/charts', `${id}${suffix}.csv`), 'utf8');
  const keys = Papa.parse<string[]>(read(''), { preview: 1 }).data[0];
  return Papa.parse<string[]>(read(zh ? '.zh' : ''), { skipEmptyLines: true }).data.slice(1).map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i]])));
};
const leaders = (rows: Row[], name: (r: Row) => string, value: (r: Row) => number) => {
  const max = Math.max(...rows.map(value));
  return [...new Set(rows.filter((r) => value(r) === max).map(name))];
};
const sum = (rows: Row[], by: (r: Row) => string, value: (r: Row) => number) => {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(by(r), (totals.get(by(r)) ?? 0) + value(r));
  return [...totals].map(([k, v]) => ({ k, v }));
};

/** Per family: who must be named in the title, from the chart's rows. */
const FAMILIES: { prefix: string; named: (rows: Row[]) => string[] }[] = [
  { prefix: 'theme-', named: (rows) => leaders(rows, (r) => r.place, (r) => Number(r.count)) },
  { prefix: 'themes-', named: (rows) => leaders(rows, (r) => r.theme, (r) => Number(r.count)) },
  { prefix: 'departments', named: (rows) => { const t = sum(rows, (r) => r.kind, (r) => Number(r.items)); const max = Math.max(...t.map((x) => x.v)); return t.filter((x) => x.v === max).map((x) => x.k); } },
  { prefix: 'places-scale', named: (rows) => leaders(rows, (r) => r.place, (r) => Number(r.population)) },
  { prefix: 'concreteness', named: (rows) => {
    // Commitments with a figure: goal clauses and action items together, per plan.
    const figure = rows.filter((r) => /figure|数字/.test(r.criterion));
    const count = sum(figure, (r) => r.place, (r) => Number(r.items));
    const of = sum(figure, (r) => r.place, (r) => Number(r.of));
    const share = count.map((c) => ({ k: c.k, v: c.v / of.find((o) => o.k === c.k)!.v }));
    const max = Math.max(...share.map((x) => x.v));
    return share.filter((x) => x.v === max).map((x) => x.k);
  } },
];

// Comparisons' titles are checked view by view in build-output.test.ts; the instruments chart, whose
// leader is a plan's, in src/charts/ties.test.ts.
const chartIds = (html: string) => [...html.matchAll(/data-chart-id="([^"]+)"/g)].map((m) => m[1]);
const htmlPages = pages(dist).filter((p) => !/(^|\/)embed\/figure\//.test(relative(dist, p)) && chartIds(readFileSync(p, 'utf8')).some((id) => FAMILIES.some((f) => id.startsWith(f.prefix))));

test('there are chart pages in both languages to check', () => {
  expect(htmlPages.some((p) => relative(dist, p).startsWith('zh/'))).toBe(true);
  expect(htmlPages.some((p) => !relative(dist, p).startsWith('zh/'))).toBe(true);
});

describe.each(htmlPages.map((p) => [relative(dist, p), p]))('%s', (_name, path) => {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const zh = document.documentElement.getAttribute('lang') === 'zh-CN';
  for (const figure of document.querySelectorAll('figure.chart')) {
    const id = figure.getAttribute('data-chart-id')!;
    const family = FAMILIES.find((f) => id.startsWith(f.prefix));
    if (!family) continue;
    test(`${id}: the title names every leader`, () => {
      const title = figure.querySelector('.chart-title')!.textContent!;
      const named = family.named(csvOf(id, zh));
      expect(named.length).toBeGreaterThan(0);
      // English titles may lower-case a theme's name inside the sentence.
      for (const n of named) expect(title.toLowerCase(), `${id}: "${title}" names ${n}`).toContain(n.toLowerCase());
    });
  }
});

describe('region pages say a rank with every place level with it', () => {
  const regionPages = pages(join(dist)).filter((p) => /(^|\/)regions\/[^/]+\/index\.html$/.test(relative(dist, p)));
  test('the share of commitments with a figure: a place level with another names it', () => {
    expect(regionPages.length).toBeGreaterThan(1);
    const concrete = csvOf('concreteness', false);
    const figure = concrete.filter((r) => /: has a figure$/.test(r.criterion));
    const shares = sum(figure, (r) => r.place, (r) => Number(r.items)).map((c) => ({ place: c.k, share: c.v / sum(figure, (r) => r.place, (r) => Number(r.of)).find((o) => o.k === c.k)!.v }));
    for (const p of regionPages.filter((x) => !relative(dist, x).startsWith('zh/'))) {
      const { document } = parseHTML(readFileSync(p, 'utf8'));
      const place = document.querySelector('h1')!.textContent!.trim();
      const own = shares.find((s) => s.place === place);
      const bullet = [...document.querySelectorAll('.region-summary li')].map((li) => li.textContent!).find((t) => / commitments \(/.test(t));
      if (!own) { expect(bullet, `${place} is not a plan: no rank among plans`).toBeUndefined(); continue; }
      for (const other of shares.filter((s) => s.place !== place && s.share === own.share)) expect(bullet, `${place} level with ${other.place}`).toContain(other.place);
    }
  });
});
