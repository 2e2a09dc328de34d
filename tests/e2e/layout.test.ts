// What a reader sees first, and that no page scrolls sideways on a phone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';
import { listPages, onePerType } from '../../scripts/builtSite/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { OVERFLOW_SCRIPT } from '../../scripts/shots/pages.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });
const dist = process.env.DIST_DIR ?? 'dist';

test.each(LOCALES.flatMap((l) => [[l.id, 360, 640, l.prefix], [l.id, 1280, 800, l.prefix]] as const))(
  'home (%s) at %i×%i: the heading, the first finding and the top of the chart proving it are in the first screen', async (_id, width, height, prefix) => {
    const { page, context } = await watchedPage(session, { viewport: { width, height } });
    await page.goto(session.url(prefix));
    const top = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top);
    const bottom = (selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom);
    expect(await bottom('h1')).toBeLessThanOrEqual(height);
    expect(await page.locator('.lead-finding').count()).toBe(1);
    expect(await bottom('.lead-finding')).toBeLessThanOrEqual(height);
    // The chart that proves the lead follows it directly, and its drawing starts on the first screen.
    const chart = page.locator('.lead-finding + figure.chart');
    expect(await chart.count()).toBe(1);
    expect(await chart.locator('svg.sc-plot:visible').first().evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(height);
    expect(await top('.lead-finding')).toBeGreaterThan(await top('h1'));
    // The lead is the first finding of the story, inside its own anchored section.
    expect(await page.locator('section.finding').first().locator('.lead-finding').count()).toBe(1);
    await context.close();
  });

test('no page type scrolls sideways at 360 px, in any language', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 360, height: 640 } });
  const wide: string[] = [];
  for (const p of onePerType(listPages(dist))) {
    await page.goto(session.url(p.path));
    const overflow = await page.evaluate(OVERFLOW_SCRIPT) as number;
    if (overflow > 0) wide.push(`${p.path || '(home)'} (${p.type}): ${overflow} px`);
  }
  expect(wide).toEqual([]);
  await context.close();
});
