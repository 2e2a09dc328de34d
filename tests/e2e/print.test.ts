// A region page and a receipt print as documents: no navigation, controls or buttons, tables whole
// (nothing scrolled away), and each link's address printed beside it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

test.each(['regions/yuetang/', 'figures/yuetang-2016-t001/', 'zh/regions/putuo/'])('%s prints without controls, with whole tables and link targets', async (path) => {
  const { page, context } = await watchedPage(session, { viewport: { width: 800, height: 1000 } });
  await page.goto(session.url(path));
  await page.emulateMedia({ media: 'print' });
  const shown = (selector: string) => page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || e.getClientRects().length > 0).length);
  expect(await shown('header.site-header')).toBe(0);
  expect(await shown('nav')).toBe(0);
  expect(await shown('button')).toBe(0);
  expect(await shown('input, select, textarea')).toBe(0);
  // Tables are not clipped: nothing is left to scroll to sideways.
  const clipped = await page.locator('.table-scroll').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  expect(clipped).toBe(0);
  // A link to another page prints its address.
  const after = await page.locator('main a[href^="/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/');
  await context.close();
});
