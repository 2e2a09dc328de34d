// Every chart on every built page: its SVGs are in the HTML, and its marks match its CSV —
// one mark per row, each labelled with the row's name and value.
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
// Chinese labels write large numbers with 万 (10⁴) and 亿 (10⁸), as Chinese is read.
const CHINESE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const numbersIn = (label: string) => [...label.replace(/(\d),(?=\d{3})/g, '$1').matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].map((m) => Number(m[1]) * (m[2] ? CHINESE_UNITS[m[2]] : 1));
/** True when the label shows the value, allowing for the rounding a label applies. */
const shows = (label: string, value: number) => numbersIn(label).some((n) => Math.abs(n - value) <= Math.max(0.0051 * Math.abs(value), 0.0051));

/** For each family of chart: the name a row's mark is labelled with, and the value it must show in a view. */
/** How a label joins the parts of a name and ends it, in each language's punctuation. */
interface Marks { join: string; end: string }
const MARKS: Record<'en' | 'zh', Marks> = { en: { join: ', ', end: ':' }, zh: { join: '，', end: '：' } };
const families: { prefix: string; name: (r: Row, m: Marks) => string; value: (r: Row, view: string) => string | number; printed?: boolean }[] = [
  { prefix: 'compare-', name: (r) => r.place, value: (r, view) => (r[view] ? Number(r[view]) : 'no-target') },
  // Zero of zero has no share: its cell and its mark say there are no items, with no number in them.
  { prefix: 'concreteness', name: (r, m) => `${r.place}${m.join}${r.criterion}`, value: (r) => (Number.isNaN(Number(r.share)) ? 'no-target' : Math.round(Number(r.share) * 100)) },
  { prefix: 'timeline', name: (r) => r.place, value: (r) => Number(r.period_start) },
  { prefix: 'themes-', name: (r) => r.theme, value: (r) => Number(r.count) },
  { prefix: 'theme-', name: (r) => r.place, value: (r) => Number(r.count) },
  // A grid prints each count in its cell; names and counts are in its table and summary.
  { prefix: 'departments', name: (r, m) => `${r.kind}${m.join}${r.place}`, value: (r) => Number(r.items), printed: true },
  { prefix: 'instruments', name: (r, m) => `${r.place}${m.join}${r.group}`, value: (r) => Math.round(Number(r.share) * 100) },
  { prefix: 'places-scale', name: (r) => r.place, value: (r) => Number(r.population) },
];

