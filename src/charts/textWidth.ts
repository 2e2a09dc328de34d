// Rough widths of chart text at the charts' font size, for margins that fit them: CJK characters
// are about twice as wide as Latin ones.

/** Font size of chart text in SVG units; charts are drawn no wider than they are shown, so it reads at least this large. */
export const CHART_FONT_PX = 12;

const isWide = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

export const textWidth = (s: string) => [...s].reduce((w, ch) => w + (isWide(ch) ? CHART_FONT_PX : CHART_FONT_PX * 0.56), 0);

/** The label cut to fit a width, with an ellipsis when cut. */
export function fitText(s: string, width: number): string {
  if (textWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}
