// What the built pages say, read as a reader reads it: none of the broken sentences the site once
// printed, no rank said as an ordinal equal to its count, every "of the N" the number of places or
// plans the chart or ranking it sits on holds, the same denominator wherever the same ranking is
// stated, and every unit named in English on English pages with the Chinese as written beside it.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { listFiles, pagesFromFiles } from '../scripts/builtSite/site.ts';
import { LOCALES } from '../src/i18n/locales.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const csv = <T,>(text: string) => Papa.parse<T>(text, { header: true, skipEmptyLines: 'greedy' }).data;
const data = <T,>(name: string) => csv<T>(readFileSync(`data/${name}.csv`, 'utf8'));
const documents = data<{ doc_id: string; region_id: string; doc_type: string }>('documents');
const targets = data<{ target_id: string; definition: string }>('targets');
const departments = data<{ doc_id: string; name: string; name_en: string }>('departments');
const planRegions = new Set(documents.filter((d) => d.doc_type === 'plan').map((d) => d.region_id));

const pages = pagesFromFiles(listFiles(dist)).map((p) => {
  const { document } = parseHTML(readFileSync(join(dist, p.file), 'utf8'));
  const data = LOCALES.find((l) => l.id === p.lang)!.data;
  return { ...p, document, data, text: (document.querySelector('main') ?? document.body)?.textContent?.replace(/\s+/g, ' ') ?? '' };
});
const english = pages.filter((p) => p.data === 'en');
const chinese = pages.filter((p) => p.data === 'zh');

/** A count or rank as written: English words, Chinese numerals, or digits. */
const EN = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const EN_ORDINAL = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const valueOf = (w: string): number => {
  const found = [EN.indexOf(w), EN_ORDINAL.indexOf(w), ZH.indexOf(w), w === '两' ? 2 : -1].find((x) => x >= 0);
  return found ?? (/^\d+(?:st|nd|rd|th)?$/.test(w) ? parseInt(w, 10) : NaN);
};

/** A chart's CSV rows under its English keys, and the places they name. */
const chartRows = (id: string) => csv<Record<string, string>>(readFileSync(join(dist, 'data/charts', `${id}.csv`), 'utf8'));
const placesOf = (rows: Record<string, string>[]) => new Set(rows.map((r) => r.region_id).filter(Boolean));

test('the build has pages in both data languages', () => {
  expect(english.length).toBeGreaterThan(10);
  expect(chinese.length).toBeGreaterThan(10);
});

describe('no page says what the site once said', () => {
  const QUOTED = [
    /\bin no of its\b/, /\bthe (?:second|third|fourth|fifth|\w+th) (?:highest|most) of the\b/, /\bSource: the one documents\b/,
    /\bof one places\b/, /\bone (?:places|documents|plans)\b/, /\bLead units: \p{Script=Han}/u,
  ];
  test.each(QUOTED.map((q) => [q.source, q]))('%s', (_source, pattern) => {
    expect(english.filter((p) => pattern.test(p.text)).map((p) => `${p.path}: ${p.text.match(pattern)![0]}`)).toEqual([]);
  });
});

test('no page says a rank as an ordinal equal to its count (“fourth of the four”, “在四份方案中排第四”)', () => {
  const equal = [
    ...english.flatMap((p) => [...p.text.matchAll(/\b(\w+?)(?:st|nd|rd|th)?\b(?: \w+)? of (?:the )?(\w+)/g)]
      .filter((m) => valueOf(m[1]) > 1 && EN_ORDINAL.includes(m[1]) && valueOf(m[1]) === valueOf(m[2])).map((m) => `${p.path}: ${m[0]}`)),
    ...chinese.flatMap((p) => [...p.text.matchAll(/在(\S{1,3}?)(?:个|份)[^，。]{0,20}?第(\S{1,2}?)(?=[。，]|$)/gu)]
      .filter((m) => valueOf(m[1]) === valueOf(m[2])).map((m) => `${p.path}: ${m[0]}`)),
  ];
  expect(equal).toEqual([]);
});

/** What a chart's words say a count of, checked against its rows. */
const STATED: { what: string; en: RegExp; zh: RegExp; expected: (rows: Record<string, string>[]) => number }[] = [
  { what: 'plans ranked', en: /\bof the (\w+) plans\b/g, zh: /在(\S{1,3}?)份方案中/gu, expected: (rows) => [...placesOf(rows)].filter((r) => planRegions.has(r)).length },
  { what: 'places drawn', en: /\b(?:main|headline) targets?(?: for the whole place)?,? of (\w+) places?\b/gi, zh: /(\S{1,3}?)个地方针对全辖区/gu, expected: (rows) => rows.filter((r) => r.status === 'target').length },
  { what: 'documents of the source', en: /\bSource: the (\w+) documents\b/g, zh: /来源：(\S{1,3}?)份文件/gu, expected: (rows) => placesOf(rows).size },
];

