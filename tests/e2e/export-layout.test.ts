// Exported images a newsroom can publish as they are: on site pages holding every chart family of the
// catalogue, in every language, at a phone's and a desktop's width, every "Download SVG" and
// "Download PNG" is clicked; the saved SVG, and the SVG the PNG is drawn from, are opened alone and
// no text may leave the image or sit on other text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, watchedPage, type Session } from './browser.ts';
import { svgTextProblems } from './textBoxes.ts';
import { chartFamily as familyOf, charts } from '../../src/charts/catalog.ts';
import { site } from '../../src/site/data.ts';
import { contextOf } from '../../src/site/context.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { listPages } from '../../scripts/builtSite/site.ts';

const dist = process.env.DIST_DIR ?? 'dist';

let session: Session;
let checker: Page;
beforeAll(async () => {
  session = await openSession();
  checker = await (await session.browser.newContext()).newPage();
});
afterAll(async () => { await session?.close(); });

/** Site pages (not embeds or receipts) that between them hold a chart of every family, and the families. */
function pagesFor(lang: string) {
  const families = new Set(charts(site, contextOf(lang)).map((c) => familyOf(c.chart_id)));
  const pages = listPages(dist).filter((p) => p.lang === lang && !['embed', 'quote-card', 'receipt'].includes(p.type));
  const chosen = new Map<string, string>();
  for (const p of pages) {
    const ids = [...readFileSync(join(dist, p.file), 'utf8').matchAll(/<figure[^>]*data-chart-id="([^"]+)"/g)].map((m) => m[1]);
    const adds = [...new Set(ids.map(familyOf))].filter((f) => families.has(f) && !chosen.has(f));
    for (const f of adds) chosen.set(f, p.path);
  }
  return { families, chosen };
}

const CASES = LOCALES.flatMap((l) => [360, 1280].map((width) => [l.id, width] as const));

test.each(CASES)('%s at %i px: every exported SVG and PNG of every chart family keeps its text inside and apart', async (lang, width) => {
  const { families, chosen } = pagesFor(lang);
  expect([...families].filter((f) => !chosen.has(f)), 'families with no chart on a site page').toEqual([]);
  const { page, problems, context } = await watchedPage(session, { viewport: { width, height: 900 }, acceptDownloads: true });
  // The SVG each PNG is drawn from: kept as the chart tools hand it to the browser to rasterise.
  await page.addInitScript(() => {
    const drawn: Promise<string>[] = [];
    (window as unknown as { __drawnSvgs: Promise<string>[] }).__drawnSvgs = drawn;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob && obj.type.startsWith('image/svg')) drawn.push(obj.text());
      return create(obj);
    };
  });
  const found: string[] = [];
  const exported = new Set<string>();
  for (const path of new Set(chosen.values())) {
    await page.goto(session.url(path));
    for (const figure of await page.locator('figure.chart[data-chart-id]').all()) {
      const id = (await figure.getAttribute('data-chart-id'))!;
      if (!(await figure.locator('button[data-download="svg"]').isVisible())) continue;
      await figure.scrollIntoViewIfNeeded();
      const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="svg"]').click()]);
      const svg = readFileSync((await svgDownload.path())!, 'utf8');
      const [pngDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="png"]').click()]);
      const png = readFileSync((await pngDownload.path())!);
      const drawnFrom = await page.evaluate(async () => { const d = (window as unknown as { __drawnSvgs: Promise<string>[] }).__drawnSvgs; return d.length ? d[d.length - 1] : ''; });
      expect(png.subarray(1, 4).toString(), `${id}: a PNG`).toBe('PNG');
      const svgWidth = Number(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="([\d.]+)"/.exec(drawnFrom)?.[1]);
      expect(png.readUInt32BE(16), `${id}: the PNG is drawn from its SVG at twice its width`).toBe(Math.round(svgWidth * 2));
      for (const [kind, image] of [['svg', svg], ['png', drawnFrom]] as const) {
        for (const p of await svgTextProblems(checker, image)) found.push(`${path || '(home)'} ${id} (${kind}): ${p}`);
      }
      exported.add(familyOf(id));
    }
  }
  expect([...families].filter((f) => !exported.has(f)), 'families exported').toEqual([]);
  expect(found).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
