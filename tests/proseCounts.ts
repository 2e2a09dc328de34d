// Counts of places and texts that prose states (English words or digits, Chinese numerals), found so
// that a test can hold them to the data. "At least two places", "in two places", "a document"
// (one, 一份) state no count of the data set.
const EN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ZH = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export interface StatedCount { what: 'places' | 'documents'; n: number; words: string }

const value = (word: string) => {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return EN.includes(w) ? EN.indexOf(w) : ZH.indexOf(w);
};

export function statedCounts(text: string): StatedCount[] {
  const out: StatedCount[] = [];
  const en = /(at least |every |in )?\b(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:official\s+|Chinese\s+)?(texts|documents|plans|places|regions)\b/gi;
  for (const m of text.matchAll(en)) {
    if (m[1] || value(m[2]) === 1) continue;
    out.push({ what: /places|regions/i.test(m[3]) ? 'places' : 'documents', n: value(m[2]), words: m[0] });
  }
  const zh = /(至少|每)?(十[一二]?|[两二三四五六七八九]|\d+)(份|个地方|个地区)/g;
  for (const m of text.matchAll(zh)) {
    if (m[1]) continue;
    out.push({ what: m[3] === '份' ? 'documents' : 'places', n: value(m[2]), words: m[0] });
  }
  return out;
}
