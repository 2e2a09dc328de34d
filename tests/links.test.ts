// Every internal link and anchor of the real build resolves (pages, #t-/#m-/#s- anchors, downloads, assets).
import { expect, test } from 'vitest';
import { checkLinks, readBuild } from '../scripts/builtSite/links.ts';

test('the build has no broken internal link or anchor', () => {
  const build = readBuild(process.env.DIST_DIR ?? 'dist');
  expect(build.html.size).toBeGreaterThan(10);
  const broken = checkLinks(build, process.env.BASE ?? '/').map((b) => `${b.page}: ${b.ref}: ${b.problem}`);
  expect(broken).toEqual([]);
});
