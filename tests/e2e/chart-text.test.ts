// Chart text reads at 12 px or more on a phone and on a desktop: font size × the scale at which the
// visible SVG is drawn, for every <text> of every visible chart.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';

let session: Session;
beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session?.close(); });

const PAGES = ['', 'compare/', 'regions/putuo/', 'themes/incubation/', 'embed/concreteness/', 'zh/', 'zh/compare/'];
const MIN_PX = 12;

test.each([360, 1280])('at %i px wide, chart text is at least 12 px on screen', async (width) => {
  const { page, context } = await watchedPage(session, { viewport: { width, height: 900 } });
  for (const path of PAGES) {
    await page.goto(session.url(path));
    const sizes = await page.locator('figure.chart svg.sc-plot').evaluateAll((svgs) => svgs
      .filter((svg) => (svg as SVGSVGElement).getClientRects().length > 0)
      .flatMap((svg) => {
        const s = svg as SVGSVGElement;
        const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        return [...s.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', px: parseFloat(getComputedStyle(t).fontSize) * scale }));
      }));
    expect(sizes.length, `${path}: visible chart text`).toBeGreaterThan(0);
    const small = sizes.filter((x) => x.px < MIN_PX - 0.01).map((x) => `${x.text} (${x.px.toFixed(1)} px)`);
    expect(small, `${path} at ${width} px`).toEqual([]);
  }
  await context.close();
});

test('charts use the width the page gives them: the visible drawing is never scaled down', async () => {
  const { page, context } = await watchedPage(session, { viewport: { width: 360, height: 800 } });
  await page.goto(session.url(''));
  const scales = await page.locator('figure.chart svg.sc-plot').evaluateAll((svgs) => svgs
    .filter((svg) => (svg as SVGSVGElement).getClientRects().length > 0)
    .map((svg) => (svg as SVGSVGElement).getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width));
  for (const scale of scales) expect(scale).toBeGreaterThanOrEqual(1);
  await context.close();
});
