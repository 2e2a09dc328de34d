// The search page in Chromium: the index loads only once the box is used, results come as the reader
// types, the keyboard alone walks them and opens one, and the region page lands on the highlighted
// item or sentence.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const indexRequests = (page: Page) => {
  const seen: string[] = [];
  // The index comes in parts: its head, then one file per place.
  page.on('request', (r) => { if (/\/search-index(\.json|\/)/.test(r.url())) seen.push(new URL(r.url()).pathname); });
  return seen;
};
const status = (page: Page) => page.locator('#search-status');
const focusedHref = (page: Page) => page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
/** The element the URL fragment points at, and whether it is painted with the highlight colour. */
const landing = (page: Page) => page.evaluate(() => {
  const target = document.querySelector(':target');
  if (!target) return null;
  const style = getComputedStyle(target);
  const box = target.getBoundingClientRect();
  return {
    id: target.id, text: target.textContent ?? '',
    highlighted: style.backgroundColor !== 'rgba(0, 0, 0, 0)' || style.outlineStyle !== 'none',
    inView: box.bottom > 0 && box.top < window.innerHeight,
  };
});

test('typing a query, the arrow keys and Enter land on the item’s receipt, its words highlighted', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 800 } });
  const requests = indexRequests(page);
  await page.goto(session.url('search/'));
  await expect.poll(() => page.locator('#search-q').count()).toBe(1);
  expect(requests).toEqual([]); // nothing is fetched until the box is used

  await page.keyboard.press('Tab'); // skip link
  await page.locator('#search-q').focus();
  await page.keyboard.type('veterans');
  await expect.poll(() => status(page).textContent()).toMatch(/^\d+ results? in \d+ places?$/);
  expect(requests.filter((r) => r.endsWith('/head.json'))).toHaveLength(1);
  expect(requests).not.toContain('/search-index.json'); // never the whole index in one file
  expect(await status(page).getAttribute('aria-live')).toBe('polite');
  expect(new URL(page.url()).searchParams.get('q')).toBe('veterans');
  expect(await page.locator('.search-group').first().getAttribute('data-place')).toBe('panshan');
  expect(await page.locator('.search-hit mark').count()).toBeGreaterThan(0);

  await page.keyboard.press('ArrowDown');
  const first = await focusedHref(page);
  expect(first).toBe('/items/panshan-report-a08/');
  await page.keyboard.press('ArrowDown');
  expect(await focusedHref(page)).not.toBe(first);
  await page.keyboard.press('ArrowUp');
  expect(await focusedHref(page)).toBe(first);
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
  await page.keyboard.press('ArrowDown');

  await Promise.all([page.waitForURL('**/items/panshan-report-a08/'), page.keyboard.press('Enter')]);
  // The receipt shows the item's text with its words marked.
  expect(await page.locator('.receipt-quote mark').textContent()).toContain('退役军人');
  expect(await page.locator('.receipt-quote mark').isVisible()).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('a query in the URL searches on load, in Chinese, and the keyboard reaches a sentence', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 800 } });
  await page.goto(session.url(`zh/search/?q=${encodeURIComponent('创业担保贷款')}&place=yuetang`));
  await expect.poll(() => status(page).textContent()).toMatch(/^一个地方共(?:\d+|[一两三四五六七八九])条结果$/);
  expect(await page.locator('select[name="place"]').inputValue()).toBe('yuetang');
  expect(await page.locator('.search-group').count()).toBe(1);

  await page.locator('#search-q').focus();
  let href = '';
  for (let i = 0; i < 30 && !href.includes('#s-'); i++) {
    await page.keyboard.press('ArrowDown');
    href = await focusedHref(page);
  }
  expect(href).toMatch(/^\/zh\/regions\/yuetang\/#s-\d+$/);
  await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
  const landed = await landing(page);
  expect(landed).toMatchObject({ id: href.split('#')[1], highlighted: true, inView: true });
  expect(landed!.text).toContain('创业担保贷款');
  expect(problems).toEqual([]);
  await context.close();
});

test('filters narrow the results and live in the URL', async () => {
  const { page, problems, context } = await watchedPage(session);
  await page.goto(session.url('search/?q=孵化'));
  await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThanOrEqual(4);
  await page.locator('select[name="kind"]').selectOption('outcome');
  await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('outcome');
  await expect.poll(() => page.locator('.search-hit .tag').allTextContents()).toEqual(
    expect.arrayContaining([expect.stringMatching(/^Figure · reported outcome$/)]),
  );
  const tags = await page.locator('.search-hit .tag').allTextContents();
  expect(tags.every((x) => x === 'Figure · reported outcome')).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test('no results says so, offers the themes, and shows the query as text, never as markup', async () => {
  const { page, problems, context } = await watchedPage(session);
  await page.goto(session.url('search/'));
  await page.locator('#search-q').fill('<img src=x id=injected>blockchain');
  await expect.poll(() => status(page).textContent()).toContain('Nothing matches');
  expect(await status(page).textContent()).toContain('<img src=x id=injected>');
  expect(await page.locator('#injected').count()).toBe(0);
  const themes = page.locator('#search-none:visible a[href^="/themes/"]');
  expect(await themes.count()).toBe(14);
  expect(problems).toEqual([]);
  await context.close();
});

test('the header search of any page opens the search page with its results', async () => {
  const { page, problems, context } = await watchedPage(session);
  await page.goto(session.url('zh/themes/'));
  const box = page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox', { name: '搜索' });
  await box.fill('孵化');
  await Promise.all([page.waitForURL('**/zh/search/?q=*'), box.press('Enter')]);
  await expect.poll(() => page.locator('.search-group').count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator('#search-q').inputValue()).toBe('孵化');
  expect(problems).toEqual([]);
  await context.close();
});

test('results pass axe in both colour schemes, in both languages', async () => {
  for (const [path, colorScheme] of [['search/?q=veterans', 'light'], ['zh/search/?q=孵化', 'dark']] as const) {
    const { page, problems, context } = await watchedPage(session, { colorScheme });
    await page.goto(session.url(path));
    await expect.poll(() => page.locator('.search-hit mark').count()).toBeGreaterThan(3);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes[0]?.target)}`);
    expect(serious, `${path} ${colorScheme}`).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }
});
