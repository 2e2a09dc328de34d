import { describe, expect, test } from 'vitest';
import * as c from './columns.ts';

const d = { title_zh: '标题', description: 'd', description_zh: '说明', example: 'e' };

describe('column codecs', () => {
  test('numbers are plain: thousands separators, units and spaces are refused', () => {
    const n = c.number(d);
    expect(n.parse('1000')).toBe(1000);
    expect(n.parse('4.3')).toBe(4.3);
    for (const bad of ['1,000', '1000元', ' 12', '1e3', '01']) expect(n.safeParse(bad).success, bad).toBe(false);
  });
  test('empty means absent for optional columns', () => {
    expect(c.optionalNumber(d).parse('')).toBeUndefined();
    expect(c.optionalText(d).parse('')).toBeUndefined();
    expect(c.list(d).parse('')).toEqual([]);
  });
  test('dates must exist on the calendar; a year alone is allowed', () => {
    const date = c.optionalDateOrYear(d);
    expect(date.parse('2015-04-16')).toBe('2015-04-16');
    expect(date.parse('2016')).toBe('2016');
    for (const bad of ['2015-02-30', '2015-4-16', '16.04.2015']) expect(date.safeParse(bad).success, bad).toBe(false);
  });
  test('lists split on ; and check their items', () => {
    const l = c.list({ ...d, values: ['fund', 'loan'] as const });
    expect(l.parse('fund;loan')).toEqual(['fund', 'loan']);
    expect(l.safeParse('fund;grant').success).toBe(false);
  });
  test('each codec carries its dictionary metadata', () => {
    expect(c.columnMeta(c.boolean(d))).toMatchObject({ type: 'boolean', values: ['true', 'false'], required: true });
    expect(c.columnMeta(c.list({ ...d, description_zh: '列表' }))).toMatchObject({ description: 'd', description_zh: '列表', type: 'list' });
  });
});
