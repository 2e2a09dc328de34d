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
import { CHART_FONT_PX, textWidth } from '../../src/charts/textWidth.ts';
import { escapeMarkup } from '../../src/site/markup.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const CACHE = '.cache/cards';
const RESVG_VERSION = '2.6.2';

/** Pages that have a card of their own; every other page uses its language's home card. */
export const hasOwnCard = (p: BuiltPage) => p.type === 'home' || p.type === 'region' || p.type === 'embed' || p.type === 'embed-question' || p.type === 'receipt';
export const cardFile = (p: BuiltPage) => `cards/${p.path.replace(/\/$/, '').replace(/\//g, '_') || 'home'}.png`;

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The words and drawing of a page's card, read from the built page. */
export interface CardContent {
  title: string; subtitle: string;
  chart?: { markup: string; width: number; height: number };
  /** The chart's legend: each place's label, shape and colour variable. */
  legend: { label: string; path: string; colour: string }[];
  /** A figure's sentence, the figure as written marked in it. */
  quote?: { before: string; figure: string; after: string };
  /** Lines at the foot: what a chart lists instead of drawing (and why), or where a figure is written. */
  notes: string[];
}

/** What else a page's card shows, read from other built pages: a figure's quote card (its words in the
 *  page's language), a chart's wide drawing from a page that shows it (an embed carries the narrow one). */
export interface CardSources { quoteCard?: string; wideChart?: Element }

