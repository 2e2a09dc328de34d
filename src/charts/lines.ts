// Breaking text into lines that fit a width, as each language breaks it: English at spaces (a word
// longer than the line is cut between letters), Chinese between any two characters except where the
// rules for line breaking forbid it: no line starts with a closing mark (，。；：）」 …) and none
// ends with an opening one (（「“ …). Widths come from textWidth's measured metrics.
import { textWidth } from './textWidth.ts';

/** Marks that may not start a line (kinsoku shori's 行頭禁則, and their Latin counterparts). */
export const NO_LINE_START = '，。、；：？！）］｝」』】〕》〉”’…‥·・%‰℃,.;:?!)]}\'"»›－-–—ー～々〻ゝゞ';
/** Marks that may not end a line (行末禁則). */
export const NO_LINE_END = '（［｛「『【〔《〈“‘([{«‹';

const TOKEN = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2026]+|\s+/g;

/** Pieces of text no line break may fall inside: a word, or a character with the marks it must keep beside it. */
export function unbreakable(text: string): string[] {
  const atoms: string[] = [];
  let glueNext = false;
  for (const token of text.match(TOKEN) ?? []) {
    const space = /^\s+$/.test(token);
    if (atoms.length && !space && (glueNext || NO_LINE_START.includes(token[0]))) atoms[atoms.length - 1] += token;
    else atoms.push(token);
    glueNext = !space && NO_LINE_END.includes(token.at(-1)!);
  }
  return atoms;
}

/** Lines of at most `width` px of text set at `size` px (bold text a little wider), broken where the language allows. */
export function wrap(text: string, width: number, size: number, { bold = false } = {}): string[] {
  const widthOf = (s: string) => textWidth(s, size) * (bold ? 1.06 : 1);
  const fits = (s: string) => widthOf(s.trim()) <= width;
  const lines: string[] = [];
  let line = '';
  for (const atom of unbreakable(text)) {
    const next = line + atom;
    if (fits(next) || line.trim() === '') {
      line = next;
      // A single word wider than the line is cut between its letters.
      while (!fits(line) && [...line.trim()].length > 1) {
        const chars = [...line.trimStart()];
        let cut = chars.length - 1;
        while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
        lines.push(chars.slice(0, cut).join(''));
        line = chars.slice(cut).join('');
      }
      continue;
    }
    lines.push(line.trimEnd());
    line = atom.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** A label wrapped onto at most `maxLines` lines of `width` px; the last is cut with an ellipsis if it must be. */
export function wrapLabel(text: string, width: number, maxLines = 2, size?: number): string[] {
  const lines = wrap(text, width, size ?? 12);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last && textWidth(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
