// What search engines read: robots.txt, and sitemap.xml listing every page in every language with
// its other languages as alternates. A sitemap's addresses must be absolute, so it is written only
// when the site's address (SITE_URL, with BASE) is known; embeds and the 404 pages are not pages to list.
import { LOCALES } from '../../src/i18n/locales.ts';
import type { BuiltPage } from './site.ts';
import { escapeXml } from '../downloads/changes.ts';


export const listedInSitemap = (p: BuiltPage) => !p.type.startsWith('embed') && p.type !== 'quote-card' && !p.file.endsWith('404.html');

/** The page's path without its language prefix, which its other languages share. */
const unprefixed = (p: BuiltPage) => {
  const prefix = LOCALES.find((l) => l.id === p.lang)!.prefix;
  return p.path.slice(prefix.length);
};

export function sitemap(pages: readonly BuiltPage[], site: URL): string {
  const listed = pages.filter(listedInSitemap);
  const byPath = new Map<string, BuiltPage[]>();
  for (const p of listed) byPath.set(unprefixed(p), [...(byPath.get(unprefixed(p)) ?? []), p]);
  const url = (p: BuiltPage) => escapeXml(new URL(p.path, site).href);
  const entries = listed.map((p) => {
    const alternates = byPath.get(unprefixed(p))!.map((a) => `    <xhtml:link rel="alternate" hreflang="${LOCALES.find((l) => l.id === a.lang)!.htmlLang}" href="${url(a)}"/>`);
    return ['  <url>', `    <loc>${url(p)}</loc>`, ...alternates, '  </url>'].join('\n');
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">', ...entries, '</urlset>', ''].join('\n');
}

export function robotsTxt(site: URL | undefined): string {
  return ['User-agent: *', 'Allow: /', ...(site ? [`Sitemap: ${new URL('sitemap.xml', site).href}`] : []), ''].join('\n');
}
