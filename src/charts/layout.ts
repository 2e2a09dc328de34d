// Margins laid out from measured text (textWidth), shared by every chart family so that labels stay
// inside the drawing and apart from each other in every language: the left margin fits the widest
// label (long ones wrap), the right one what is written past the last mark, and a bottom axis with a
// title leaves the title a line of its own below the tick labels.
import { CHART_FONT_PX, textWidth } from './textWidth.ts';
import { wrapLabel } from './lines.ts';

/** Space between a label and the frame: Plot sets tick labels 9 px from the frame (tick and padding). */
const GAP = 14;
/** A line of chart text, with the part of the font's box that reaches above and below its em. */
export const LINE_PX = Math.ceil(CHART_FONT_PX * 1.2);

/** The bottom margin for an x axis with ticks and a title: tick labels (9 px out, a line tall), then the title's line. */
export const BOTTOM_WITH_TITLE = 9 + 2 * LINE_PX + 6;

/** A left margin that fits every label whole, up to `max` px; labels wider than that are wrapped to fit it. */
export function leftLabels(labels: readonly string[], max: number, maxLines = 3) {
  const margin = Math.ceil(Math.min(max, GAP + Math.max(0, ...labels.map((l) => textWidth(l)))));
  const lines = (label: string) => wrapLabel(label, margin - GAP, maxLines);
  return { margin, format: (label: string) => lines(label).join('\n'), lines: Math.max(1, ...labels.map((l) => lines(l).length)) };
}

/** A right margin that fits text written `dx` px past a mark (value labels), and half the widest tick label. */
export function rightRoom(written: readonly string[], dx: number, ticks: readonly string[] = []) {
  return Math.ceil(Math.max(8, ...written.map((t) => dx + textWidth(t) + 4), ...ticks.map((t) => textWidth(t) / 2 + 4)));
}

/** The height of a band that holds `lines` lines of a label, at least `min`. */
export const bandFor = (lines: number, min: number) => Math.max(min, lines * LINE_PX + 8);
