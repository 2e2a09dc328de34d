// Built embeds (DIST_DIR or dist/): every chart on the site has one in both languages, each is
// complete without JavaScript, and each stays within the embed budget (scripts/bench/budgets.ts).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { WITHDRAWN_CHARTS } from '../src/site/withdrawnCharts.ts';
import { BUDGETS, KB } from '../scripts/bench/budgets.ts';
import { describe, expect, test } from 'vitest';

const dist = process.env.DIST_DIR ?? 'dist';
const BUDGET = BUDGETS.embed.kb * KB;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f === 'index.html' ? [p] : [];
  });
const all = htmlFiles(dist);
// Chart embeds; quote cards (embed/figure/<id>/) hold one figure, and a question's row
// (embed/question/<id>/) every place's answer: both have tests of their own.
const isEmbed = (p: string) => /^(zh\/)?embed\//.test(relative(dist, p)) && !/^(zh\/)?embed\/(figure|question)\//.test(relative(dist, p));
// A withdrawn chart's embed page holds a notice, not a chart (tests/urls.test.ts checks it).
const withdrawn = new Set(WITHDRAWN_CHARTS.map((c) => c.chart_id));
const embeds = all.filter((p) => isEmbed(p) && !withdrawn.has(relative(dist, p).split(sep).at(-2)!));
const sitePages = all.filter((p) => !/^(zh\/)?embed\//.test(relative(dist, p)));
const doc = (p: string) => parseHTML(readFileSync(p, 'utf8')).document;
const fileFor = (url: string) => join(dist, decodeURIComponent(url.replace(/[?#].*$/, '')), url.split(/[?#]/)[0].endsWith('/') ? 'index.html' : '');

/** Everything a page loads without a click: the HTML, its stylesheets, its scripts and what they import. */
export function pageWeight(path: string) {
  const files = new Set<string>([path]);
  const html = readFileSync(path, 'utf8');
  const queue = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*\shref)="([^"]+)"/g)].map((m) => join(dist, m[1]));
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.js')) for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|[;\s}])import\s*(?:[\w{},*\s]+from\s*)?["']([^"']+)["']/g)) queue.push(join(file, '..', m[1]));
  }
  return { files: [...files], gzip: [...files].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
}

test('the build has embed pages in both languages', () => {
  expect(embeds.filter((p) => relative(dist, p).startsWith('zh/')).length).toBeGreaterThan(10);
  expect(embeds.filter((p) => relative(dist, p).startsWith('embed/')).length).toBeGreaterThan(10);
});

test('every chart on the site links to an embed page that exists, in its own language', () => {
  const missing: string[] = [];
  let charts = 0;
  for (const page of sitePages) {
    const document = doc(page);
    const zh = document.documentElement.getAttribute('lang') === 'zh-CN';
    for (const figure of document.querySelectorAll('figure[data-chart-id]')) {
      charts++;
      const id = figure.getAttribute('data-chart-id');
      const link = figure.querySelector('a.embed-link');
      const href = link?.getAttribute('href') ?? '';
      if (href !== `/${zh ? 'zh/' : ''}embed/${id}/` || !existsSync(fileFor(href))) missing.push(`${relative(dist, page)}: ${id} → ${href || 'no embed link'}`);
      if (!(Number(link?.getAttribute('data-embed-height')) > 150)) missing.push(`${relative(dist, page)}: ${id} has no fixed height for script-less hosts`);
    }
  }
  expect(charts).toBeGreaterThan(20);
  expect(missing).toEqual([]);
});

describe.each(embeds.map((p) => [relative(dist, p), p]))('%s', (_, path) => {
  const html = readFileSync(path, 'utf8');
  const document = doc(path);

  test('title, subtitle, source, link to the full page; no site navigation', () => {
    expect(document.querySelector('h1.chart-title')?.textContent?.trim()).toBeTruthy();
    expect(document.querySelector('.chart-subtitle')?.textContent?.trim()).toBeTruthy();
    expect(document.querySelector('.chart-source')?.textContent).toMatch(/\S/);
    const full = document.querySelector('a.full-page-link');
    expect(full?.getAttribute('target')).toBe('_top');
    expect(existsSync(fileFor(full!.getAttribute('href')!)), full!.getAttribute('href')!).toBe(true);
    expect(document.querySelector('nav, header.site-header, footer.site-footer')).toBeNull();
  });

  test('the chart is in the HTML: an SVG with marks and a real table of its numbers', () => {
    expect(document.querySelector('svg.sc-plot [aria-label] rect, svg.sc-plot [aria-label] circle, svg.sc-plot [aria-label] path')).not.toBeNull();
    expect(document.querySelectorAll('table tbody tr').length).toBeGreaterThan(0);
  });

  test('no inline script or style (CSP), and no request off the site', () => {
    expect([...document.querySelectorAll('script')].every((s) => s.getAttribute('src'))).toBe(true);
    expect(document.querySelector('style, [style]')).toBeNull();
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("script-src 'self'");
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });

  test(`everything it loads weighs at most ${BUDGET / KB} KB gzip`, () => {
    const { files, gzip } = pageWeight(path);
    expect(files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });
});

test('embed weights (report)', () => {
  const weights = embeds.map((p) => ({ page: relative(dist, p), ...pageWeight(p) })).sort((a, b) => b.gzip - a.gzip);
  console.log(`embed pages: ${weights.length}; heaviest ${weights[0].page} ${(weights[0].gzip / 1024).toFixed(1)} KB gzip (${weights[0].files.map((f) => relative(dist, f)).join(', ')}); lightest ${weights.at(-1)!.page} ${(weights.at(-1)!.gzip / 1024).toFixed(1)} KB`);
  expect(weights[0].gzip).toBeGreaterThan(1000);
});
