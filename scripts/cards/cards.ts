// Card images (Open Graph / Twitter, 1200×630 PNG) for the home page, every region, every chart (its
// embed page, first view) and every receipt, in every language: the page's own title and words with
// the chart's own SVG, colours resolved to the light theme, rendered with resvg and an installed Noto
// Sans CJK font. Cached by content hash in .cache/cards/, so a rebuild renders only what changed.
// Every page then names its card (or its language's home card) in og:image and twitter:image.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { customProperties } from '../builtSite/contrast.ts';
import { listPages, type BuiltPage } from '../builtSite/site.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { wrap } from '../../src/charts/exportImage.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
import { escapeMarkup } from '../../src/site/markup.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CACHE = '.cache/cards';
const RESVG_VERSION = '2.6.2';

/** Pages that have a card of their own; every other page uses its language's home card. */
export const hasOwnCard = (p: BuiltPage) => p.type === 'home' || p.type === 'region' || p.type === 'embed' || p.type === 'receipt';
export const cardFile = (p: BuiltPage) => `cards/${p.path.replace(/\/$/, '').replace(/\//g, '_') || 'home'}.png`;

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The words and drawing of a page's card, read from the built page. */
export interface CardContent {
  title: string; subtitle: string;
  chart?: { markup: string; width: number; height: number };
  /** The chart's legend: each place's label, shape and colour variable. */
  legend: { label: string; path: string; colour: string }[];
}

export function cardContent(html: string): CardContent {
  const { document } = parseHTML(html);
  const figure = document.querySelector('.lead-finding + figure.chart') ?? document.querySelector('figure.chart');
  const svg = figure?.querySelector('.view .plot-720 svg') ?? undefined;
  const viewBox = svg?.getAttribute('viewBox')?.split(/\s+/).map(Number);
  const title = text(document.querySelector('.lead-finding')) || text(document.querySelector('h1')) || text(figure?.querySelector('.chart-title'));
  const subtitle = text(document.querySelector('.doc-title')) || text(document.querySelector('.as-written') ? document.querySelector('.receipt-quote') : null)
    || text(figure?.querySelector('.chart-subtitle')) || text(document.querySelector('.lede'));
  const legend = [...(figure?.querySelectorAll('.chart-legend li[data-place]') ?? [])].map((li) => ({
    label: text(li), path: li.querySelector('path')?.getAttribute('d') ?? '', colour: `var(--place-${li.getAttribute('data-place')})`,
  }));
  return { title, subtitle, legend, chart: svg && viewBox ? { markup: childrenAsXml(svg), width: viewBox[2], height: viewBox[3] } : undefined };
}

// Characters XML 1.0 does not allow, even as references: left out of a card.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlText = (s: string) => escapeMarkup(s.replace(NOT_XML, ''));

// SVG element names an HTML parser lower-cases (XML names are case-sensitive).
const SVG_NAMES: Record<string, string> = Object.fromEntries(['clipPath', 'linearGradient', 'radialGradient', 'textPath', 'foreignObject'].map((n) => [n.toLowerCase(), n]));

/**
 * An element's children serialised as XML, which resvg parses strictly: every attribute value and
 * text escaped (innerHTML writes HTML, where an attribute may hold a raw < and a text &nbsp;).
 */
export function childrenAsXml(element: Element): string {
  return [...element.childNodes].map((node) => {
    if (node.nodeType === 3) return xmlText(node.textContent ?? '');
    if (node.nodeType !== 1) return '';
    const el = node as Element;
    const name = SVG_NAMES[el.localName] ?? el.localName;
    const attributes = [...el.attributes].map((a) => ` ${a.name}="${xmlText(a.value)}"`).join('');
    return `<${name}${attributes}>${childrenAsXml(el)}</${name}>`;
  }).join('');
}

/** CSS variables and currentColor in a drawing replaced by the light theme's values. */
export function resolveColours(markup: string, light: Record<string, string>): string {
  const value = (name: string): string => {
    const v = light[name] ?? light['--fg'];
    return v.startsWith('var(') ? value(v.slice(4, -1).trim()) : v;
  };
  return markup.replace(/var\((--[\w-]+)\)/g, (_, name: string) => value(name)).replace(/currentColor/gi, value('--fg'));
}

