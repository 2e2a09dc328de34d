// Embeds in a real browser: the snippet from a chart's Embed dialog, pasted into a page served from
// another origin, resizes its iframe to the chart and ignores height messages from anyone else;
// embed pages work with JavaScript off and follow the reader's colour scheme; SVG and PNG downloads.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openSession, watchedPage, type Session, openForeignHost, type ForeignHost } from './browser.ts';
import en from '../../src/i18n/words/en.ts';
import zh from '../../src/i18n/words/zh.ts';

let session: Session;
let host: ForeignHost;
let hostUrl = '';
let hostHtml = '';
const INTRUDER = `<!doctype html><meta charset="utf-8"><title>Another frame</title><p>Not a chart.</p>`;

beforeAll(async () => {
  session = await openSession();
  // The "newspaper": a second server on another port, so another origin than the site.
  host = await openForeignHost((path) => (path.startsWith('/intruder') ? INTRUDER : hostHtml));
  hostUrl = host.url;
});
afterAll(async () => {
  await session?.close();
  await host?.close();
});

const bgOf = (page: Page | Frame) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const isDark = (rgb: string) => { const [r, g, b] = rgb.match(/\d+/g)!.map(Number); return r + g + b < 200; };

async function snippetsFrom(path: string) {
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 900 } });
  await page.goto(session.url(path));
  const link = page.locator('figure.chart a.embed-link').first();
  const chartId = await link.evaluate((a) => a.closest<HTMLElement>('[data-chart-id]')!.dataset.chartId!);
  await link.click();
  const dialog = page.locator('dialog.embed-dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  const codes = await dialog.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  const heading = await dialog.locator('h2').textContent();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' }); // Escape closes it
  await context.close();
  return { chartId, codes, heading, problems };
}

describe('the Embed dialog', () => {
  test('gives an iframe + script snippet and an iframe-only one, in the page’s language', async () => {
    for (const [path, lang] of [['', 'en'], ['zh/', 'zh']] as const) {
      const { chartId, codes: all, heading, problems } = await snippetsFrom(path);
      // A chart whose table lists figures also offers each as a quote card (tests/e2e/quote-cards.test.ts).
      const codes = all.filter((c) => !c.includes('/embed/figure/'));
      expect(heading).toBe({ en, zh }[lang].chartTools.dialogTitle);
      const embedUrl = session.url(`${lang === 'zh' ? 'zh/' : ''}embed/${chartId}/`);
      expect(codes).toHaveLength(2);
      // The chart's address, with the view on screen (?view=) where the chart has several.
      expect(codes[0]).toMatch(new RegExp(`<iframe src="${embedUrl.replace(/[.?]/g, '\\$&')}(\\?view=[a-z_]+)?"`));
      expect(codes[0]).toContain(`data-shuangchuang-chart="${chartId}"`);
      expect(codes[0]).toContain(`<script src="${session.url('embed.js')}" async></script>`);
      expect(codes[1]).toMatch(new RegExp(`<iframe src="${embedUrl.replace(/[.?]/g, '\\$&')}(\\?view=[a-z_]+)?"`));
      expect(codes[1]).not.toContain('<script');
      expect(Number(/height="(\d+)"/.exec(codes[1])?.[1])).toBeGreaterThan(150);
      expect(problems).toEqual([]);
    }
  });

  test('without JavaScript the Embed link goes to the embed page and the download buttons stay hidden', async () => {
    const { page, context } = await watchedPage(session, { javaScriptEnabled: false });
    await page.goto(session.url());
    const link = page.locator('figure.chart a.embed-link').first();
    const href = await link.getAttribute('href');
    expect(await page.locator('.chart-download').first().isVisible()).toBe(false);
    await link.click();
    await page.waitForURL(session.url(href!.slice(1)));
    expect(await page.locator('figure.chart table').count()).toBe(1);
    await context.close();
  });
});

