// Every control of the compare page, walked: after each change, what the page says must follow the
// state in the URL: the title, the units line, the table's places, the lists under the chart and
// the embed snippet.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openSession, watchedPage, type Session } from './browser.ts';
import en from '../../src/i18n/words/en.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const dist = process.env.DIST_DIR ?? 'dist';
interface Data {
  comparisons: { definition: string; views: string[]; reported: { region_id: string }[] }[];
  regions: { region_id: string; name_en: string }[];
  definitions: { definition_id: string; name_en: string; base_unit: string }[];
}
const data = () => JSON.parse(readFileSync(join(dist, 'compare/data.json'), 'utf8')) as Data;

async function checkState(page: Page, metric: string, view: string, places: string[]) {
  const d = data();
  const definition = d.definitions.find((x) => x.definition_id === metric)!;
  const where = `${metric} ${view} ${places.join(',')}`;
  await expect.poll(() => new URL(page.url()).searchParams.get('places'), { message: where }).toBe(places.join(','));
  expect(new URL(page.url()).searchParams.get('metric'), where).toBe(metric);
  expect(new URL(page.url()).searchParams.get('per'), where).toBe(view);

  const figure = page.locator('figure.chart');
  // Exactly one title is visible: the chosen view's, naming the metric.
  const titles = figure.locator('.chart-title:visible');
  await expect.poll(() => titles.count(), { message: where }).toBe(1);
  expect(await titles.getAttribute('data-view'), where).toBe(view);
  expect((await titles.textContent())!.toLowerCase(), where).toContain(definition.name_en.toLowerCase());
  // One drawing, labelled with the view the form shows.
  const viewLabel = (await page.locator(`input[name=per][value=${view}]`).locator('xpath=..').textContent())!.trim();
  expect(await figure.locator('svg.sc-plot:visible').count(), where).toBe(1);
  expect(await figure.locator('svg.sc-plot:visible').getAttribute('aria-label'), where).toContain(`(${viewLabel})`);
  // The units line is the metric's unit.
  expect(await figure.locator('[data-units]').textContent(), where).toBe(en.baseUnits[definition.base_unit as keyof typeof en.baseUnits]);
  // The table holds the chosen places and no other.
  const tablePlaces = await figure.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.place));
  expect([...new Set(tablePlaces)].sort(), where).toEqual([...places].sort());
  // "Not compared" lists only chosen places' figures.
  const notCompared = await figure.locator('.not-compared a').evaluateAll((links) => links.map((a) => /figures\/([^/]+)\//.exec((a as HTMLAnchorElement).href)?.[1]));
  for (const id of notCompared) expect(places.some((p) => id?.startsWith(p)), `${where}: ${id}`).toBe(true);
  // The reported list: the chosen places' rows of this metric, or "none".
  const block = page.locator(`[data-reported="${metric}"]`);
  expect(await block.isVisible(), where).toBe(true);
  const reported = await block.locator('li[data-place]:visible').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.place));
  expect(reported.sort(), where).toEqual(d.comparisons.find((c) => c.definition === metric)!.reported.map((r) => r.region_id).filter((id) => places.includes(id)).sort());
  expect(await block.locator('[data-reported-none]').isVisible(), where).toBe(reported.length === 0);
  expect(await block.textContent(), where).not.toMatch(/—/);

  // The embed snippet names the same metric and view; for some of the places it says embeds show all.
  await figure.locator('a.embed-link').click();
  const dialog = page.locator('dialog.embed-dialog');
  await expect.poll(() => dialog.isVisible(), { message: where }).toBe(true);
  const snippet = await dialog.locator('textarea').first().inputValue();
  const src = new URL(/src="([^"]+)"/.exec(snippet)![1].replace(/&#38;/g, '&'));
  expect(src.pathname, where).toMatch(new RegExp(`/embed/compare-${metric}/$`));
  expect(src.searchParams.get('view'), where).toBe(view);
  expect(/title="([^"]*)"/.exec(snippet)![1].toLowerCase(), where).toContain(definition.name_en.toLowerCase());
  expect(await dialog.locator('.embed-note').count(), where).toBe(places.length < d.regions.length ? 1 : 0);
  await dialog.locator('button.embed-close').click();
}

test('every metric, view and place choice redraws everything the page says from the URL', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 900 } });
  await page.goto(session.url('compare/'));
  const d = data();
  const all = d.regions.map((r) => r.region_id);
  let checked = 0;
  for (const comparison of d.comparisons) {
    await page.selectOption('select[name=metric]', comparison.definition);
    for (const view of comparison.views) {
      await page.check(`input[name=per][value=${view}]`);
      await checkState(page, comparison.definition, view, all);
      checked += 1;
      // Each place left out in turn, then put back.
      for (const left of all) {
        await page.uncheck(`input[name=places][value=${left}]`);
        await checkState(page, comparison.definition, view, all.filter((id) => id !== left));
        await page.check(`input[name=places][value=${left}]`);
        checked += 1;
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await context.close();
});

test('with fewer than two places the page says so and nothing stays drawn', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 1000, height: 900 } });
  await page.goto(session.url('compare/?per=absolute'));
  await expect.poll(() => page.locator('figure.chart .live-view svg').count()).toBe(1);
  const ids = data().regions.map((r) => r.region_id);
  for (const id of ids.slice(1)) await page.uncheck(`input[name=places][value=${id}]`);
  await expect.poll(() => page.locator('[data-compare-status]').textContent()).toBe(en.compare.needTwo);
  expect(await page.locator('figure.chart').isVisible()).toBe(false);
  expect(await page.locator('[data-reported]:visible').count()).toBe(0);
  // Two places again: the comparison is back.
  await page.check(`input[name=places][value=${ids[1]}]`);
  await expect.poll(() => page.locator('figure.chart').isVisible()).toBe(true);
  expect(await page.locator('[data-compare-status]').textContent()).toBe('');
  await context.close();
});

test('an embed opens on the view its address names', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 800, height: 800 } });
  for (const comparison of data().comparisons) {
    for (const view of comparison.views) {
      await page.goto(session.url(`embed/compare-${comparison.definition}/?view=${view}`));
      const visible = page.locator('.chart-title:visible');
      await expect.poll(() => visible.count()).toBe(1);
      if (comparison.views.length > 1) expect(await page.locator(`input[data-view=${view}]`).isChecked()).toBe(true);
      expect(await page.locator(`.view-${view} svg:visible`).count()).toBeGreaterThan(0);
    }
  }
  expect(problems).toEqual([]);
  await context.close();
});
