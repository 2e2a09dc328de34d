// The site search, run against the built index with the engine the search page uses: queries in
// both languages, with the items they must return and the ones they must not.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createSearcher, paramsFromState, stateFromParams, type Filters, type Hit } from '../src/search/engine.ts';
import { hitView } from '../src/search/display.ts';
import type { SearchIndex, SearchRecord } from '../src/model/search.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const file = readFileSync(join(dist, 'search-index.json'));
const index = JSON.parse(file.toString('utf8')) as SearchIndex;
const searcher = createSearcher(index);

const hits = (q: string, filters?: Filters): Hit[] => searcher.search(q, filters).groups.flatMap((g) => g.hits);
const ids = (q: string, filters?: Filters) => hits(q, filters).map((h) => h.record.id);
const item = (measureId: string) => `${measureId.split('-')[0]}#m-${measureId}`;
const words = (r: SearchRecord) => [r.title_en, r.title_zh, r.summary_en, r.summary_zh, r.text_zh, r.value].join(' ').toLowerCase();
const themeNames = (r: SearchRecord) => r.themes.map((t) => index.themes.find((x) => x.id === t)!).map((t) => `${t.name_en} ${t.name_zh}`).join(' ').toLowerCase();

describe('the built index', () => {
  test('is at most 150 KB gzip and holds every item, figure and sentence', () => {
    expect(gzipSync(file).length).toBeLessThanOrEqual(150 * 1024);
    const site = JSON.parse(readFileSync('src/generated/site.json', 'utf8'));
    const count = (type: string) => index.records.filter((r) => r.type === type).length;
    expect(count('item')).toBe(site.measures.length);
    expect(count('figure')).toBe(site.targets.length);
    expect(count('sentence')).toBe(site.texts.reduce((n: number, t: { sentences: unknown[] }) => n + t.sentences.length, 0));
    expect(new Set(index.records.map((r) => r.id)).size).toBe(index.records.length);
  });

  test('every result links to an element that exists on its region page', () => {
    for (const place of index.places) {
      const html = readFileSync(join(dist, 'regions', place.id, 'index.html'), 'utf8');
      const idsOnPage = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      const missing = index.records.filter((r) => r.place === place.id && !idsOnPage.has(r.anchor)).map((r) => r.anchor);
      expect(missing, place.id).toEqual([]);
    }
  });

  test('each sentence record is the sentence its anchor marks on the region page', () => {
    const html = readFileSync(join(dist, 'regions', 'panshan', 'index.html'), 'utf8');
    const sentence = index.records.find((r) => r.id === 'panshan#s-38')!;
    const at = html.indexOf('id="s-38"');
    const shown = html.slice(at, at + 2000).replace(/<[^>]+>/g, '');
    expect(shown).toContain(sentence.text_zh);
  });
});

describe('Chinese queries', () => {
  test('孵化 returns incubation items of at least four places and no tax item', () => {
    const found = hits('孵化');
    const incubationPlaces = new Set(found.filter((h) => h.record.type === 'item' && h.record.themes.includes('incubation')).map((h) => h.record.place));
    expect(incubationPlaces.size).toBeGreaterThanOrEqual(4);
    expect(found.filter((h) => h.record.themes[0] === 'tax_fees').map((h) => h.record.id)).toEqual([]);
    // No near misses: every result has the word itself, or is an item of a theme named with it
    // (a loose threshold matches 孵 or 化 alone).
    expect(found.filter((h) => !words(h.record).includes('孵化') && !themeNames(h.record).includes('孵化')).map((h) => h.record.id)).toEqual([]);
  });

  test('a single character works: 税 finds the tax items of every place and nothing without 税', () => {
    const found = hits('税');
    expect(new Set(found.filter((h) => h.record.themes.includes('tax_fees')).map((h) => h.record.place)).size).toBe(index.places.length);
    expect(found.filter((h) => !words(h.record).includes('税') && !themeNames(h.record).includes('税')).map((h) => h.record.id)).toEqual([]);
  });

  test('担保贷款 finds the guarantee-loan items and not the guarantee system without loans', () => {
    const found = ids('担保贷款');
    expect(found).toEqual(expect.arrayContaining([item('yuetang-2016-a17'), item('xinjiang-2015-a16'), 'yuetang#t-yuetang-2016-t039']));
    expect(found).not.toContain(item('xianning-platforms-a23'));
    expect(found[0]).toBe(item('yuetang-2016-a17'));
  });

  test('退役军人 puts Panshan’s item 三3 first and finds Yuetang’s mention too', () => {
    const found = hits('退役军人');
    expect(found[0].record.id).toBe(item('panshan-report-a08'));
    expect(found[0].record.section).toBe('三3');
    expect(found.map((h) => h.record.id)).toContain(item('yuetang-2016-a05'));
  });

  test('a query in traditional characters finds what the simplified one does', () => {
    expect(ids('擔保貸款')).toEqual(ids('担保贷款'));
    expect(ids('孵化基地 創業').length).toBeGreaterThan(0);
    expect(ids('孵化基地 創業')).toEqual(ids('孵化基地 创业'));
  });

  test('several words must all match, in any field', () => {
    const found = hits('孵化 普陀区');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((h) => h.record.place === 'putuo')).toBe(true);
    const both = hits('担保贷款 孵化');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(hits('担保贷款').length, hits('孵化').length));
    const has = (r: SearchRecord, w: string) => words(r).includes(w) || themeNames(r).includes(w);
    expect(both.filter((h) => !has(h.record, '担保贷款') || !has(h.record, '孵化')).map((h) => h.record.id)).toEqual([]);
  });
});

