// What a result shows: its heading and one snippet, each cut into plain and highlighted pieces.
// Pure, so the page and the tests agree on what a reader sees.
import type { DataLang as Lang } from '../i18n/locales.ts';
import type { SearchRecord } from '../model/search.ts';
import { itemNumberIn } from '../i18n/itemNumbers.ts';
import { highlightRanges, pieces, type Field, type Hit, type Piece } from './engine.ts';

export interface Shown { pieces: Piece[]; lang: Lang }
export interface HitView { heading: Shown; snippet?: Shown; section?: string }

const SNIPPET_RADIUS = 60;

function shown(hit: Hit, terms: string[][], field: Field, text: string | undefined, lang: Lang, radius = Infinity): (Shown & { hits: number }) | undefined {
  if (!text) return undefined;
  const ranges = highlightRanges(text, terms, hit.matched[field]);
  return { pieces: pieces(text, ranges, radius), lang, hits: ranges.length };
}

/** The first candidate with a highlight, else the first candidate at all. */
function firstHighlighted(candidates: ((Shown & { hits: number }) | undefined)[]): Shown | undefined {
  const present = candidates.filter((c) => c !== undefined);
  const pick = present.find((c) => c.hits > 0) ?? present[0];
  return pick && { pieces: pick.pieces, lang: pick.lang };
}

export function hitView(hit: Hit, terms: string[][], lang: Lang, byId: ReadonlyMap<string, SearchRecord>): HitView {
  const r = hit.record;
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const field = (name: 'title' | 'summary', l: Lang) => `${name}_${l}` as Field;
  const own = (name: 'title' | 'summary', l: Lang) => r[field(name, l) as 'title_en'];
  if (r.type === 'sentence') {
    const item = r.item ? byId.get(r.item) : undefined;
    const heading = item?.[`title_${lang}`] ?? r.text_zh;
    return {
      section: item?.section === undefined ? undefined : itemNumberIn(item.section, lang),
      heading: { pieces: [{ text: heading, hit: false }], lang: item ? lang : 'zh' },
      snippet: firstHighlighted([shown(hit, terms, 'text_zh', r.text_zh, 'zh', SNIPPET_RADIUS * 2)]),
    };
  }
  const title = shown(hit, terms, field('title', lang), own('title', lang), lang)!;
  const snippet = r.type === 'item'
    ? firstHighlighted([
      shown(hit, terms, field('summary', lang), own('summary', lang), lang),
      shown(hit, terms, 'text_zh', r.text_zh, 'zh', SNIPPET_RADIUS),
      shown(hit, terms, field('title', other), own('title', other), other),
      shown(hit, terms, field('summary', other), own('summary', other), other),
    ])
    : firstHighlighted([
      shown(hit, terms, 'text_zh', r.text_zh, 'zh', SNIPPET_RADIUS),
      shown(hit, terms, field('title', other), own('title', other), other),
    ]);
  return { section: r.section === undefined ? undefined : itemNumberIn(r.section, lang), heading: { pieces: title.pieces, lang }, snippet };
}