test('every “of the N” on a chart is the number of places or plans its rows hold', () => {
  const wrong: string[] = [];
  let stated = 0;
  for (const p of pages) {
    for (const figure of p.document.querySelectorAll('figure.chart')) {
      const id = figure.getAttribute('data-chart-id')!;
      const words = [...figure.querySelectorAll('.chart-title, .chart-subtitle, .chart-source')].map((e) => e.textContent ?? '').join(' ');
      const rows = chartRows(id);
      for (const s of STATED) {
        for (const m of words.matchAll(p.data === 'zh' ? s.zh : s.en)) {
          stated++;
          if (valueOf(m[1]) !== s.expected(rows)) wrong.push(`${p.path} ${id}: “${m[0]}” but ${s.what}: ${s.expected(rows)}`);
        }
      }
    }
  }
  expect(stated).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});

test('the share of concrete items is ranked among the same number of plans wherever it is stated', () => {
  const statements = pages.flatMap((p) => [
    ...[...p.text.matchAll(p.data === 'zh' ? /在(\S{1,3}?)份方案中/gu : /\bof the (\w+) plans\b/g)].map((m) => ({ page: p.path, n: valueOf(m[1]) })),
    // The concreteness chart's title states the same ranking, whatever noun it names the ranked by.
    ...[...p.document.querySelectorAll('figure[data-chart-id="concreteness"] .chart-title')].flatMap((t) =>
      [...(t.textContent ?? '').matchAll(p.data === 'zh' ? /([零一二两三四五六七八九十\d]+)(?:地|份方案|个地方)中/gu : /\b(?:most|fewest) of the (\w+)/g)].map((m) => ({ page: `${p.path} (concreteness chart)`, n: valueOf(m[1]) }))),
  ]);
  const plansInChart = [...placesOf(chartRows('concreteness'))].filter((r) => planRegions.has(r)).length;
  expect(statements.some((s) => s.page.includes('regions/'))).toBe(true);
  expect(statements.filter((s) => s.n !== plansInChart).map((s) => `${s.page}: of ${s.n}, the chart ranks ${plansInChart} plans`)).toEqual([]);
});

test('a region page ranks a headline target among as many places as its comparison draws', () => {
  const wrong: string[] = [];
  let ranked = 0;
  for (const p of pages.filter((x) => x.type === 'region')) {
    for (const li of p.document.querySelectorAll('.region-summary li')) {
      const target = li.querySelector('a[href^="#row-t-"]')?.getAttribute('href')?.slice('#row-t-'.length);
      if (!target) continue;
      const definition = targets.find((t) => t.target_id === target)!.definition;
      const drawn = chartRows(`compare-${definition}`).filter((r) => r.status === 'target').length;
      const text = li.textContent ?? '';
      const m = text.match(p.data === 'zh' ? /在(\S{1,3}?)个设有可比目标的地方中/u : /\bof the (\w+) places with a comparable target\b/) ?? (/\bthe only place\b|是唯一/.test(text) ? [text, 'one'] : null);
      ranked++;
      if (!m || valueOf(m[1]) !== drawn) wrong.push(`${p.path}: “${text.trim()}” but the comparison draws ${drawn}`);
    }
  }
  expect(ranked).toBeGreaterThan(0);
  expect(wrong).toEqual([]);
});

test('English pages name every unit in English, with the Chinese as written beside it marked as Chinese', () => {
  // The same name as written can be a unit of several documents, each with its English name.
  const names = new Map<string, string[]>();
  for (const d of departments) names.set(d.name, [...(names.get(d.name) ?? []), d.name_en]);
  let named = 0;
  const bare: string[] = [];
  for (const p of english) {
    for (const span of p.document.querySelectorAll('span[lang="zh-CN"]')) {
      const asWritten = span.textContent ?? '';
      const inEnglish = names.get(asWritten);
      // A unit's name quoted (in “…”, a code example, a curator's note on the text's words) is a quote, not a name.
      if (!inEnglish || span.closest('code, .curator-notes, [data-verbatim]') || /“$/.test(span.previousSibling?.textContent ?? '')) continue;
      // The text before it in its element (a name in English may be in several runs: an apostrophe, Chinese in it).
      let before = '';
      for (let node = span.previousSibling; node && before.length < 200; node = node.previousSibling) before = `${node.textContent ?? ''}${before}`;
      const preceding = before.replace(/\s*[([]\s*$/, '');
      if (/[([]\s*$/.test(before) && inEnglish.some((n) => preceding.endsWith(n))) named++;
      else bare.push(`${p.path}: ${asWritten}`);
    }
  }
  expect(named).toBeGreaterThan(0);
  expect(bare).toEqual([]);
});