describe('English queries', () => {
  test('veterans returns Panshan’s veterans item (三3, about 退役军人) first', () => {
    const found = hits('veterans');
    expect(found[0].record.id).toBe(item('panshan-report-a08'));
    expect(found.every((h) => /退役军人|ex-servicemen|veteran/.test(words(h.record)))).toBe(true);
  });

  test('incubator finds Chinese items of every place through their English titles and summaries', () => {
    const found = hits('incubator');
    const items = found.filter((h) => h.record.type === 'item');
    expect(new Set(items.map((h) => h.record.place)).size).toBe(index.places.length);
    expect(items[0].record.themes).toContain('incubation');
    expect(found.map((h) => h.record.id)).toContain(item('putuo-2019-a12'));
    // 孵化器 is the glossary's Chinese term for incubator, so Chinese sentences that name it are found too.
    expect(found.filter((h) => !/incubat|孵化器/.test(words(h.record)) && !themeNames(h.record).includes('incubat')).map((h) => h.record.id)).toEqual([]);
    expect(found.some((h) => h.record.type === 'sentence' && !/incubat/.test(words(h.record)))).toBe(true);
  });

  test('a glossary term finds its English rendering, and a word readers type finds both', () => {
    const zh = searcher.search('众创空间');
    expect(zh.terms[0]).toContain('maker space');
    expect(zh.groups.flatMap((g) => g.hits).some((h) => /maker space/.test((h.record.title_en ?? '').toLowerCase()))).toBe(true);
    const en = hits('makerspace');
    expect(en.length).toBeGreaterThan(0);
    expect(en.every((h) => /maker space|众创空间/.test(words(h.record)))).toBe(true);
  });

  test('a misspelt long word still finds its items, a short word must be exact', () => {
    expect(ids('incubater')).toContain(item('yuetang-2016-a12'));
    expect(ids('guarentee')).toContain(item('yuetang-2016-a17'));
    // "loan" must not match "land" (Xinjiang's 三(四)7 secures land and does not mention loans).
    expect(ids('loan')).not.toContain(item('xinjiang-2015-a18'));
    expect(hits('loan').every((h) => /loan|贷款/.test(words(h.record)) || themeNames(h.record).includes('loan'))).toBe(true);
  });

  test('tax returns the tax items of every place and no incubation-only item', () => {
    const found = hits('tax');
    expect(new Set(found.map((h) => h.record.place)).size).toBe(index.places.length);
    expect(found.every((h) => h.record.themes.includes('tax_fees') || words(h.record).includes('tax'))).toBe(true);
    expect(found.map((h) => h.record.id)).not.toContain(item('yuetang-2016-a12'));
  });

  test('guarantee loan ranks the item with both words in its title first', () => {
    expect(ids('guarantee loan')[0]).toBe(item('yuetang-2016-a17'));
    expect(ids('loan guarantee')[0]).toBe(item('yuetang-2016-a17'));
  });

  test('pinyin of a place name finds that place’s items and no other place', () => {
    for (const place of ['yuetang', 'xinjiang', 'xianning', 'putuo', 'panshan']) {
      const found = hits(place);
      expect(found.length, place).toBeGreaterThan(0);
      expect(new Set(found.map((h) => h.record.place)), place).toEqual(new Set([place]));
    }
  });

  test('a word in no text gives no results', () => {
    expect(hits('blockchain')).toEqual([]);
    expect(hits('量子计算')).toEqual([]);
    expect(hits('   ')).toEqual([]);
  });

  test('operator characters in a query are words, not fuse.js commands', () => {
    expect(ids("'tax")).toEqual(ids('tax'));
    expect(ids('!tax')).toEqual(ids('tax'));
    expect(ids('tax$')).toEqual(ids('tax'));
  });
});