export function cardContent(html: string, sources: CardSources = {}): CardContent {
  const { document } = parseHTML(html);
  const figure = document.querySelector('.lead-finding + figure.chart') ?? document.querySelector('figure.chart');
  const svg = sources.wideChart ?? figure?.querySelector('.view .plot-720 svg') ?? figure?.querySelector('.view .plot svg') ?? undefined;
  const viewBox = svg?.getAttribute('viewBox')?.split(/\s+/).map(Number);
  const legend = [...(figure?.querySelectorAll('.chart-legend li[data-place]') ?? [])].map((li) => ({
    label: text(li), path: li.querySelector('path')?.getAttribute('d') ?? '', colour: `var(--place-${li.getAttribute('data-place')})`,
  }));
  const chart = svg && viewBox ? { markup: childrenAsXml(svg), width: viewBox[2], height: viewBox[3] } : undefined;
  if (sources.quoteCard) {
    // A figure's card says what its quote card says: the figure read in the page's language, whose,
    // target or result, for when; what it counts; its sentence with the figure marked; its source.
    const card = parseHTML(sources.quoteCard).document;
    const blockquote = card.querySelector('.quote-card blockquote');
    const mark = blockquote?.querySelector('mark');
    const nodes = [...(blockquote?.childNodes ?? [])];
    const at = mark ? nodes.indexOf(mark) : nodes.length;
    const joined = (list: typeof nodes) => list.map((n) => n.textContent ?? '').join('').replace(/\s+/g, ' ');
    const caption = card.querySelector('.quote-card figcaption')?.cloneNode(true) as Element | undefined;
    caption?.querySelectorAll('a').forEach((a) => a.remove());
    return {
      title: text(card.querySelector('.quote-card .value')), subtitle: text(card.querySelector('.quote-card .what')), legend: [],
      quote: { before: joined(nodes.slice(0, at)), figure: text(mark), after: joined(nodes.slice(at + 1)) },
      notes: [text(caption).replace(/\s*·\s*$/, '')],
    };
  }
  const title = text(document.querySelector('.lead-finding')) || text(document.querySelector('h1')) || text(figure?.querySelector('.chart-title'));
  const subtitle = text(document.querySelector('.doc-title')) || text(document.querySelector('.as-written') ? document.querySelector('.receipt-quote') : null)
    || text(figure?.querySelector('.chart-subtitle')) || text(document.querySelector('.lede'));
  // A chart that lists figures instead of drawing them ("not compared, see below") lists them on its card too.
  const notCompared = [...(figure?.querySelectorAll('.not-compared li') ?? [])].map(text);
  const notes = notCompared.length ? [text(figure?.querySelector('.not-compared-heading')), ...notCompared] : [];
  return { title, subtitle, legend, chart, notes };
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

/** Lines cut to `max`, the last ending with an ellipsis when some were left out. */
const atMost = (lines: string[], max: number) => (lines.length <= max ? lines : [...lines.slice(0, max - 1), `${lines[max - 1].replace(/.$/u, '')}…`]);

const LEFT = 48;
const INNER = CARD_WIDTH - 2 * LEFT;

/**
 * The card's SVG. The renderer's one font (Noto Sans CJK) sets curly quotes full-width, as Chinese
 * wants them: on a card in another language they are set straight (City's, not City’ s).
 */
export function cardSvg(content: CardContent, light: Record<string, string>, siteName: string, lang = 'zh'): string {
  if (!lang.startsWith('zh')) {
    const straight = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    content = { ...content, title: straight(content.title), subtitle: straight(content.subtitle), notes: content.notes.map(straight), legend: content.legend.map((l) => ({ ...l, label: straight(l.label) })) };
  }
  const fg = light['--fg'], muted = light['--muted'], accent = light['--accent'];
  const parts: string[] = [`<text x="${LEFT}" y="64" font-size="26" font-weight="700" fill="${accent}">${xmlText(siteName)}</text>`];
  const line = (y: number, size: number, fill: string, body: string, weight = 400) =>
    parts.push(`<text x="${LEFT}" y="${y.toFixed(1)}" font-size="${size}"${weight !== 400 ? ` font-weight="${weight}"` : ''} fill="${fill}">${body}</text>`);
  let y = 70;
  // The title is a claim: it is set smaller until it fits whole, never cut short.
  const size = [44, 38, 32, 28].find((px) => wrap(content.title, INNER, px).length <= 3) ?? 28;
  for (const l of wrap(content.title, INNER, size)) { y += size * 1.25; line(y, size, fg, xmlText(l)); }
  y += 10;
  const subtitle = wrap(content.subtitle, INNER, 24);
  for (const l of atMost(subtitle, content.chart || content.quote ? 2 : 7)) { y += 32; line(y, 24, muted, xmlText(l)); }
  // The foot: notes (what is listed instead of drawn, or a figure's source), at most three lines.
  const NOTE = 20;
  const foot = atMost(content.notes.flatMap((n) => wrap(n, INNER, NOTE)), 3);
  const footTop = CARD_HEIGHT - 24 - foot.length * NOTE * 1.35;
  foot.forEach((l, i) => line(footTop + (i + 1) * NOTE * 1.35 - 4, NOTE, muted, xmlText(l)));
  if (content.quote) {
    // The sentence, the figure as written set bold in the accent colour where it falls.
    const { figure, after } = content.quote;
    const QUOTE = 32;
    y += 16;
    const room = Math.max(1, Math.floor((footTop - y - 24) / (QUOTE * 1.35)));
    // A long sentence is cut before the figure, never through it: the figure as written always shows.
    let before = content.quote.before;
    const shown = (b: string) => atMost(wrap(`${b}${figure}${after}`, INNER - 20, QUOTE), room);
    while (before.length > 1 && shown(before).join('').replace(/…$/, '').replace(/\s/g, '').length < `${before}${figure}`.replace(/\s/g, '').length) before = `…${before.slice(11)}`;
    const sentence = `${before}${figure}${after}`;
    const lines = shown(before);
    const [from, to] = [before.length, before.length + figure.length];
    let at = 0;
    const top = y + 14;
    for (const l of lines) {
      const start = sentence.indexOf(l.replace(/…$/, ''), at);
      const begin = start < 0 ? at : start;
      const cut = (a: number, b: number) => xmlText(l.slice(Math.max(0, a - begin), Math.max(0, b - begin)));
      const body = from < begin + l.length && to > begin
        ? `${cut(begin, from)}<tspan font-weight="700" fill="${accent}">${cut(Math.max(from, begin), to)}</tspan>${cut(to, begin + l.length)}`
        : xmlText(l);
      y += QUOTE * 1.35;
      parts.push(`<text x="${LEFT + 20}" y="${y.toFixed(1)}" font-size="${QUOTE}" fill="${fg}">${body}</text>`);
      at = begin + l.replace(/…$/, '').length;
    }
    parts.push(`<rect x="${LEFT}" y="${top}" width="6" height="${(y - top + 10).toFixed(1)}" fill="${light['--rule'] ?? muted}"/>`);
  }
  if (content.chart && content.legend.length) {
    y += 34;
    let x = LEFT;
    for (const entry of content.legend) {
      const w = 40 + textWidth(entry.label, 22);
      if (x + w > LEFT + INNER && x > LEFT) { x = LEFT; y += 30; }
      parts.push(`<path transform="translate(${x + 8},${y - 8}) scale(1.6)" d="${xmlText(entry.path)}" fill="${resolveColours(entry.colour, light)}"/><text x="${x + 22}" y="${y}" font-size="22" fill="${fg}">${xmlText(entry.label)}</text>`);
      x += w;
    }
  }
  if (content.chart) {
    const top = y + 24, boxH = footTop - top - 12;
    const scale = Math.min(INNER / content.chart.width, boxH / content.chart.height);
    parts.push(`<svg x="${LEFT}" y="${top}" width="${(content.chart.width * scale).toFixed(1)}" height="${(content.chart.height * scale).toFixed(1)}" viewBox="0 0 ${content.chart.width} ${content.chart.height}" font-size="${CHART_FONT_PX}" text-anchor="middle" fill="${fg}" color="${fg}">${resolveColours(content.chart.markup, light)}</svg>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Noto Sans CJK SC"><rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${light['--bg']}"/><rect y="${CARD_HEIGHT - 12}" width="${CARD_WIDTH}" height="12" fill="${accent}"/>${parts.join('')}</svg>`;
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

const SITE_NAME = 'Shuangchuang Compare · 双创对照';
const isFigureReceipt = (p: BuiltPage) => p.type === 'receipt' && /(^|\/)figures\//.test(p.path);

/** The SVG each page's card is rendered from: its content, with what it takes from other built pages. */
export function cardSvgs(root: string, o: { siteCss: string; placesCss: string }): { page: BuiltPage; svg: string }[] {
  const light = { ...customProperties(o.siteCss, ':root'), ...customProperties(o.placesCss, ':root') };
  const pages = listPages(root).filter((p) => !p.file.endsWith('404.html'));
  // A chart's wide drawing, from the first page of its language that shows it (an embed carries the narrow one).
  const wide = new Map<string, Element>();
  for (const page of pages.filter((p) => !['embed', 'receipt', 'quote-card'].includes(p.type))) {
    const html = readFileSync(join(root, page.file), 'utf8');
    if (!html.includes('plot-720')) continue;
    for (const figure of parseHTML(html).document.querySelectorAll('figure.chart[data-chart-id]')) {
      const key = `${page.lang} ${figure.getAttribute('data-chart-id')}`;
      const svg = figure.querySelector('.view .plot-720 svg');
      if (svg && !wide.has(key)) wide.set(key, svg);
    }
  }
  const sourcesOf = (page: BuiltPage): CardSources => {
    if (isFigureReceipt(page)) {
      const quoteCard = join(root, page.file.replace(/(^|\/)figures\//, '$1embed/figure/'));
      return existsSync(quoteCard) ? { quoteCard: readFileSync(quoteCard, 'utf8') } : {};
    }
    return page.type === 'embed' ? { wideChart: wide.get(`${page.lang} ${page.path.split('/').filter(Boolean).at(-1)}`) } : {};
  };
  return pages.filter(hasOwnCard).map((page) => ({ page, svg: cardSvg(cardContent(readFileSync(join(root, page.file), 'utf8'), sourcesOf(page)), light, SITE_NAME, page.lang) }));
}

/**
 * Writes every page's card and, when the site's address is known, names it in the page's head with an
 * absolute address (no platform can fetch a relative one, so without SITE_URL no card is named);
 * without the CJK font, no card and no tag.
 */
export async function writeCards(root: string, o: { siteCss: string; placesCss: string; site?: URL; base: string }): Promise<{ cards: number; rendered: number } | undefined> {
  if (!existsSync(CJK_FONT)) {
    console.warn(`cards: ${CJK_FONT} is not installed (apt-get install fonts-noto-cjk), so pages have no card image`);
    return undefined;
  }
  const render = await renderer();
  mkdirSync(CACHE, { recursive: true });
  mkdirSync(join(root, 'cards'), { recursive: true });
  const pages = listPages(root).filter((p) => !p.file.endsWith('404.html'));
  let cards = 0, rendered = 0;
  for (const { page, svg } of cardSvgs(root, o)) {
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
  if (!o.site) return { cards, rendered };
  const homeOf = new Map(LOCALES.map((l) => [l.id, pages.find((p) => p.type === 'home' && p.lang === l.id)]));
  for (const page of pages) {
    const own = hasOwnCard(page) ? page : homeOf.get(page.lang);
    if (!own) continue;
    const image = new URL(cardFile(own), o.site).href;
    const tags = `<meta property="og:image" content="${escapeMarkup(image)}" /><meta property="og:image:width" content="${CARD_WIDTH}" /><meta property="og:image:height" content="${CARD_HEIGHT}" /><meta name="twitter:card" content="summary_large_image" /><meta name="twitter:image" content="${escapeMarkup(image)}" />`;
    const path = join(root, page.file);
    writeFileSync(path, readFileSync(path, 'utf8').replace('</head>', `${tags}</head>`));
  }
  return { cards, rendered };
}
