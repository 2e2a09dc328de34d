// Panshan's text was once read one byte out of step: its GBK bytes were paired wrongly, so each
// character's trailing byte was read with the next character's leading byte. Given a repair, this
// rebuilds the damaged reading from the repair's own bytes, so a repair can be proved, not guessed.

let encoder: Map<string, number[]> | undefined;

/** GBK bytes of every character, built once from the platform's own decoder (no extra package). */
function gbkTable(): Map<string, number[]> {
  if (encoder) return encoder;
  const decoder = new TextDecoder('gbk');
  encoder = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !encoder.has(ch)) encoder.set(ch, [lead, trail]);
    }
  }
  return encoder;
}

export function encodeGbk(text: string): number[] {
  const table = gbkTable();
  return [...text].flatMap((ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) return [code];
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`${JSON.stringify(ch)} has no GBK encoding`);
    return bytes;
  });
}

/**
 * What `repair` turns into when its GBK bytes are read one byte out of step: the first byte is
 * paired with the character before (unknowable, so `?`), the rest are read two by two, and a byte
 * left over at the end is paired with what follows (`?` again).
 */
export function readOutOfStep(repair: string): string {
  const bytes = encodeGbk(repair).slice(1);
  const decoded = new TextDecoder('gbk').decode(new Uint8Array(bytes)).replaceAll('\ufffd', '?');
  return `?${decoded}`;
}

// How the capture stored that reading. Byte pairs in GBK's user-defined areas and in A6D9–A6DF
// (which older GBK tables leave unassigned; the platform's decoder gives them Private Use Area code
// points or, for A6D9–A6DF, the vertical forms U+FE10–U+FE19) had no character there, so they are
// missing; full-width marks were stored half-width (；→; ？→?); and where the site had glossed a
// character with its pinyin, the character and the opening parenthesis became `?` and the syllable
// stayed: ?jié).
const NO_CHARACTER = /[\uE000-\uF8FF\uFE10-\uFE19]/g;
const GLOSS_REMNANT = /\?[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)/g;

const asCaptured = (reading: string) => reading.replace(NO_CHARACTER, '').normalize('NFKC');

/**
 * true when `damaged` is what the capture holds for `repair` read one byte out of step. A `?` of the
 * reading (a pair straddling the span's edge, or a full-width ？) stands for any character of the
 * damaged span; every other character must be the same.
 */
export function explainsDamage(repair: string, damaged: string): boolean {
  const expected = [...asCaptured(readOutOfStep(repair))];
  const found = [...damaged.replace(GLOSS_REMNANT, '?').normalize('NFKC')];
  return expected.length === found.length && expected.every((ch, i) => ch === '?' || ch === found[i]);
}

/** The damaged span and its repair in a correction: what lies between the text both share at either end. */
export function changedSpan(raw: string, replacement: string): { damaged: string; repair: string } {
  let start = 0;
  while (start < raw.length && start < replacement.length && raw[start] === replacement[start]) start++;
  let end = 0;
  while (end < raw.length - start && end < replacement.length - start && raw[raw.length - 1 - end] === replacement[replacement.length - 1 - end]) end++;
  return { damaged: raw.slice(start, raw.length - end), repair: replacement.slice(start, replacement.length - end) };
}