// Pages with charts (a quote card names its figure in data-chart-id too, and a question's embed its
// question, but neither draws a chart).
const htmlPages = pages(dist).filter((p) => readFileSync(p, 'utf8').includes('data-chart-id') && !/(^|\/)embed\/(figure|question)\//.test(relative(dist, p)));

test('the build has pages with charts in both languages', () => {
  expect(htmlPages.some((p) => relative(dist, p).startsWith('zh/'))).toBe(true);
  expect(htmlPages.length).toBeGreaterThan(20);
});

describe.each(htmlPages.map((p) => [relative(dist, p), p]))('%s', (_name, path) => {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const zh = document.documentElement.getAttribute('lang') === 'zh-CN';
  const marksOf = MARKS[zh ? 'zh' : 'en'];
  for (const figure of document.querySelectorAll('figure.chart')) {
    const id = figure.getAttribute('data-chart-id')!;
    test(`chart ${id}: SVGs in the HTML and one labelled mark per CSV row`, () => {
      const family = families.find((f) => id.startsWith(f.prefix));
      expect(family, `no family for ${id}`).toBeDefined();
      // The Chinese file is headed in Chinese: its columns are the English file's, in that order, read under its keys.
      const file = (suffix: string) => readFileSync(join(dist, 'data/charts', `${id}${suffix}.csv`), 'utf8');
      const keys = Papa.parse<string[]>(file(''), { preview: 1 }).data[0];
      const all = Papa.parse<string[]>(file(zh ? '.zh' : ''), { skipEmptyLines: true }).data.slice(1).map((cells) => Object.fromEntries(keys.map((k, i) => [k, cells[i]])) as Row);
      // Figures listed under a comparison as not compared are rows of its table without a mark.
      const csv = all.filter((r) => r.in_chart !== (zh ? '否' : 'no'));
      if (id.startsWith('compare-')) {
        const listed = [...figure.querySelectorAll('.not-compared li')];
        expect(listed, `${id}: not-compared list under the chart`).toHaveLength(all.length - csv.length);
        // Each view's title is a claim about that view's values: the places it names are the highest.
        for (const title of figure.querySelectorAll('.view-title')) {
          const view = title.getAttribute('data-view')!;
          const valued = csv.filter((r) => r[view] !== '' && r[view] !== undefined).map((r) => ({ place: r.place, value: Number(r[view]) }));
          const named = valued.filter((v) => title.textContent!.includes(v.place));
          const max = Math.max(...valued.map((v) => v.value));
          const min = Math.min(...valued.map((v) => v.value));
          const similar = valued.length > 1 && min > 0 && max / min <= 1.5;
          if (similar || valued.length === 0) continue;
          expect(named.length, `${id} ${view}: "${title.textContent}" names a place`).toBeGreaterThan(0);
          for (const v of named) expect(v.value, `${id} ${view}: "${title.textContent}" names ${v.place}`).toBe(max);
          for (const v of valued.filter((x) => x.value === max)) expect(named, `${id} ${view}: leader ${v.place} named`).toContainEqual(v);
        }
      }
      const views = [...figure.querySelectorAll('.view')];
      expect(views.length).toBeGreaterThan(0);
      for (const view of views) {
        const viewName = view.getAttribute('data-view')!;
        const svgs = [...view.querySelectorAll('svg')];
        // A page draws a narrow and a wide rendering; an embed one drawing that grows with its frame.
        const embed = /(^|\/)embed\//.test(relative(dist, path));
        expect(svgs).toHaveLength(embed ? 1 : 2);
        for (const svg of svgs) {
          expect(svg.getAttribute('aria-label')).toBeTruthy();
          // Described by the summary beside it, in the same figure.
          const summary = figure.querySelector(`#${svg.getAttribute('aria-describedby')}`);
          expect(summary?.textContent?.trim(), `${id} ${viewName}: described`).toBeTruthy();
          if (family!.printed) {
            const printed = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => Number(t.textContent)).sort((a, b) => a - b);
            expect(printed, `${id} ${viewName}: a printed count per row`).toEqual(csv.map((r) => Number(family!.value(r, viewName))).sort((a, b) => a - b));
            continue;
          }
          // An embed keeps its weight down by leaving hover labels to the page: its table, one row per
          // CSV row, is what a reader of the embed reads the values from.
          if (embed) {
            expect(figure.querySelectorAll('.chart-table tbody tr').length, `${id} ${viewName}: a table row per CSV row`).toBe(all.length);
            continue;
          }
          // Marks are the labelled shapes inside a mark's group (facets nest them one level deeper).
          const marks = [...svg.querySelectorAll('g[aria-label] [aria-label]:not(g)')].map((m) => m.getAttribute('aria-label')!);
          expect(marks, `${id} ${viewName}`).toHaveLength(csv.length);
          for (const row of csv) {
            const name = family!.name(row, marksOf);
            const own = marks.filter((m) => m.startsWith(`${name}${marksOf.end}`));
            expect(own, `${id} ${viewName}: mark for ${name}`).toHaveLength(1);
            const value = family!.value(row, viewName);
            if (value === 'no-target') expect(own[0]).not.toMatch(/\d/);
            else expect(shows(own[0], value as number), `${own[0]} shows ${value}`).toBe(true);
          }
        }
      }
    });
  }
});
