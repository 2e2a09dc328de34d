// A chart as an image that stands alone in print or on a news page: its title, subtitle, legend, the
// drawing, the keys to its marks, what is not compared and why, the source and the site's credit,
// all as text in one SVG. Pure: the page's chart tools pass what the reader sees, in light colours.
import { CHART_FONT_PX, textWidth } from './textWidth.ts';
import { wrap } from './lines.ts';
import { escapeMarkup } from '../site/markup.ts';

/** Fonts a reader's machine is likely to have for Chinese and for Latin text, in that order. */
export const EXPORT_FONT_STACK = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", Arial, sans-serif';

export interface ExportInput {
  /** The drawing: an SVG's inner markup (already serialised, colours resolved) and its view box. */
  chart: { markup: string; width: number; height: number };
  title: string;
  subtitle?: string;
  legend?: { label: string; colour: string; path: string }[];
  notes?: string[];
  notCompared?: { heading: string; items: string[] };
  source: string;
  credit: string;
  colours: { background: string; text: string; muted: string };
  lang: string;
}

const PAD = 16;

/** Lines that fit a width, broken as the language allows (see lines.ts). */
export { wrap };

export function exportSvg(o: ExportInput): { svg: string; width: number; height: number } {
  const width = Math.max(o.chart.width, 480) + PAD * 2;
  const inner = width - PAD * 2;
  const parts: string[] = [];
  let y = PAD;
  const text = (lines: string[], size: number, fill: string, weight = 400) => {
    for (const line of lines) {
      y += size * 1.3;
      parts.push(`<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeMarkup(line)}</text>`);
    }
  };
  text(wrap(o.title, inner, 18, { bold: true }), 18, o.colours.text, 700);
  if (o.subtitle) { y += 4; text(wrap(o.subtitle, inner, 13), 13, o.colours.muted); }
  if (o.legend?.length) {
    y += 10;
    let x = PAD;
    let row = y + 12;
    for (const entry of o.legend) {
      const w = 20 + textWidth(entry.label) + 14;
      if (x + w > PAD + inner && x > PAD) { x = PAD; row += 18; }
      parts.push(`<g class="legend-entry"><path transform="translate(${x + 6},${row - 4})" d="${escapeMarkup(entry.path)}" fill="${escapeMarkup(entry.colour)}"/><text x="${x + 16}" y="${row}" font-size="12" fill="${o.colours.text}">${escapeMarkup(entry.label)}</text></g>`);
      x += w;
    }
    y = row + 4;
  }
  y += 8;
  parts.push(`<svg x="${PAD}" y="${y.toFixed(1)}" width="${o.chart.width}" height="${o.chart.height}" viewBox="0 0 ${o.chart.width} ${o.chart.height}" color="${o.colours.text}" fill="${o.colours.text}" font-size="${CHART_FONT_PX}" text-anchor="middle">${o.chart.markup}</svg>`);
  y += o.chart.height + 4;
  for (const note of o.notes ?? []) text(wrap(note, inner, 12), 12, o.colours.muted);
  if (o.notCompared?.items.length) {
    y += 6;
    text([o.notCompared.heading], 12, o.colours.text, 700);
    for (const item of o.notCompared.items) text(wrap(`• ${item}`, inner, 12), 12, o.colours.text);
  }
  y += 6;
  text(wrap(o.source, inner, 11), 11, o.colours.muted);
  text(wrap(o.credit, inner, 11), 11, o.colours.muted);
  const height = Math.ceil(y + PAD);
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeMarkup(EXPORT_FONT_STACK)}" xml:lang="${escapeMarkup(o.lang)}"><rect width="${width}" height="${height}" fill="${o.colours.background}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}
