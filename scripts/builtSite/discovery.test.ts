import { expect, test } from 'vitest';
import { listPages } from './site.ts';
import { listedInSitemap, robotsTxt, sitemap } from './discovery.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = listPages(dist);
const site = new URL('https://example.org/sc/');

test('the sitemap lists every page of every language at its absolute address, with its other languages', () => {
  const xml = sitemap(pages, site);
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const listed = pages.filter(listedInSitemap);
  expect(locs).toHaveLength(listed.length);
  for (const p of listed) expect(locs).toContain(`https://example.org/sc/${p.path}`);
  for (const l of LOCALES) expect(xml).toContain(`hreflang="${l.htmlLang}"`);
  // Receipts and region pages are pages to find; embeds are not.
  expect(locs.some((u) => u.includes('/figures/'))).toBe(true);
  expect(locs.some((u) => u.includes('/embed/'))).toBe(false);
  expect(new Set(locs).size).toBe(locs.length);
});

test('robots.txt allows every page and names the sitemap only when the site’s address is known', () => {
  expect(robotsTxt(site)).toContain('Sitemap: https://example.org/sc/sitemap.xml');
  expect(robotsTxt(undefined)).not.toContain('Sitemap');
  expect(existsSync(join(dist, 'robots.txt'))).toBe(true);
  const built = readFileSync(join(dist, 'robots.txt'), 'utf8');
  if (process.env.SITE_URL) expect(existsSync(join(dist, 'sitemap.xml'))).toBe(true);
  else { expect(built).not.toContain('Sitemap'); expect(existsSync(join(dist, 'sitemap.xml'))).toBe(false); }
});
