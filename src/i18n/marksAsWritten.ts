// Where a half-width mark in Chinese context stays as written. The cleaning step that restores
// full-width marks, the script that rewrites the tables' copies and the rule on the tables' Chinese
// columns all leave these marks alone, so they agree on what is not theirs to change.

/**
 * 〔…〕: a span a correction keeps as captured but marks as damaged (corrections.csv), whose marks
 * are evidence, not typing. Document numbers (国发〔2018〕39号) share the brackets and hold no mark.
 */
const DAMAGED = /〔[^〔〕\n]*〕/gu;
/** `…`: code written in Chinese prose, such as the list separator `;`. */
const CODE = /`[^`\n]*`/gu;

/**
 * Whether the half-width mark at an index of `text` stays as written: inside a damaged span or a
 * code span, or a `?`, which in the captures stands for a character the decoder could not read
 * (scripts/text/gbkShift.ts), never for a question: the texts are plans and reports, and the
 * tables quote such readings (“?？萍假Y”).
 */
export function marksAsWritten(text: string): (at: number) => boolean {
  const spans = [...text.matchAll(DAMAGED), ...text.matchAll(CODE)].map((m) => [m.index, m.index + m[0].length] as const);
  return (at) => text[at] === '?' || spans.some(([start, end]) => at > start && at < end - 1);
}
