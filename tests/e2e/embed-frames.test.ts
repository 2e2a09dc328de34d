// An embed in the frames a newsroom gives it: one chart of every family of the catalogue, in every
// language, in iframes 280, 680 and 1200 px wide on a page of another origin; its title is at least
// as large as the largest text of its drawing, as rendered (font size × the scale the drawing is shown at).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, type Session, openForeignHost, type ForeignHost } from './browser.ts';
import { chartFamily as familyOf, charts } from '../../src/charts/catalog.ts';
import { site } from '../../src/site/data.ts';
import { contextOf } from '../../src/site/context.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const FRAMES = [280, 680, 1200];
let session: Session;
let host: ForeignHost;
let hostUrl = '';
let hostHtml = '';

beforeAll(async () => {
  session = await openSession();
  host = await openForeignHost(() => hostHtml);
  hostUrl = host.url;
});
afterAll(async () => {
  await session?.close();
  await host?.close();
});

test.each(LOCALES.map((l) => [l.id, l.prefix] as const))('%s: in frames of 280, 680 and 1200 px the title is never smaller than the drawing’s text', async (lang, prefix) => {
  const firstOfFamily = new Map<string, string>();
  for (const c of charts(site, contextOf(lang))) if (!firstOfFamily.has(familyOf(c.chart_id))) firstOfFamily.set(familyOf(c.chart_id), c.chart_id);
  const frames = [...firstOfFamily.values()].flatMap((id) => FRAMES.map((width) => ({ id, width })));
  hostHtml = `<!doctype html><meta charset="utf-8"><title>A newspaper</title><body style="margin:0">${frames
    .map(({ id, width }) => `<iframe src="${session.url(`${prefix}embed/${id}/`)}" width="${width}" height="600" style="border:0;display:block" data-frame="${id}@${width}"></iframe>`).join('')}</body>`;
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(hostUrl);
  const smaller: string[] = [];
  let measured = 0;
  for (const { id, width } of frames) {
    const frame = await (await page.locator(`iframe[data-frame="${id}@${width}"]`).elementHandle())!.contentFrame();
    await frame!.waitForSelector('svg.sc-plot');
    const sizes = await frame!.evaluate(() => {
      const title = [...document.querySelectorAll<HTMLElement>('.chart-title')].find((t) => t.getClientRects().length > 0)!;
      const drawing = [...document.querySelectorAll<SVGSVGElement>('svg.sc-plot')].find((s) => s.getClientRects().length > 0)!;
      const scale = drawing.getBoundingClientRect().width / drawing.viewBox.baseVal.width;
      const axis = Math.max(...[...drawing.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      return { title: parseFloat(getComputedStyle(title).fontSize), axis, frame: window.innerWidth };
    });
    expect(sizes.frame, `${id} frame width`).toBe(width);
    measured++;
    if (sizes.title < sizes.axis - 0.01) smaller.push(`${id} at ${width} px: title ${sizes.title.toFixed(1)} px < drawing text ${sizes.axis.toFixed(1)} px`);
  }
  expect(measured).toBe(firstOfFamily.size * FRAMES.length);
  expect(smaller).toEqual([]);
  await context.close();
});
