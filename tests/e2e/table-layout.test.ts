// Tables on a phone never cut a column: on the data page at 360 px, in every language, every cell
// of every table (the file list first) lies inside the screen, and no table needs sideways scrolling.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

test.each(LOCALES.map((l) => [l.id, l.prefix] as const))('%s data page at 360 px: every column of every table shows', async (_id, prefix) => {
  const { page, context } = await watchedPage(session, { viewport: { width: 360, height: 740 } });
  await page.goto(session.url(`${prefix}data/`));
  const report = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll('main table')];
    const cut: string[] = [];
    let cells = 0;
    for (const table of tables) {
      const name = table.className || 'table';
      for (const cell of table.querySelectorAll('tbody td, tbody th')) {
        cells++;
        const r = cell.getBoundingClientRect();
        if (r.width === 0 || r.left < -0.5 || r.right > width + 0.5) cut.push(`${name}: “${(cell.textContent ?? '').trim().slice(0, 30)}” at ${r.left.toFixed(0)}–${r.right.toFixed(0)} px`);
      }
      for (const link of table.querySelectorAll('a')) {
        const r = link.getBoundingClientRect();
        if (r.right > width + 0.5 || r.width === 0) cut.push(`${name}: link “${link.textContent}” at ${r.right.toFixed(0)} px`);
      }
      const scroller = table.closest('.table-scroll');
      if (scroller && scroller.scrollWidth > scroller.clientWidth + 1) cut.push(`${name}: scrolls sideways by ${scroller.scrollWidth - scroller.clientWidth} px`);
    }
    return { tables: tables.length, cells, cut, fileList: document.querySelectorAll('table.data-tables a[download]').length };
  });
  expect(report.tables).toBeGreaterThan(0);
  expect(report.fileList, 'download links in the file list').toBeGreaterThan(0);
  expect(report.cut).toEqual([]);
  await context.close();
});