describe('on a page of another origin', () => {
  let page: Page;
  let frame: Frame;
  const iframeHeight = () => page.locator('iframe[data-shuangchuang-chart]').evaluate((f) => f.getBoundingClientRect().height);
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

  beforeAll(async () => {
    const { codes } = await snippetsFrom('');
    hostHtml = `<!doctype html><html><head><meta charset="utf-8"><title>A newspaper</title></head><body>
      <h1>Our story</h1>${codes[0].replace(/height="\d+"/, 'height="120"')}
      <iframe id="intruder" src="/intruder.html" width="300" height="60"></iframe>
      <p>More of the story.</p></body></html>`;
    const context = await session.browser.newContext({ viewport: { width: 900, height: 800 } });
    page = await context.newPage();
    await page.goto(hostUrl);
    frame = page.frames().find((f) => f.url().startsWith(session.server.url))!;
    expect(frame).toBeTruthy();
  });
  afterAll(async () => { await page?.context().close(); });

  test('the iframe takes the height of its chart, and follows it when the chart grows and shrinks', async () => {
    await expect.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight())), { timeout: 10_000 }).toBeLessThanOrEqual(1);
    const closed = await iframeHeight();
    expect(closed).toBeGreaterThan(200); // not the 120 px it was pasted with
    await frame.locator('details.chart-table summary').click();
    await expect.poll(iframeHeight, { timeout: 10_000 }).toBeGreaterThan(closed + 50);
    expect(Math.abs((await iframeHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
    await frame.locator('details.chart-table summary').click();
    await expect.poll(iframeHeight, { timeout: 10_000 }).toBe(closed);
  });

  test('height messages from the host page itself or from another frame are ignored', async () => {
    const before = await iframeHeight();
    const id = await page.locator('iframe[data-shuangchuang-chart]').getAttribute('data-shuangchuang-chart');
    await page.evaluate((id) => window.postMessage({ type: 'shuangchuang:height', id, height: 61 }, '*'), id);
    const intruder = page.frames().find((f) => f.url().includes('/intruder'))!;
    await intruder.evaluate((id) => window.parent.postMessage({ type: 'shuangchuang:height', id, height: 62 }, '*'), id);
    await page.waitForTimeout(500);
    expect(await iframeHeight()).toBe(before);
    // The same message from the chart's own frame is obeyed (so the check above could have failed).
    await frame.evaluate((id) => window.parent.postMessage({ type: 'shuangchuang:height', id, height: 63 }, '*'), id);
    await expect.poll(iframeHeight).toBe(63);
  });
});

describe('an embed page', () => {
  test('works with JavaScript off: chart, table, no navigation; dark when the reader prefers dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, problems, context } = await watchedPage(session, { javaScriptEnabled: false, colorScheme, viewport: { width: 700, height: 600 } });
      await page.goto(session.url('embed/timeline/'));
      expect(await page.locator('svg.sc-plot:visible').count()).toBe(1);
      expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
      expect(await page.locator('nav').count()).toBe(0);
      expect(isDark(await bgOf(page))).toBe(colorScheme === 'dark');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  test('?theme= forces light or dark where scripts run', async () => {
    for (const [colorScheme, theme] of [['dark', 'light'], ['light', 'dark']] as const) {
      const { page, problems, context } = await watchedPage(session, { colorScheme });
      await page.goto(session.url(`zh/embed/timeline/?theme=${theme}`));
      await expect.poll(async () => isDark(await bgOf(page))).toBe(theme === 'dark');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});

describe('downloads of a chart', () => {
  test('Download SVG saves the chart on screen as a standalone SVG, Download PNG as a PNG twice its size', async () => {
    const { page, problems, context } = await watchedPage(session, { acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    await page.goto(session.url());
    const figure = page.locator('figure.chart').first();

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="svg"]').click()]);
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('var(--');
    expect(svg).not.toMatch(/currentColor/i);
    expect(svg.match(/<(rect|path)/g)!.length).toBeGreaterThan(2);
    // The image is the chart's drawing inside its words: as wide as the drawing plus margins.
    const [, width, height] = /^<svg[^>]*width="(\d+)" height="(\d+)"/m.exec(svg.split('\n')[1])!.map(Number);
    expect(width).toBeGreaterThan(300);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), figure.locator('button[data-download="png"]').click()]);
    expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(Math.round(width * 2));
    expect(png.readUInt32BE(20)).toBe(Math.round(height * 2));
    expect(png.length).toBeGreaterThan(2000);
    expect(problems).toEqual([]);
    await context.close();
  });
});
