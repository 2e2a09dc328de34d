// The curated data passes every integrity rule, and each rule catches a broken copy.
import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { validateData } from '../scripts/data/validate.ts';
import { formatProblem } from '../scripts/data/problem.ts';
import { writeCsv } from '../scripts/data/csv.ts';
import { cleanDocument } from '../scripts/text/clean.ts';
import { copyData } from './badInput.ts';
import { packageVersion } from '../scripts/downloads/write.ts';

type Row = Record<string, string>;

function copyWith(changes: Record<string, (rows: Row[]) => Row[]>, textChanges: Record<string, (t: string) => string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-rules-'));
  copyData(dir);
  for (const [file, change] of Object.entries(changes)) {
    const parsed = Papa.parse<Row>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
    writeFileSync(join(dir, file), writeCsv(parsed.meta.fields!, change(parsed.data)));
  }
  for (const [file, change] of Object.entries(textChanges)) writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return validateData(dir).problems.map(formatProblem);
}

const edit = (match: (r: Row) => boolean, change: (r: Row) => Row) => (rows: Row[]) => rows.map((r) => (match(r) ? change(r) : r));
const firstAction = (r: Row) => r.measure_id === 'putuo-2019-a01';
const firstTarget = (r: Row) => r.target_id === 'putuo-2019-t001';

test('the curated data passes every rule', () => {
  expect(validateData('data').problems.map(formatProblem)).toEqual([]);
});

test('the committed clean texts are exactly what the cleaning produces from the raw texts', () => {
  const { dataset } = validateData('data');
  const corrections = dataset.corrections.map((c) => c.row);
  for (const { row: doc } of dataset.documents) {
    const { text } = cleanDocument(readFileSync(join('data', doc.raw_file), 'utf8'), doc, corrections);
    expect(readFileSync(join('data', doc.clean_file), 'utf8'), doc.doc_id).toBe(text);
  }
});

