import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

test('hovering a chart mark shows its label in a tooltip of our own', async () => {
  const { page, context, problems } = await watchedPage(session, { viewport: { width: 1000, height: 900 } });
  await page.goto(session.url());
  const mark = page.locator('figure.chart .plot:visible svg g[aria-label="bar"] > [aria-label]').first();
  const label = await mark.getAttribute('aria-label');
  await mark.hover();
  const tip = page.locator('.chart-tooltip');
  await expect.poll(() => tip.isVisible()).toBe(true);
  expect(await tip.textContent()).toBe(label);
  await page.mouse.move(1, 1);
  await expect.poll(() => tip.isVisible()).toBe(false);
  expect(problems).toEqual([]);
  await context.close();
});
