// One page of every type, in every language (discovered from the build): axe finds no serious or
// critical violation in the light and dark themes, and keyboard focus is always visible.
// npm test runs every check on every page type in one language drawn at random, and the full rules on
// a few more pages drawn from all the others; the seed is printed (SAMPLE_SEED=<seed> repeats a run).
// npm run test:sweep (FULL_SWEEP=1; CI runs it) runs every check on every type in every language.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './browser.ts';
import { listPages, onePerType, pageKind } from '../../scripts/builtSite/site.ts';
import { a11yPlan, sweepSettings } from '../../scripts/builtSite/sample.ts';

const root = process.env.DIST_DIR ?? 'dist';
const pages = listPages(root);
const sample = onePerType(pages);
const { full, seed, random } = sweepSettings();
const plan = a11yPlan(pages, sample, { full, random, extra: 6 });
console.log(full
  ? `accessibility: full sweep, ${plan.length} pages, every check`
  : `accessibility: sample with seed ${seed} (SAMPLE_SEED=${seed} repeats it; npm run test:sweep checks everything): ${plan.map((p) => `/${p.page.path} [${p.checks.join(', ')}]`).join(' ')}`);
let session: Session;
beforeAll(async () => { session = await openSession(root); });
afterAll(async () => { await session?.close(); });

async function open(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const context = await session.browser.newContext({ colorScheme, viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  await page.goto(session.url(path), { waitUntil: 'load' });
  return page;
}

const serious = (violations: { id: string; impact?: string | null; nodes: { target: unknown }[] }[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`);

test('the sample covers the page types every build has, in both languages', () => {
  const types = new Set(sample.map(pageKind));
  for (const lang of ['en', 'zh']) for (const type of ['home', 'region', 'theme', 'themes', 'embed']) expect(types).toContain(`${lang} ${type}`);
  // Every type has every check in some language (in every language in the full sweep).
  if (full) for (const p of sample) expect(plan.find((x) => x.page === p)?.checks).toHaveLength(3);
  for (const type of new Set(sample.map((p) => p.type))) expect(plan.some((x) => x.page.type === type && x.checks.length === 3), type).toBe(true);
});

describe.concurrent.each(plan.map(({ page, checks }) => [`${page.lang} ${page.type} (/${page.path})`, page, checks] as const))('%s', (_name, p, checks) => {
  if (checks.includes('light')) test('axe: no serious or critical violation (light theme, all WCAG 2.1 A/AA rules)', async () => {
    const page = await open(p.path, 'light');
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    await page.context().close();
    expect(serious(result.violations)).toEqual([]);
  });

  if (checks.includes('dark')) test('axe: colours keep enough contrast in the dark theme', async () => {
    const page = await open(p.path, 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    const result = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
    await page.context().close();
    expect(serious(result.violations)).toEqual([]);
  });

  if (checks.includes('focus')) test('every element reached with Tab shows a visible focus indicator', async () => {
    const page = await open(p.path, 'light');
    const unseen: string[] = [];
    let reached = 0;
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        const inView = box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth;
        return { name: `${el.localName}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`, visible: (outline || style.boxShadow !== 'none') && inView };
      });
      if (!focus) break;
      reached++;
      if (!focus.visible) unseen.push(focus.name);
    }
    await page.context().close();
    expect(reached).toBeGreaterThan(0);
    expect(unseen).toEqual([]);
  });
});