describe('each rule catches a broken copy', () => {
  test('ids are unique', () => {
    expect(copyWith({ 'measures.csv': (rows) => [...rows, rows[0]] })).toEqual(expect.arrayContaining([expect.stringMatching(/^data\/measures\.csv:\d+: measure_id: duplicate id/)]));
  });
  test('references resolve', () => {
    expect(copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, measure_id: 'putuo-2019-a99' })) }).join('\n')).toMatch(/targets\.csv:\d+: measure_id: unknown measures id "putuo-2019-a99"/);
  });
  test('every theme is used', () => {
    const problems = copyWith({ 'themes.csv': (rows) => [...rows, { theme_id: 'unused', name_zh: '无', name_en: 'Unused', description_zh: '无', description_en: 'Unused' }] });
    expect(problems.join('\n')).toMatch(/themes\.csv:\d+: theme_id: theme unused is used by no measure/);
  });
  test('a measure quote must be the clean text at its offsets', () => {
    const problems = copyWith({ 'measures.csv': edit(firstAction, (r) => ({ ...r, quote_start: String(+r.quote_start + 1), quote_end: String(+r.quote_end + 1) })) });
    expect(problems.join('\n')).toMatch(/measures\.csv:\d+: quote_start: clean text at \d+ is/);
  });
  test('a figure must be the clean text at value_start, inside its quote', () => {
    const problems = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, value_start: String(+r.value_start + 3) })) });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: value_start: clean text at \d+ is/);
  });
  test('value is the reading of value_text', () => {
    const problems = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, value: String(+r.value + 1) })) });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: value: is \d+, but ".*" reads \d+/);
  });
  test('value_base is value times the 万/亿 multiplier', () => {
    const wan = (r: Row) => r.value_text.includes('万');
    const problems = copyWith({ 'targets.csv': (rows) => { const i = rows.findIndex(wan); rows[i] = { ...rows[i], value_base: rows[i].value }; return rows; } });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: value_base: is .*, expected .*× 10000/);
  });
  test('a part is not larger than its total', () => {
    const part = (r: Row) => r.part_of !== '';
    const problems = copyWith({ 'targets.csv': (rows) => { const i = rows.findIndex(part); rows[i] = { ...rows[i], value_base: '999999999999' }; return rows; } });
    expect(problems.join('\n')).toMatch(/part_of: the total .* is smaller than this part/);
  });
  test('a measure that departs from the first cue of its clause must say why', () => {
    // putuo-2019-t001: 帮助2500名以上劳动者成功创业, cue 帮助 → new_in_period.
    const problems = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, measure: 'stock_at_end', notes: '' })) });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: measure: is stock_at_end, but the first cue of its clause is "帮助" \(new_in_period\)/);
    const explained = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, measure: 'stock_at_end', notes: 'measure: a reason.' })) });
    expect(explained.join('\n')).not.toMatch(/measure: is stock_at_end/);
  });
  test('a figure whose clause has no cue must say why it has its measure', () => {
    const noCue = (r: Row) => r.target_id === 'panshan-report-t004';
    const problems = copyWith({ 'targets.csv': edit(noCue, (r) => ({ ...r, notes: r.notes.replace(/^measure:/, 'Measure') })) });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: measure: its clause has no cue word for any measure/);
  });
  test('a share is in percent or a ratio, and a per_period figure says per what', () => {
    const problems = copyWith({ 'targets.csv': (rows) => rows.map((r) =>
      r.target_id === 'yuetang-2016-t025' ? { ...r, base_unit: 'person' } : r.target_id === 'yuetang-2016-t019' ? { ...r, per: '' } : r) });
    expect(problems.join('\n')).toMatch(/measure: a share must be in percent or a ratio, not person/);
    expect(problems.join('\n')).toMatch(/per: a per_period figure needs per/);
  });
  test('a definition belongs to the metric of its figures', () => {
    const problems = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, definition: 'jobs_driven_by_startups' })) });
    expect(problems.join('\n')).toMatch(/definition: jobs_driven_by_startups belongs to metric jobs_created, not entrepreneurs_supported/);
  });
  test('comparable is true exactly when two places share a whole-place headline target of the definition and measure', () => {
    const flip = (id: string) => (rows: Row[]) => rows.map((r) => (r.definition_id === id ? { ...r, comparable: r.comparable === 'true' ? 'false' : 'true' } : r));
    expect(copyWith({ 'definitions.csv': flip('jobs_driven_by_startups') }).join('\n')).toMatch(/definitions\.csv:\d+: comparable: is false, but/);
    expect(copyWith({ 'definitions.csv': flip('maker_spaces') }).join('\n')).toMatch(/definitions\.csv:\d+: comparable: is true, but fewer than two places/);
    // Making one of the two drawn figures a programme's takes the definition out of comparison.
    const programme = copyWith({ 'targets.csv': edit((r) => r.target_id === 'xianning-platforms-t003', (r) => ({ ...r, scope: 'programme' })) });
    expect(programme.join('\n')).toMatch(/comparable: is true, but fewer than two places have a whole_place headline target of jobs_driven_by_startups/);
  });
  test('every cell changed since the previous release has a reason in changes.csv, and every reason a change', () => {
    const changed = copyWith({ 'targets.csv': edit((r) => r.target_id === 'putuo-2019-t003', (r) => ({ ...r, description_zh: '另一种说法' })) });
    expect(changed.join('\n')).toMatch(/targets\.csv:\d+: description_zh: 1 change since release [\d.-]+ without a reason in data\/changes\.csv .*putuo-2019-t003/);
    const stale = copyWith({ 'changes.csv': (rows) => [...rows, { ...rows[0], release: packageVersion(), table: 'targets', id: 'putuo-2019-t003', column: 'value', kind: 'correction' }] });
    expect(stale.join('\n')).toMatch(/changes\.csv:\d+: id: targets putuo-2019-t003 value: no such change since release/);
  });
  test('at most one headline per document and definition', () => {
    const problems = copyWith({ 'targets.csv': (rows) => {
      const h = rows.find((r) => r.headline === 'true')!;
      const other = rows.findIndex((r) => r !== h && r.doc_id === h.doc_id && r.definition === h.definition && r.headline === 'false');
      if (other < 0) { rows.push({ ...h, target_id: `${h.target_id}-copy` }); } else rows[other] = { ...rows[other], headline: 'true' };
      return rows;
    } });
    expect(problems.join('\n')).toMatch(/headline: a second headline for/);
  });
  test('action rows match the numbered items of the text', () => {
    const problems = copyWith({ 'measures.csv': (rows) => rows.filter((r) => !firstAction(r)) });
    expect(problems.join('\n')).toMatch(/documents\.csv:\d+: doc_id: item 二\(一\)1 of putuo-2019 has no action row/);
  });
  test('every amount in a text is a figure or listed as ignored', () => {
    const problems = copyWith({ 'ignored-figures.csv': (rows) => rows.slice(1) });
    expect(problems.join('\n')).toMatch(/is neither a targets row, nor in ignored-figures\.csv, nor held by a term of ignored-terms\.csv/);
  });
  test('a fixed word of ignored-terms.csv holds its numerals; without it they are amounts to code', () => {
    const problems = copyWith({ 'ignored-terms.csv': (rows) => rows.filter((r) => r.term !== '进一步') });
    expect(problems.join('\n')).toMatch(/the amount "一" at \d+ is neither a targets row/);
  });
  test('a term that holds no numeral in any text is stale', () => {
    const problems = copyWith({ 'ignored-terms.csv': (rows) => [...rows, { term: '一带一路', reason: 'name_or_slogan', note: 'Belt and Road.' }] });
    expect(problems.join('\n')).toMatch(/ignored-terms\.csv:\d+: term: "一带一路" holds no numeral the scanner finds in any text/);
  });
  test('a figure cannot lie inside a term that says its numerals are not amounts', () => {
    const problems = copyWith({ 'ignored-terms.csv': (rows) => [...rows, { term: '每半年组织开展一次', reason: 'fixed_word', note: 'wrong on purpose' }] });
    expect(problems.join('\n')).toMatch(/targets\.csv:\d+: value_start: the figure at \d+ lies inside the term "每半年组织开展一次"/);
  });
  test('a verified population is the 2020 census resident population, citing its bulletin', () => {
    const registered = copyWith({ 'regions.csv': edit((r) => r.region_id === 'panshan', (r) => ({ ...r, population_verified: 'true' })) });
    expect(registered.join('\n')).toMatch(/regions\.csv:\d+: population_verified: is true, but the population is registered of 2021/);
    expect(registered.join('\n')).toMatch(/regions\.csv:\d+: population_source: a verified population must cite its census bulletin/);
  });
  test('a source address must be an http(s) address', () => {
    const problems = copyWith({ 'documents.csv': edit((r) => r.doc_id === 'putuo-2019', (r) => ({ ...r, source_url: 'javascript:alert(1)' })) });
    expect(problems.join('\n')).toMatch(/documents\.csv:\d+: source_url: must be an http\(s\) address/);
  });
  test('every instrument an item uses says what kind of help it is', () => {
    const problems = copyWith({ 'instruments.csv': (rows) => rows.filter((r) => r.instrument !== 'loan') });
    expect(problems.join('\n')).toMatch(/measures\.csv:\d+: instruments: instrument loan has no row in data\/instruments\.csv/);
    const twice = copyWith({ 'instruments.csv': (rows) => [...rows, { ...rows[0] }] });
    expect(twice.join('\n')).toMatch(/instruments\.csv:\d+: instrument: /);
  });
  test('a policy term is rendered as the glossary says, or the row says why not', () => {
    const renamed = edit((r) => r.target_id === 'xianning-platforms-t001', (r) => ({ ...r, description_en: 'Crowd platforms in place, cumulative' }));
    expect(copyWith({ 'targets.csv': renamed }).join('\n')).toMatch(/targets\.csv:\d+: description_en: has no "four-crowd support platform", though description_zh holds 四众支撑平台/);
    const exempt = (rows: Row[]) => renamed(rows).map((r) => (r.target_id === 'xianning-platforms-t001' ? { ...r, notes: `${r.notes} glossary: a shortened label.` } : r));
    expect(copyWith({ 'targets.csv': exempt }).join('\n')).not.toMatch(/description_en: has no "four-crowd/);
    // Case and hyphens do not matter; a table without notes cannot be exempted.
    const themes = copyWith({ 'themes.csv': edit((r) => r.theme_id === 'talent_groups', (r) => ({ ...r, description_en: r.description_en.replace('ex-servicemen', 'Ex Servicemen') })) });
    expect(themes.join('\n')).not.toMatch(/themes\.csv:\d+: description_en: has no/);
    const veterans = copyWith({ 'themes.csv': edit((r) => r.theme_id === 'talent_groups', (r) => ({ ...r, description_en: r.description_en.replace('ex-servicemen', 'veterans') })) });
    expect(veterans.join('\n')).toMatch(/themes\.csv:\d+: description_en: has no "ex-servicemen", though description_zh holds 退役军人/);
  });
  test('a deadline is quoted from its item or its goal paragraph, on goal clauses and action items only', () => {
    const elsewhere = copyWith({ 'measures.csv': edit(firstAction, (r) => ({ ...r, deadline_zh: '到2030年' })) });
    expect(elsewhere.join('\n')).toMatch(/measures\.csv:\d+: deadline_zh: "到2030年" is not in the item or the paragraph it stands in/);
    // Xianning's later goal clauses take the 到2020年 that opens their goal sentence.
    const goal = copyWith({ 'measures.csv': edit((r) => r.measure_id === 'xianning-platforms-g04', (r) => ({ ...r, deadline_zh: '到2020年' })) });
    expect(goal.join('\n')).not.toMatch(/deadline_zh/);
    const safeguard = copyWith({ 'measures.csv': edit((r) => r.measure_id === 'putuo-2019-s01', (r) => ({ ...r, deadline_zh: r.quote_zh.slice(0, 2) })) });
    expect(safeguard.join('\n')).toMatch(/measures\.csv:\d+: deadline_zh: is coded for goal clauses and action items only, not for a safeguard/);
  });
  test('an uncertain measure names another measure, says why, and quotes words of its own quote', () => {
    const words = copyWith({ 'targets.csv': edit((r) => r.target_id === 'xianning-platforms-t003', (r) => ({ ...r, measure_uncertain_zh: '累计达到30家以上' })) });
    expect(words.join('\n')).toMatch(/targets\.csv:\d+: measure_uncertain_zh: is not in the figure’s quote/);
    const same = copyWith({ 'targets.csv': edit((r) => r.target_id === 'xianning-platforms-t003', (r) => ({ ...r, measure_uncertain: 'new_in_period' })) });
    expect(same.join('\n')).toMatch(/targets\.csv:\d+: measure_uncertain: is the measure coded \(new_in_period\)/);
    const half = copyWith({ 'targets.csv': edit(firstTarget, (r) => ({ ...r, measure_uncertain_en: 'Why.' })) });
    expect(half.join('\n')).toMatch(/targets\.csv:\d+: measure_uncertain_en: is given, but measure_uncertain names no other measure/);
  });
  test('every responsible unit is mapped to a kind of department', () => {
    const problems = copyWith({ 'departments.csv': (rows) => rows.slice(1) });
    expect(problems.join('\n')).toMatch(/(lead_units|responsible_units|partner_units): ".*" has no row in departments\.csv/);
  });
  test('the clean text must be what the cleaning produces', () => {
    const problems = copyWith({}, { 'sources/clean/putuo-2019.txt': (t) => t.replace('普陀区', '普陀县') });
    expect(problems.join('\n')).toMatch(/documents\.csv:\d+: clean_file: sources\/clean\/putuo-2019\.txt is not what the cleaning produces/);
  });
  test('a correction must match its raw text exactly once', () => {
    const problems = copyWith({ 'corrections.csv': edit((r) => r.correction_id === 'yuetang-2016-c3', (r) => ({ ...r, raw: '万众创ZZZ精神' })) });
    expect(problems.join('\n')).toMatch(/corrections\.csv:\d+: raw: raw text "万众创ZZZ精神" is not in the text/);
  });
});
