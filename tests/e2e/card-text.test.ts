// Card images keep their text inside and apart, like exports: the SVG each card is rendered from
// (every page with a card of its own, in every language) is drawn in the browser, and no text may
// leave the card or the drawing in it, nor sit on other text.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/chromium.ts';
import { cardSvgs } from '../../scripts/cards/cards.ts';
import { manySvgTextProblems } from './textBoxes.ts';

const dist = process.env.DIST_DIR ?? 'dist';
let browser: Browser;
beforeAll(async () => { browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true }); });
afterAll(async () => { await browser?.close(); });

test('every card’s SVG keeps its text inside the card and apart', async () => {
  const cards = cardSvgs(dist, { siteCss: readFileSync('src/styles/site.css', 'utf8'), placesCss: readFileSync('src/generated/site.places.css', 'utf8') });
  expect([...new Set(cards.map((c) => c.page.type))]).toEqual(expect.arrayContaining(['home', 'region', 'embed', 'receipt']));
  const page = await (await browser.newContext({ viewport: { width: 1300, height: 700 } })).newPage();
  const found: string[] = [];
  for (let i = 0; i < cards.length; i += 60) {
    const batch = cards.slice(i, i + 60);
    const problems = await manySvgTextProblems(page, batch.map((c) => c.svg));
    problems.forEach((list, j) => list.forEach((p) => found.push(`${batch[j].page.path || '(home)'}: ${p}`)));
  }
  expect(found).toEqual([]);
});
