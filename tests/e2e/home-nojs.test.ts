import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

test('with JavaScript disabled the home page shows its charts with their marks', async () => {
  const { page, problems, context } = await watchedPage(session, { javaScriptEnabled: false, viewport: { width: 1000, height: 800 } });
  await page.goto(session.url());
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThan(2);
  // The visible SVG of the first chart has drawn marks labelled with their values; outlines that only
  // mark an inferred period are hidden from assistive technology and carry no label.
  const visible = page.locator('figure.chart .view:visible svg').first();
  const bars = visible.locator('g[aria-label]:not([aria-hidden]) [aria-label]:not(g)');
  await expect.poll(() => bars.count()).toBeGreaterThan(1);
  const labels = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  // Every mark says what it is; a place with no comparable figure is labelled with the reason, not a value.
  expect(labels.every((l) => l && l.trim().length > 0)).toBe(true);
  expect(labels.filter((l) => /\d/.test(l!)).length).toBeGreaterThan(1);
  expect(problems).toEqual([]);
  await context.close();
});
