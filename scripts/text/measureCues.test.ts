import { expect, test } from 'vitest';
import { measureCue, type CueInput } from './measureCues.ts';

const cue = (quote: string, value: string, more: Partial<CueInput> = {}) =>
  measureCue({ quote, valueOffset: quote.indexOf(value), valueLength: value.length, kind: 'target', multiYear: false, ...more });

test('the first rule that matches wins, in the order of the curation guide', () => {
  expect(cue('扶持大众自主创业累计达到10万人以上', '10万人')?.measure).toBe('cumulative'); // 累计 before 达到
  expect(cue('登记失业率控制在4.3%以内', '4.3%')?.measure).toBe('share');
  expect(cue('每年新增3名创业导师', '3名')?.measure).toBe('per_period'); // 每年 before 新增
  expect(cue('市、区级创业指导站达到4个', '4个')?.measure).toBe('stock_at_end');
  expect(cue('新增市场主体2700个', '2700个')?.measure).toBe('new_in_period');
});

test('policy rules and per-unit amounts are parameters whatever the words say', () => {
  expect(cue('每年新增800/人', '800/人', { kind: 'rule' })?.measure).toBe('parameter');
  expect(cue('各奖励10万元', '10万元', { per: 'entity' })?.measure).toBe('parameter');
});

test('a clause without a cue takes the verb its list shares, within the sentence only', () => {
  const quote = '建设众创空间2个,创业苗圃1个;苗圃3个。';
  expect(cue(quote, '1个')).toMatchObject({ measure: 'new_in_period', word: '建设', where: 'sentence' });
  expect(cue(quote, '3个')).toBeUndefined(); // a new sentence after ;
});

test('full-width and half-width marks bound a clause alike', () => {
  expect(cue('累计建成10个，新增2个', '2个')?.measure).toBe('new_in_period');
  expect(cue('累计建成10个,新增2个', '2个')?.measure).toBe('new_in_period');
  expect(cue('“创业诊所”（3年累计新增2个）', '2个')?.measure).toBe('cumulative');
});

test('全年 is a rate only in a plan that spans several years', () => {
  expect(cue('全年组织200人', '200人', { multiYear: true })?.measure).toBe('per_period');
  expect(cue('全年组织200人', '200人', { multiYear: false })).toBeUndefined();
});
