// Download SVG gives an image a newsroom can publish alone: for one chart of each family, the saved
// file holds the chart's title, every legend entry, its source line and the site's credit, in the
// light theme even when the reader uses the dark one.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))));
const family = (id: string) => id.replace(/-.*$/, '');

test('every family of chart exports a standalone, light SVG with its words', async () => {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1100, height: 900 }, acceptDownloads: true, colorScheme: 'dark' });
  // The pages that hold the chart families between them.
  const seen = new Set<string>();
  for (const path of ['', 'regions/yuetang/', 'themes/incubation/', 'departments/', 'zh/']) {
    await page.goto(session.url(path));
    for (const figure of await page.locator('figure.chart').all()) {
      const id = (await figure.getAttribute('data-chart-id'))!;
      const key = `${path.startsWith('zh/') ? 'zh ' : ''}${family(id)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await figure.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="svg"]').click()]);
      const svg = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
      const words = texts(svg).join(' ').replace(/\s+/g, ' ');
      const title = (await figure.locator('.chart-title:visible').first().textContent())!.trim().replace(/\s+/g, ' ');
      const source = (await figure.locator('.chart-source > span').first().textContent())!.trim();
      // Titles may wrap over lines: every word of the title is there, in order.
      expect(words, `${key}: title`).toContain(title.split(' ').slice(0, 3).join(' '));
      expect(words.replace(/ /g, ''), `${key}: whole title`).toContain(title.replace(/ /g, ''));
      expect(words.replace(/ /g, ''), `${key}: source`).toContain(source.replace(/ /g, ''));
      for (const label of await figure.locator('.chart-legend li').allTextContents()) expect(texts(svg), `${key}: legend ${label}`).toContain(label.trim());
      expect(svg, `${key}: light background`).toMatch(/<rect width="\d+" height="\d+" fill="#fff(fff)?"\/>/);
      expect(svg, `${key}: a font stack naming CJK fonts`).toContain('Noto Sans CJK SC');
    }
  }
  expect([...seen].filter((k) => !k.startsWith('zh ')).sort()).toEqual(expect.arrayContaining(['compare', 'concreteness', 'departments', 'places', 'theme', 'themes', 'timeline']));
  expect(problems).toEqual([]);
  await context.close();
});

test('Download PNG saves an image twice the chart’s width', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 1100, height: 900 }, acceptDownloads: true });
  await page.goto(session.url(''));
  const figure = page.locator('figure.chart').first();
  const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="png"]').click()]);
  const png = Buffer.concat(await (await download.createReadStream()).toArray());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const [download2] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="svg"]').click()]);
  const svg = Buffer.concat(await (await download2.createReadStream()).toArray()).toString('utf8');
  const svgWidth = Number(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)"/.exec(svg)![1]);
  expect(width).toBe(svgWidth * 2);
  await context.close();
});
