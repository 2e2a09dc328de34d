// Card images and the tags that name them, on the built site; and with the site's address given,
// every address other sites read (card, canonical, languages, sitemap, feed) is absolute.
import { afterAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { inflateSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { listPages } from '../scripts/builtSite/site.ts';
import { cardFile, cardSvgs, hasOwnCard, CARD_HEIGHT, CARD_WIDTH } from '../scripts/cards/cards.ts';
import { NO_LINE_END, NO_LINE_START } from '../src/charts/lines.ts';
import { wordsOf } from '../src/i18n/words.ts';
import { buildSite } from '../scripts/builtSite/buildSite.ts';
import { validateData } from '../scripts/data/validate.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const head = (file: string) => parseHTML(readFileSync(join(dist, file), 'utf8')).document;
const meta = (doc: Document, property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');

/** RGBA pixels of an 8-bit RGBA or RGB, non-interlaced PNG. */
function decodePng(png: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number[] } {
  const width = png.readUInt32BE(16), height = png.readUInt32BE(20), colourType = png[25];
  const channels = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at), type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i];
      const a = i >= channels ? out[y * stride + i - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + i] : 0;
      const c = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      out[y * stride + i] = (x + predictor) & 255;
    }
  }
  return { width, height, pixel: (x, y) => [...out.subarray((y * width + x) * channels, (y * width + x) * channels + 3)] };
}

test('the home page, every region, every chart and every receipt has its own card image', () => {
  const pages = listPages(dist).filter((p) => !p.file.endsWith('404.html'));
  for (const p of pages.filter(hasOwnCard)) expect(existsSync(join(dist, cardFile(p))), cardFile(p)).toBe(true);
});

