// The site built for a sub-path (BASE=/shuangchuang/) works there: every link, anchor and asset
// resolves under the sub-path, and pages of every type load cleanly and navigate within it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSession, watchedPage, type Session } from './browser.ts';
import { checkLinks, readBuild } from '../../scripts/builtSite/links.ts';
import { listPages, onePerType } from '../../scripts/builtSite/site.ts';
import { buildSite } from '../../scripts/builtSite/buildSite.ts';

const BASE = '/shuangchuang/';
const work = mkdtempSync(join(tmpdir(), 'base-path-'));
const dist = join(work, 'dist');
let session: Session;

beforeAll(async () => {
  const build = buildSite({ dist, siteJson: join(work, 'site.json'), base: BASE });
  if (!build.ok) throw new Error(`the build under ${BASE} failed: ${build.output}`);
  session = await openSession(dist, BASE);
}, 300_000);
afterAll(async () => {
  await session?.close();
  rmSync(work, { recursive: true, force: true });
});

test('every internal link, anchor and asset resolves under the sub-path', () => {
  const build = readBuild(dist);
  expect(build.html.size).toBeGreaterThan(10);
  expect(checkLinks(build, BASE).map((b) => `${b.page}: ${b.ref}: ${b.problem}`)).toEqual([]);
});

test('the server itself serves nothing outside the sub-path (so a stray root link would fail)', async () => {
  expect(session.url()).toMatch(/\/shuangchuang\/$/);
  const outside = await fetch(new URL('/index.html', session.url()));
  expect(outside.status).toBe(404);
});

test('a page of every type loads under the sub-path with its stylesheet and scripts, without a problem', async () => {
  const { page, problems, settled, context } = await watchedPage(session);
  const seen: string[] = [];
  for (const p of onePerType(listPages(dist))) {
    const response = await page.goto(session.url(p.path), { waitUntil: 'load' });
    await settled();
    expect(response?.status(), p.path).toBe(200);
    // The site stylesheet applied: the body takes the theme background, not the browser default.
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.cssRules.length > 0));
    if (!styled) problems.push(`${p.path}: no stylesheet applied`);
    seen.push(p.path);
  }
  await context.close();
  expect(seen.length).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});

test('following the navigation from the home page stays under the sub-path', async () => {
  const { page, problems, settled, context } = await watchedPage(session);
  await page.goto(session.url(), { waitUntil: 'load' });
  const links = await page.locator('header a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links.length).toBeGreaterThan(2);
  for (const href of links) expect(new URL(href).pathname.startsWith(BASE), href).toBe(true);
  await page.locator('a.lang-switch').click();
  await page.waitForURL(/\/shuangchuang\/zh\/$/);
  await settled();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  await context.close();
  expect(problems).toEqual([]);
});
