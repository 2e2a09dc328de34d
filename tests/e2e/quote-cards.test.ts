// Quote cards a journalist can embed: every figure's receipt page opens the embed dialog with its
// quote card's snippet, and a chart's dialog offers the quote card of each figure in its table; the
// snippets pasted into a page of another origin show the card, sized to it, with the place, the
// figure read in the page's language and where it was written.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, watchedPage, type Session, openForeignHost, type ForeignHost } from './browser.ts';
import { listPages } from '../../scripts/builtSite/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

const dist = process.env.DIST_DIR ?? 'dist';
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

/** The snippet texts of the dialog the link opens. */
async function dialogSnippets(page: Page, linkSelector: string) {
  await page.locator(linkSelector).first().click();
  const dialog = page.locator('dialog.embed-dialog[open]');
  await dialog.waitFor({ state: 'visible' });
  const codes = await dialog.locator('textarea').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
  const heading = (await dialog.locator('h2').textContent()) ?? '';
  const options = await dialog.locator('select option').allTextContents();
  await page.keyboard.press('Escape');
  return { codes, heading, options };
}

// Every receipt page's link carries what the dialog builds the snippet from (tests/quote-card-words.test.ts
// checks each one in the build); here the dialog itself, on one figure of each document.
test.each(LOCALES.map((l) => [l.id] as const))('%s: a figure’s receipt page offers its quote card’s snippet (one figure per document)', async (lang) => {
  const all = listPages(dist).filter((p) => p.lang === lang && p.type === 'receipt' && p.path.includes('figures/'));
  const documentOf = (path: string) => path.split('/').filter(Boolean).at(-1)!.replace(/-t\d+$/, '');
  const receipts = [...new Map(all.map((p) => [documentOf(p.path), p])).values()];
  expect(receipts.length).toBeGreaterThan(1);
  const { page, problems, context } = await watchedPage(session, { viewport: { width: 1000, height: 800 } });
  const missing: string[] = [];
  for (const r of receipts) {
    await page.goto(session.url(r.path));
    if (await page.locator('main .withdrawn, .withdrawn-receipt').count()) continue;
    const id = r.path.split('/').filter(Boolean).at(-1)!;
    const { codes } = await dialogSnippets(page, 'a.embed-link[data-embed-id]');
    const src = session.url(`${LOCALES.find((l) => l.id === lang)!.prefix}embed/figure/${id}/`);
    if (!codes[0]?.includes(`<iframe src="${src}"`) || !codes[0].includes(`data-shuangchuang-chart="figure-${id}"`) || !codes[0].includes('embed.js')) missing.push(r.path);
  }
  expect(missing).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test.each(LOCALES.map((l) => [l.id, l.prefix] as const))('%s: quote cards from a chart’s dialog and a receipt, pasted into another origin’s page, show place, figure and source at their own height', async (lang, prefix) => {
  const { page, context } = await watchedPage(session, { viewport: { width: 1000, height: 800 } });
  await page.goto(session.url(prefix));
  // The first chart whose table links to figures offers them as quote cards.
  const figure = page.locator('figure.chart:has(.chart-table a[href*="/figures/"])').first();
  const chartId = await figure.getAttribute('data-chart-id');
  const fromChart = await dialogSnippets(page, `figure.chart[data-chart-id="${chartId}"] a.embed-link`);
  expect(fromChart.options.length, 'figures offered as quote cards').toBeGreaterThan(0);
  const quoteSnippet = fromChart.codes.find((c) => c.includes('/embed/figure/'));
  expect(quoteSnippet, 'a quote-card snippet beside the chart’s').toBeTruthy();
  const receipt = listPages(dist).find((p) => p.lang === lang && p.type === 'receipt' && p.path.includes('figures/'))!;
  await page.goto(session.url(receipt.path));
  const fromReceipt = await dialogSnippets(page, 'a.embed-link[data-embed-id]');
  await context.close();

  hostHtml = `<!doctype html><html><head><meta charset="utf-8"><title>A newspaper</title></head><body><h1>Our story</h1>
    ${quoteSnippet!.replace(/height="\d+"/, 'height="60"')}<p>More of the story.</p>${fromReceipt.codes[0].replace(/height="\d+"/, 'height="60"')}</body></html>`;
  const host = await session.browser.newContext({ viewport: { width: 680, height: 900 } });
  const news = await host.newPage();
  await news.goto(hostUrl);
  const iframes = news.locator('iframe[data-shuangchuang-chart]');
  expect(await iframes.count()).toBe(2);
  for (let i = 0; i < 2; i++) {
    const iframe = iframes.nth(i);
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForSelector('.quote-card');
    const card = await frame.evaluate(() => ({
      height: Math.ceil(document.body.getBoundingClientRect().height),
      lead: document.querySelector('.quote-card .value')?.textContent ?? '',
      marked: document.querySelector('.quote-card blockquote mark')?.textContent ?? '',
      source: document.querySelector('.quote-card figcaption')?.textContent ?? '',
      place: document.querySelector('.quote-card')?.getAttribute('data-place') ?? '',
    }));
    // Sized to the card, not the 60 px it was pasted with.
    await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(100);
    expect(Math.abs((await iframe.evaluate((f) => f.getBoundingClientRect().height)) - card.height)).toBeLessThanOrEqual(1);
    expect(card.marked.length, 'the figure marked in its sentence').toBeGreaterThan(0);
    expect(card.lead.length).toBeGreaterThan(card.marked.length);
    expect(card.source).toMatch(/\S/);
    expect(card.place).toMatch(/\S/);
  }
  await host.close();
});
