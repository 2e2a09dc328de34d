import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

test('the figures table sorts by a column heading, by keyboard, both ways', async () => {
  const { page, problems, context } = await watchedPage(session);
  await page.goto(session.url('regions/yuetang/'));
  const table = page.locator('table[data-sortable]');
  const values = () => table.locator('tbody td[data-value]').evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.value)));
  const button = table.locator('thead th[data-type="number"] button');
  await button.focus();
  await page.keyboard.press('Enter');
  const ascending = await values();
  expect(ascending.length).toBeGreaterThan(10);
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  expect(await table.locator('thead th[data-type="number"]').getAttribute('aria-sort')).toBe('ascending');
  await page.keyboard.press('Enter');
  const descending = await values();
  expect(descending).toEqual([...ascending].sort((a, b) => b - a));
  expect(problems).toEqual([]);
  await context.close();
});

test('a figure link lands on its highlighted figure inside its item in the text', async () => {
  const { page, context } = await watchedPage(session);
  await page.goto(session.url('regions/putuo/'));
  const link = page.locator('table[data-sortable] tbody a[href^="#t-"]').first();
  const hash = (await link.getAttribute('href'))!;
  await link.click();
  expect(new URL(page.url()).hash).toBe(hash);
  const mark = page.locator(`mark${hash}`);
  expect(await mark.count()).toBe(1);
  // Nested inside its item's span, so the figure is read in its sentence.
  expect(await mark.evaluate((m) => Boolean(m.closest('span.measure[id^="m-"]')))).toBe(true);
  expect(await mark.evaluate((m) => getComputedStyle(m).outlineStyle)).not.toBe('none');
  await context.close();
});
