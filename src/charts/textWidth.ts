// Rough widths of axis labels at Plot's 10px font, for margins that fit them: CJK characters
// are about twice as wide as Latin ones.
const isWide = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

export const textWidth = (s: string) => [...s].reduce((w, ch) => w + (isWide(ch) ? 10 : 5.6), 0);

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
