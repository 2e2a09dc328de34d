import { describe, expect, test } from 'vitest';
import { concreteness, itemCriteria } from './concreteness.ts';
import { placeSummaries } from './placeSummaries.ts';
import { concretenessRows } from '../../src/charts/concreteness.ts';
import { loadDataset } from '../data/load.ts';
import type { Document, InstrumentKind, Measure, Target } from '../../src/schema/index.ts';

const measure = (id: string, m: Partial<Measure> = {}) => ({ measure_id: id, doc_id: 'd', item_type: 'action', lead_units: [], responsible_units: [], partner_units: [], instruments: [], has_date: false, ...m }) as Measure;
const figure = (measure_id: string, t: Partial<Target> = {}) => ({ measure_id, base_unit: 'person', kind: 'target', ...t }) as Target;
const kinds = [{ instrument: 'fund', group: 'money' }, { instrument: 'space', group: 'space' }] as InstrumentKind[];

describe('each criterion on small synthetic items', () => {
  const doc = { doc_id: 'd', region_id: 'r', doc_type: 'plan' } as Document;
  const items = itemCriteria([doc], [
    measure('m1', { lead_units: ['区人社局'], instruments: ['fund'] }),
    measure('m2', { responsible_units: ['各成员单位'], deadline_zh: '每年年底', instruments: ['fund'] }),
    measure('m3', { has_date: true }),
    measure('g1', { item_type: 'goal', deadline_zh: '到2020年' }),
    measure('s1', { item_type: 'safeguard', lead_units: ['x'] }),
  ], [
    figure('m1', { base_unit: 'cny' }),
    // A period inherited from the plan is not a deadline.
    figure('m3', { period_end: 2020, period_inferred: true }),
    figure('g1'), figure('g1'),
  ], kinds);

  test('a safeguard is not a commitment; goal clauses and action items are told apart', () => {
    expect(items.map((i) => [i.measure_id, i.group])).toEqual([['m1', 'action'], ['m2', 'action'], ['m3', 'action'], ['g1', 'goal']]);
  });

  test('a lead named, responsible units listed, a sum of money, an instrument without one', () => {
    expect(items.map((i) => [i.leadership, i.money])).toEqual([
      ['lead_named', 'sum_stated'], ['responsible_listed', 'instrument_no_amount'], ['none', 'none'], ['none', 'none'],
    ]);
  });

  test('counts per group: only stated deadlines count, and a goal clause counts its figures', () => {
    const [c] = concreteness([doc], items);
    expect(c.action).toMatchObject({ items: 3, figures: 2, figure: 2, deadline: 1, lead_unit: 1, responsible_listed: 1, money_sum: 1, money_instrument: 1 });
    expect(c.goal).toMatchObject({ items: 1, figures: 2, figure: 1, deadline: 1, lead_unit: 0 });
  });
});

// Hand-counted from the five texts (data/sources/clean): the expected numbers below are read off
// the texts and the coded rows, not computed by the functions under test.
describe('the five documents, as read against their texts', () => {
  const { dataset } = loadDataset('data');
  const rows = <K extends 'documents' | 'measures' | 'targets' | 'instruments'>(k: K) => dataset[k].map((x) => x.row) as (typeof dataset)[K][number]['row'][];
  const documents = rows('documents');
  const items = itemCriteria(documents, rows('measures'), rows('targets'), rows('instruments'));
  const concrete = concreteness(documents, items);
  const of = (doc: string) => concrete.find((c) => c.doc_id === doc)!;
  const item = (id: string) => items.find((i) => i.measure_id === id)!;

  test('Putuo: its five goal figures stand in goal clauses with figures, beside no action item with a figure', () => {
    const putuo = of('putuo-2019');
    // 一、总体目标: four clauses with figures (2500 and its part 1500; 16; 4; 2) and the 力争 sentence without one.
    expect(putuo.goal).toMatchObject({ items: 5, figures: 5, figure: 4 });
    expect(putuo.action).toMatchObject({ items: 15, figures: 0, figure: 0 });
  });

  test('deadlines as stated: Xianning’s items none, Yuetang three (力争2016年, 2016年投入, 每年年底), Panshan 五2 none', () => {
    expect(of('xianning-platforms').action.deadline).toBe(0);
    expect(of('yuetang-2016').action.deadline).toBe(3);
    expect(items.filter((i) => i.doc_id === 'yuetang-2016' && i.deadline_zh).map((i) => i.measure_id).sort()).toEqual(['yuetang-2016-a17', 'yuetang-2016-a21', 'yuetang-2016-a23']);
    expect(item('panshan-report-a15').deadline_zh).toBeUndefined();
    // Xianning's goal sentence opens with 到2020年: each of its four clauses takes it.
    expect(of('xianning-platforms').goal).toMatchObject({ items: 4, deadline: 4 });
  });

  test('Putuo names no lead unit but lists responsible units on every action item', () => {
    expect(of('putuo-2019').action).toMatchObject({ lead_unit: 0, responsible_listed: 15 });
    expect(item('putuo-2019-a01').leadership).toBe('responsible_listed'); // 责任部门：各成员单位
    expect(of('xianning-platforms').action.lead_unit).toBe(29); // every item names its 牵头单位
  });

  test('Putuo’s instruments name money without a sum: money instrument, no amount', () => {
    // 二(三)4 subsidy, 二(三)5 fund, 二(五)10 award, 二(六)11 procurement, 二(六)12 award: no figure in yuan.
    expect(of('putuo-2019').action).toMatchObject({ money_sum: 0, money_instrument: 5 });
  });

  test('Panshan, a report of results, is judged on results and budgets and never ranked with the plans', () => {
    const summaries = placeSummaries(documents, rows('targets'), [], concrete, []);
    const panshan = summaries.find((x) => x.doc_id === 'panshan-report')!;
    expect(panshan.share).toBeUndefined();
    expect(panshan.report).toMatchObject({ budgets: 1, of: 24 });
    expect(summaries.filter((x) => x.share).map((x) => x.share!.among)).toEqual([4, 4, 4, 4]);
    // The concreteness chart draws the four plans only.
    expect(new Set(concretenessRows(concrete).map((r) => r.doc_id))).toEqual(new Set(['yuetang-2016', 'xinjiang-2015', 'xianning-platforms', 'putuo-2019']));
  });
});