describe('filters and grouping', () => {
  test('place, theme, instrument and kind narrow the results', () => {
    const all = hits('孵化');
    const byPlace = hits('孵化', { place: 'putuo' });
    expect(byPlace.length).toBeGreaterThan(0);
    expect(byPlace.length).toBeLessThan(all.length);
    expect(byPlace.every((h) => h.record.place === 'putuo')).toBe(true);
    expect(hits('孵化', { theme: 'credit' }).every((h) => h.record.themes.includes('credit'))).toBe(true);
    expect(hits('孵化', { instrument: 'award' }).every((h) => h.record.instruments.includes('award'))).toBe(true);
    const outcomes = hits('孵化', { kind: 'outcome' });
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.every((h) => h.record.type === 'figure' && h.record.kind === 'outcome')).toBe(true);
  });

  test('results come grouped by place, each place once, best group first', () => {
    const { groups, total } = searcher.search('孵化');
    expect(new Set(groups.map((g) => g.place)).size).toBe(groups.length);
    expect(groups.reduce((n, g) => n + g.hits.length, 0)).toBe(total);
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1].hits[0].score).toBeLessThanOrEqual(groups[i].hits[0].score);
    for (const g of groups) for (let i = 1; i < g.hits.length; i++) expect(g.hits[i - 1].score).toBeLessThanOrEqual(g.hits[i].score);
  });

  test('the query and filters survive a round trip through the URL', () => {
    const params = paramsFromState('孵化', { place: 'putuo', kind: 'target' });
    expect(params.toString()).toBe(new URLSearchParams({ q: '孵化', place: 'putuo', kind: 'target' }).toString());
    expect(stateFromParams(new URLSearchParams(params.toString()))).toEqual({ q: '孵化', filters: { place: 'putuo', kind: 'target' } });
  });
});

describe('what a result shows', () => {
  test('the matched words are highlighted in the heading or snippet, and only they', () => {
    for (const [q, lang, marks] of [['孵化', 'zh', ['孵化']], ['veterans', 'en', ['ex-servicemen', '退役军人']], ['担保贷款', 'en', ['担保贷款']], ['incubator', 'en', ['incub', '孵化器']]] as const) {
      const { terms, groups } = searcher.search(q);
      const shown = groups.flatMap((g) => g.hits).filter((h) => !themeNames(h.record).includes(marks[0]) || words(h.record).includes(marks[0]));
      expect(shown.length).toBeGreaterThan(3);
      for (const h of shown.slice(0, 12)) {
        const view = hitView(h, terms, lang, searcher.byId);
        const marked = [...view.heading.pieces, ...(view.snippet?.pieces ?? [])].filter((p) => p.hit).map((p) => p.text.toLowerCase());
        expect(marked.length, `${q} ${h.record.id}`).toBeGreaterThan(0);
        expect(marked.filter((m) => !marks.some((w) => m.includes(w))), `${q} ${h.record.id}`).toEqual([]);
      }
    }
  });

  test('a sentence result is headed by the item it sits in', () => {
    const h = hits('退役军人').find((x) => x.record.id === 'panshan#s-38')!;
    const view = hitView(h, [['退役军人']], 'en', searcher.byId);
    expect(view.section).toBe('3.3');
    expect(hitView(h, [['退役军人']], 'zh', searcher.byId).section).toBe('三3');
    expect(view.heading.pieces.map((p) => p.text).join('')).toBe(searcher.byId.get(item('panshan-report-a08'))!.title_en);
  });
});