export function cardSvg(content: CardContent, light: Record<string, string>, siteName: string): string {
  const fg = light['--fg'], muted = light['--muted'];
  const parts: string[] = [`<text x="48" y="64" font-size="26" font-weight="700" fill="${light['--accent']}">${escapeMarkup(siteName)}</text>`];
  let y = 70;
  // The title is a claim: it is set smaller until it fits whole, never cut short.
  const size = [44, 38, 32, 28].find((px) => wrap(content.title, 1100, px).length <= 3) ?? 28;
  for (const line of wrap(content.title, 1100, size)) { y += size * 1.25; parts.push(`<text x="48" y="${y.toFixed(1)}" font-size="${size}" fill="${fg}">${escapeMarkup(line)}</text>`); }
  y += 10;
  const subtitle = wrap(content.subtitle, 1100, 24);
  const shown = subtitle.slice(0, content.chart ? 2 : 7);
  if (shown.length < subtitle.length) shown[shown.length - 1] = `${shown.at(-1)}…`;
  for (const line of shown) { y += 32; parts.push(`<text x="48" y="${y.toFixed(1)}" font-size="24" fill="${muted}">${escapeMarkup(line)}</text>`); }
  if (content.chart && content.legend.length) {
    y += 34;
    let x = 48;
    for (const entry of content.legend) {
      parts.push(`<path transform="translate(${x + 8},${y - 8}) scale(1.6)" d="${escapeMarkup(entry.path)}" fill="${resolveColours(entry.colour, light)}"/><text x="${x + 22}" y="${y}" font-size="22" fill="${fg}">${escapeMarkup(entry.label)}</text>`);
      x += 40 + textWidth(entry.label) * (22 / 12);
    }
  }
  if (content.chart) {
    const top = y + 24, boxW = 1104, boxH = CARD_HEIGHT - top - 24;
    const scale = Math.min(boxW / content.chart.width, boxH / content.chart.height);
    parts.push(`<svg x="48" y="${top}" width="${(content.chart.width * scale).toFixed(1)}" height="${(content.chart.height * scale).toFixed(1)}" viewBox="0 0 ${content.chart.width} ${content.chart.height}" font-size="12" fill="${fg}" color="${fg}">${resolveColours(content.chart.markup, light)}</svg>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Noto Sans CJK SC"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${light['--bg']}"/><rect y="${CARD_HEIGHT - 12}" width="${CARD_WIDTH}" height="12" fill="${light['--accent']}"/>${parts.join('')}</svg>`;
}

let ready: Promise<Buffer> | undefined;
async function renderer() {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    // Once per process: another module (a test) may have initialised it already.
    await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch((e: Error) => { if (!/already initiali[sz]ed/i.test(e.message)) throw e; });
    return readFileSync(CJK_FONT);
  })();
  const font = await ready;
  return (svg: string) => new Resvg(svg, { font: { fontBuffers: [font], defaultFontFamily: 'Noto Sans CJK SC', loadSystemFonts: false } }).render().asPng();
}

/** Writes every page's card and names it in the page's head; without the CJK font, no card and no tag. */
export async function writeCards(root: string, o: { siteCss: string; placesCss: string; site?: URL; base: string }): Promise<{ cards: number; rendered: number } | undefined> {
  if (!existsSync(CJK_FONT)) {
    console.warn(`cards: ${CJK_FONT} is not installed (apt-get install fonts-noto-cjk), so pages have no card image`);
    return undefined;
  }
  const light = { ...customProperties(o.siteCss, ':root'), ...customProperties(o.placesCss, ':root') };
  const render = await renderer();
  mkdirSync(CACHE, { recursive: true });
  mkdirSync(join(root, 'cards'), { recursive: true });
  const pages = listPages(root).filter((p) => !p.file.endsWith('404.html'));
  const absolute = (path: string) => (o.site ? new URL(path, o.site).href : `${o.base}${path}`);
  let cards = 0, rendered = 0;
  for (const page of pages.filter(hasOwnCard)) {
    const svg = cardSvg(cardContent(readFileSync(join(root, page.file), 'utf8')), light, 'Shuangchuang Compare · 双创对照');
    const key = createHash('sha256').update(`${RESVG_VERSION}\n${CJK_FONT}\n${svg}`).digest('hex');
    const cached = join(CACHE, `${key}.png`);
    if (!existsSync(cached)) {
      try {
        writeFileSync(cached, render(svg));
      } catch (e) {
        throw new Error(`the card of ${page.path || '/'} (${cardFile(page)}) could not be drawn: ${(e as Error).message}`, { cause: e });
      }
      rendered += 1;
    }
    writeFileSync(join(root, cardFile(page)), readFileSync(cached));
    cards += 1;
  }
  const homeOf = new Map(LOCALES.map((l) => [l.id, pages.find((p) => p.type === 'home' && p.lang === l.id)]));
  for (const page of pages) {
    const own = hasOwnCard(page) ? page : homeOf.get(page.lang);
    if (!own) continue;
    const image = absolute(cardFile(own));
    const tags = `<meta property="og:image" content="${escapeMarkup(image)}" /><meta property="og:image:width" content="${CARD_WIDTH}" /><meta property="og:image:height" content="${CARD_HEIGHT}" /><meta name="twitter:card" content="summary_large_image" /><meta name="twitter:image" content="${escapeMarkup(image)}" />`;
    const path = join(root, page.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('</head>', `${tags}</head>`));
  }
  return { cards, rendered };
}
