// Card images: the drawing handed to the renderer is XML, whatever a data cell holds, and a drawing
// the renderer cannot read names its page instead of stopping the build with a stack trace.
import { afterAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { cardContent, cardSvg, writeCards } from './cards.ts';
import { escapeMarkup } from '../../src/site/markup.ts';

const light = { '--fg': '#111111', '--muted': '#555555', '--accent': '#0072B2', '--bg': '#ffffff', '--place-x': '#AA3377' };
const HOSTILE = 'A & B <C> "q" \'s\' {x} \\ =1+2 @x';

/** A page as Astro writes it: the chart's SVG inside the page's HTML, the name escaped as HTML escapes it. */
const page = (name: string, drawing = '') => {
  const html = escapeMarkup(name);
  return `<!doctype html><html><body><h1>${html}</h1><figure class="chart"><p class="chart-subtitle">${html}&nbsp;2016</p>`
    + '<ul class="chart-legend"><li data-place="x"><svg><path d="M0,0L1,1"></path></svg>' + html + '</li></ul>'
    + `<div class="view"><div class="plot-720"><svg viewBox="0 0 640 200"><g aria-label="${html}" role="group"><rect width="10" height="10"></rect>`
    + `<text x="5" y="20">${html}&nbsp;12</text><title>${html}</title></g><clipPath id="c"><rect width="5" height="5"></rect></clipPath>${drawing}</svg></div></div></figure></body></html>`;
};

const texts = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
};

test('a name with & < > " \' in the chart, its labels and attributes gives a card the renderer reads as XML, the name intact', async () => {
  const svg = cardSvg(cardContent(page(HOSTILE)), light, 'Site & <name>');
  expect(XMLValidator.validate(svg)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', htmlEntities: true } /* numeric references too */).parse(svg);
  const strings = texts(parsed);
  expect(strings.filter((s) => s === HOSTILE).length).toBeGreaterThanOrEqual(3); // title, the chart's label and its aria-label
  expect(svg).toContain('<clipPath id="c">');
  const require = createRequire(import.meta.url);
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch(() => undefined);
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  expect(Buffer.from(png).subarray(1, 4).toString('ascii')).toBe('PNG');
});

const work = mkdtempSync(join(tmpdir(), 'sc-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a drawing the renderer cannot read stops with a message naming its page, not a stack trace', async () => {
  const root = join(work, 'site');
  mkdirSync(join(root, 'regions', 'broken-place'), { recursive: true });
  writeFileSync(join(root, 'index.html'), page('Home'));
  // A prefix with no namespace: markup no XML reader accepts, whatever the serialiser does.
  writeFileSync(join(root, 'regions', 'broken-place', 'index.html'), page('Broken', '<x:y></x:y>'));
  const css = ':root { --fg: #111111; --muted: #555555; --accent: #0072B2; --bg: #ffffff; }';
  await expect(writeCards(root, { siteCss: css, placesCss: ':root { --place-x: #AA3377; }', base: '/' })).rejects.toThrow(/card of regions\/broken-place\//);
});
