// Widths of chart text, for margins, wraps and layouts that fit it. Measured, not guessed: each
// printable ASCII character's advance (and a few marks charts use), as Chromium measured it in Noto
// Sans CJK SC (the exports' and cards' font) and Liberation Sans (Arial's metrics, where a reader
// lacks Noto), the wider of the two, in hundredths of an em; CJK characters and full-width forms
// are one em; any other character counts as wide as the widest Latin capital.

/** Font size of chart text in SVG units; charts are drawn no wider than they are shown, so it reads at least this large. */
export const CHART_FONT_PX = 12;

const MEASURED = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~…–—‘’“”·•→×≥≤≈';
const HUNDREDTHS = [
  28, 32, 47, 56, 56, 92, 68, 28, 34, 34, 47, 58, 28, 35, 28, 39, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 28, 28, 58, 58, 58, 56, 102,
  67, 67, 72, 72, 67, 61, 78, 73, 29, 53, 67, 56, 83, 72, 78, 67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61, 34, 39, 34, 55, 56, 61,
  56, 62, 51, 62, 56, 32, 56, 61, 27, 27, 55, 28, 93, 61, 61, 62, 62, 39, 50, 38, 61, 52, 80, 50, 52, 50, 34, 27, 34, 58,
  100, 56, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
];
const EM = new Map([...MEASURED].map((ch, i) => [ch, HUNDREDTHS[i] / 100]));
/** Bold text (titles) runs about this much wider than regular. */
export const BOLD = 1.06;

const isWide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);
const emOf = (ch: string) => EM.get(ch) ?? (isWide(ch) ? 1 : 0.94);

/** The width of `s` set at `size` px (the charts' 12 px unless told). */
export const textWidth = (s: string, size = CHART_FONT_PX) => [...s].reduce((w, ch) => w + emOf(ch), 0) * size;

/** The label cut to fit a width, with an ellipsis when cut. */
export function fitText(s: string, width: number, size = CHART_FONT_PX): string {
  if (textWidth(s, size) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}