/** Every address a page gives other sites in og: and twitter: tags. */
const shareAddresses = (doc: Document) => [...doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')]
  .filter((m) => /^(og:(image|url)|twitter:image)$/.test(m.getAttribute('property') ?? m.getAttribute('name') ?? ''))
  .map((m) => m.getAttribute('content') ?? '');

test('built without the site’s address, no page gives a relative og: or twitter: address (a platform could not fetch it)', () => {
  if (process.env.SITE_URL) return;
  const relative = listPages(dist).flatMap((p) => shareAddresses(head(p.file)).filter((a) => !/^https?:\/\//.test(a)).map((a) => `${p.path}: ${a}`));
  expect(relative).toEqual([]);
});

const cards = cardSvgs(dist, { siteCss: readFileSync('src/styles/site.css', 'utf8'), placesCss: readFileSync('src/generated/site.places.css', 'utf8') });
const lines = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&'));

test('a figure’s card shows its place, its figure as written and read in the page’s language, and whether target or result', () => {
  const { dataset } = validateData('data');
  const targets = dataset.targets.map((t) => t.row), documents = dataset.documents.map((d) => d.row), regions = dataset.regions.map((r) => r.row);
  const figureCards = cards.filter((c) => c.page.type === 'receipt' && c.page.path.includes('figures/'));
  expect(figureCards.length).toBeGreaterThan(0);
  for (const { page, svg } of figureCards) {
    const t = targets.find((x) => x.target_id === page.path.split('/').filter(Boolean).at(-1))!;
    const region = regions.find((r) => r.region_id === documents.find((d) => d.doc_id === t.doc_id)!.region_id)!;
    const s = wordsOf(page.lang);
    const text = lines(svg).join(' ').replace(/\s+/g, ' ');
    expect(text, page.path).toContain(page.lang === 'zh' ? region.name_zh : region.name_en);
    expect(text.replace(/\s/g, ''), page.path).toContain(t.value_text.replace(/\s/g, ''));
    expect(text.replace(/\s/g, ''), page.path).toContain(s.quoteCard.kinds[t.kind].replace(/\s/g, ''));
  }
});

test('a chart’s card shows its drawing and its finding', () => {
  for (const { page, svg } of cards.filter((c) => c.page.type === 'embed')) {
    const title = head(page.file).querySelector('.chart-title')?.textContent?.trim() ?? '';
    if (!title) continue; // a withdrawn chart's notice
    expect(svg, page.path).toMatch(/<svg x="\d+" y="[\d.]+" width/);
    const set = page.lang === 'zh' ? title : title.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    expect(lines(svg).join('').replace(/\s/g, ''), page.path).toContain(set.replace(/\s/g, '').slice(0, 12));
  }
});

test('no line of a card starts with a closing mark nor ends with an opening one', () => {
  const bad = cards.flatMap(({ page, svg }) => lines(svg).map((l) => l.trim()).filter(Boolean).flatMap((l, i, all) => [
    ...(i > 0 && NO_LINE_START.includes(l.trim()[0]) && /[\u3000-\u9fff\uff00-\uffef]/.test(l) ? [`${page.path}: “${l}” starts with a closing mark`] : []),
    ...(i < all.length - 1 && NO_LINE_END.includes(l.trim().at(-1) ?? '') ? [`${page.path}: “${l}” ends with an opening mark`] : []),
  ]));
  expect(bad).toEqual([]);
});

test('a chart’s card is 1200×630 and draws each place in its light-theme colour', () => {
  const png = decodePng(readFileSync(join(dist, 'cards/embed_concreteness.png')));
  expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  // The concreteness chart draws the plans; a report of results is shown apart, undrawn.
  const { dataset } = validateData('data');
  const plans = new Set(dataset.documents.filter((d) => d.row.doc_type === 'plan').map((d) => d.row.region_id));
  const places = dataset.regions.map((r) => r.row).filter((r) => plans.has(r.region_id));
  expect(places.length).toBeGreaterThan(1);
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 6);
  const counts = new Map(places.map((p) => [p.region_id, 0]));
  for (let y = 0; y < png.height; y += 1) {
    for (let x = 0; x < png.width; x += 1) {
      const px = png.pixel(x, y);
      for (const p of places) if (near(px, rgb(p.colour_light))) counts.set(p.region_id, counts.get(p.region_id)! + 1);
    }
  }
  for (const [id, n] of counts) expect(n, `${id} drawn in ${places.find((p) => p.region_id === id)!.colour_light}`).toBeGreaterThan(50);
});

describe('built with the site’s address', () => {
  const work = mkdtempSync(join(tmpdir(), 'site-url-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const before = process.env.SITE_URL;
  process.env.SITE_URL = 'https://example.org';
  const build = buildSite({ dist: join(work, 'dist'), siteJson: join(work, 'site.json'), base: '/sc/', cards: true });
  if (before === undefined) delete process.env.SITE_URL; else process.env.SITE_URL = before;
  const doc = (path: string) => parseHTML(readFileSync(join(work, 'dist', path), 'utf8')).document;

  test('every og: and twitter: address of every page is absolute, and each page names its own card (or its language’s home card)', () => {
    expect(build.ok, build.output).toBe(true);
    const pages = listPages(join(work, 'dist')).filter((p) => !p.file.endsWith('404.html'));
    for (const p of pages) {
      const d = doc(p.file);
      const addresses = shareAddresses(d);
      expect(addresses.length, p.path).toBeGreaterThanOrEqual(2);
      for (const a of addresses) expect(a, p.path).toMatch(/^https:\/\/example\.org\/sc\//);
      const expected = hasOwnCard(p) ? cardFile(p) : cardFile(pages.find((h) => h.type === 'home' && h.lang === p.lang)!);
      expect(meta(d, 'og:image'), p.path).toBe(`https://example.org/sc/${expected}`);
      expect(meta(d, 'twitter:card'), p.path).toBe('summary_large_image');
    }
  });

  test('card, canonical, language links and Open Graph addresses are absolute', () => {
    expect(build.ok, build.output).toBe(true);
    const home = doc('zh/index.html');
    expect(meta(home, 'og:image')).toBe('https://example.org/sc/cards/zh.png');
    expect(home.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://example.org/sc/zh/');
    for (const link of home.querySelectorAll('link[rel="alternate"][hreflang]')) expect(link.getAttribute('href')).toMatch(/^https:\/\/example\.org\/sc\//);
    expect(meta(home, 'og:url')).toBe('https://example.org/sc/zh/');
    expect(meta(home, 'og:title')).toBeTruthy();
    expect(meta(home, 'og:description')).toBeTruthy();
  });
  test('the sitemap and the corrections feed are written, with absolute addresses', () => {
    const sitemap = readFileSync(join(work, 'dist', 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.org/sc/figures/');
    expect(readFileSync(join(work, 'dist', 'robots.txt'), 'utf8')).toContain('Sitemap: https://example.org/sc/sitemap.xml');
    expect(existsSync(join(work, 'dist', 'data', 'corrections.xml'))).toBe(true);
  });
  test('every page names the corrections feed for feed readers (autodiscovery), at its absolute address', () => {
    // Embeds live inside other sites' articles and carry only their drawing: no feed of ours to find there.
    const pages = listPages(join(work, 'dist')).filter((p) => !['embed', 'embed-question', 'quote-card'].includes(p.type));
    expect(pages.length).toBeGreaterThan(0);
    for (const p of pages) {
      const links = [...doc(p.file).querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')];
      expect(links.map((l) => l.getAttribute('href')), p.path).toEqual(['https://example.org/sc/data/corrections.xml']);
      expect(links[0].getAttribute('title'), p.path).toBeTruthy();
    }
  });
});
