import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const dist = process.env.DIST_DIR ?? 'dist';
const data = () => JSON.parse(readFileSync(join(dist, 'compare/data.json'), 'utf8')) as { comparisons: { definition: string; views: string[]; rows: ({ region_id: string; status: string } & Record<string, unknown>)[]; notCompared: { region_id: string }[] }[]; regions: { region_id: string; name_en: string }[] };

test('changing the form updates the URL and redraws the chart for the chosen places, metric and view', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 900 }, acceptDownloads: true });
  await page.goto(session.url('compare/'));
  const comparison = data().comparisons.at(-1)!;
  await page.selectOption('select[name=metric]', comparison.definition);
  for (const id of ['xinjiang', 'xianning', 'panshan']) await page.uncheck(`input[name=places][value=${id}]`);
  // The last view the comparison offers; views it does not offer (too few places with a value) cannot be chosen.
  const view = comparison.views.at(-1)!;
  for (const v of ['absolute', 'capita', 'capita_year']) expect(await page.locator(`input[name=per][value=${v}]`).isDisabled(), v).toBe(!comparison.views.includes(v));
  await page.check(`input[name=per][value=${view}]`);
  await expect.poll(() => page.url()).toContain(`?places=yuetang,putuo&metric=${comparison.definition}&per=${view}`);
  const live = page.locator('figure.chart .live-view svg');
  await expect.poll(() => live.count()).toBe(1);
  // One mark per chosen place: a bar labelled with a value, or an explicit "no target" label.
  const labels = await live.locator('rect[aria-label], text[aria-label]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
  const chosen = comparison.rows.filter((r) => ['yuetang', 'putuo'].includes(r.region_id));
  expect(labels).toHaveLength(chosen.length);
  for (const row of chosen) {
    const name = data().regions.find((r) => r.region_id === row.region_id)!.name_en;
    const label = labels.find((l) => l.startsWith(`${name}:`));
    expect(label).toBeDefined();
    // A target without a verified census population has no per-resident value, and says why.
    expect(label).toMatch(row.status === 'target' && row[view] !== undefined ? /\d/ : row.status === 'target' ? /no verified census population/ : /no target|not compared/);
  }
  // The table lists each chosen place, then each of their figures that is not compared, with its reason.
  const tableRows = chosen.length + comparison.notCompared.filter((n) => ['yuetang', 'putuo'].includes(n.region_id)).length;
  expect(await page.locator('figure.chart tbody tr').count()).toBe(tableRows);

  // Download SVG saves the redrawn chart, not the hidden build-time one.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('figure.chart button[data-download="svg"]')]);
  expect(download.suggestedFilename()).toBe(`compare-${comparison.definition}.svg`);
  const saved = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(saved).toString('utf8')).toContain(`${data().regions.find((r) => r.region_id === 'putuo')!.name_en}:`);
  expect(Buffer.concat(saved).toString('utf8')).not.toContain(`${data().regions.find((r) => r.region_id === 'xinjiang')!.name_en}:`);
  expect(problems).toEqual([]);

  // Reloading the URL reproduces the same view.
  const url = page.url();
  const again = await context.newPage();
  await again.goto(url);
  await expect.poll(() => again.locator('figure.chart .live-view svg').count()).toBe(1);
  expect(await again.locator('select[name=metric]').inputValue()).toBe(comparison.definition);
  expect(await again.locator(`input[name=per][value=${view}]`).isChecked()).toBe(true);
  expect(await again.locator('input[name=places]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['yuetang', 'putuo']);
  expect(await again.locator('figure.chart tbody tr').count()).toBe(tableRows);

  // The language switch opens the same view in Chinese.
  await again.click('a.lang-switch');
  await expect.poll(() => again.url()).toContain(`/zh/compare/?places=yuetang,putuo&metric=${comparison.definition}&per=${view}`);
  await expect.poll(() => again.locator('figure.chart .live-view svg').count()).toBe(1);
  expect(await again.locator('html').getAttribute('lang')).toBe('zh-CN');
  await context.close();
});

test('fewer than two places is refused with a message and leaves the URL alone', async () => {
  const { page, context } = await watchedPage(session);
  await page.goto(session.url('compare/?places=yuetang,putuo&per=absolute'));
  await expect.poll(() => page.locator('figure.chart .live-view svg').count()).toBe(1);
  const before = page.url();
  await page.uncheck('input[name=places][value=putuo]');
  await expect.poll(() => page.locator('[data-compare-status]').textContent()).not.toBe('');
  expect(page.url()).toBe(before);
  await context.close();
});
