// The built pages, in every locale, discovered from the build folder: each loads without a console
// error, a failed request, a CSP violation or a request that leaves localhost; it declares its
// language; and with JavaScript off every chart still has its SVG, a text alternative and its table.
// npm test visits a page of every type in every language and a sample of the others, drawn afresh
// each run (SAMPLE_SEED=<seed> repeats a draw); npm run test:sweep (FULL_SWEEP=1; CI runs it) visits
// every page.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { openSession, watch, type Session } from './browser.ts';
import { listPages, pageKind, type BuiltPage } from '../../scripts/builtSite/site.ts';
import { pageSample, sweepSettings } from '../../scripts/builtSite/sample.ts';
import { DEFAULT_LOCALE, LOCALES, localeOf } from '../../src/i18n/locales.ts';

const root = process.env.DIST_DIR ?? 'dist';
const pages = listPages(root);
const PARALLEL = 4;
const sweep = sweepSettings();
// The pages whose charts are checked with JavaScript off, read from their HTML (a question's embed
// names its question in data-chart-id for resizing, but draws no chart: tests/question-embeds.test.ts
// reads it; a quote card is a figure's card, not a chart).
const withCharts = pages.filter((p) => p.type !== 'quote-card' && !/(^|\/)embed\/question\//.test(p.path) && readFileSync(join(root, p.file), 'utf8').includes('data-chart-id='));
const visited = pageSample(pages, { ...sweep, extra: 40 });
const chartsVisited = pageSample(withCharts, { ...sweep, extra: 20 });
console.log(sweep.full
  ? `pages: every page (${pages.length}), every page with charts (${withCharts.length})`
  : `pages: sample with seed ${sweep.seed} (SAMPLE_SEED=${sweep.seed} repeats it; npm run test:sweep visits every page): ${visited.length} of ${pages.length} pages, ${chartsVisited.length} of ${withCharts.length} with charts`);
let session: Session;
beforeAll(async () => { session = await openSession(root); });
afterAll(async () => { await session?.close(); });

/** Visits the pages with a few tabs of one context at a time; returns what `check` found per page. */
async function visitAll(context: BrowserContext, javaScript: boolean, check: (page: BuiltPage, tab: Awaited<ReturnType<typeof watch>>) => Promise<string[]>, list: readonly BuiltPage[]) {
  const queue = [...list];
  const found: string[] = [];
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    const tab = await watch(session, context, { javaScript });
    for (let p = queue.shift(); p; p = queue.shift()) {
      tab.reset();
      await tab.page.goto(session.url(p.path), { waitUntil: 'load' });
      await tab.settled();
      found.push(...(await check(p, tab)), ...tab.problems.map((x) => `${p.path || '/'}: ${x}`));
    }
    await tab.page.close();
  }));
  return found.sort();
}

test('the build has the same pages in every locale', () => {
  const inDefault = pages.filter((p) => p.lang === DEFAULT_LOCALE.id).length;
  expect(inDefault).toBeGreaterThan(10);
  for (const l of LOCALES) expect(pages.filter((p) => p.lang === l.id).length, l.id).toBe(inDefault);
});

test('the pages visited hold every type of page in every language', () => {
  const kinds = (list: readonly BuiltPage[]) => new Set(list.map(pageKind));
  expect(kinds(visited)).toEqual(kinds(pages));
  expect(kinds(chartsVisited)).toEqual(kinds(withCharts));
  expect(withCharts.length).toBeGreaterThan(0);
});

test('each page visited loads cleanly with JavaScript on, in its declared language', async () => {
  const context = await session.browser.newContext();
  const found = await visitAll(context, true, async (p, { page }) => {
    const lang = await page.evaluate(() => document.documentElement.lang);
    return lang === localeOf(p.lang).htmlLang ? [] : [`${p.path}: lang="${lang}"`];
  }, visited);
  await context.close();
  expect(found).toEqual([]);
}, 600_000);

test('with JavaScript off, every chart of each page visited shows an SVG with a text alternative and has its table', async () => {
  const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
  let charts = 0;
  const found = await visitAll(context, false, async (p, { page }) => {
    const figures = await page.locator('figure.chart').evaluateAll((els) => els.map((f) => {
      const svgs = [...f.querySelectorAll('svg.sc-plot')]; // the chart itself, not legend symbols
      const shown = svgs.filter((s) => s.getBoundingClientRect().width > 0 && s.getBoundingClientRect().height > 0);
      return {
        id: f.id || f.getAttribute('data-chart-id') || '(no id)',
        svgs: svgs.length,
        shown: shown.length,
        unlabelled: svgs.filter((s) => !(s.getAttribute('aria-label') ?? '').trim() && !s.getAttribute('aria-labelledby')).length,
        summary: (f.querySelector('.chart-summary')?.textContent ?? '').trim().length,
        tableRows: f.querySelectorAll('table tbody tr').length,
      };
    }));
    charts += figures.length;
    return figures.flatMap((f) => [
      ...(f.svgs === 0 ? [`${p.path}: ${f.id}: no SVG`] : []),
      ...(f.shown !== 1 ? [`${p.path}: ${f.id}: ${f.shown} SVGs shown, not one`] : []),
      ...(f.unlabelled ? [`${p.path}: ${f.id}: ${f.unlabelled} SVGs without aria-label`] : []),
      ...(f.summary === 0 ? [`${p.path}: ${f.id}: no text summary`] : []),
      ...(f.tableRows === 0 ? [`${p.path}: ${f.id}: no table rows`] : []),
    ]);
  }, chartsVisited);
  await context.close();
  expect(found).toEqual([]);
  expect(charts).toBeGreaterThanOrEqual(chartsVisited.length);
}, 600_000);
