import { describe, expect, test } from 'vitest';
import { readChineseNumeral, readFigure } from './numbers.ts';

describe('reading figures as written', () => {
  test('Chinese numerals', () => {
    expect([readChineseNumeral('两'), readChineseNumeral('十二'), readChineseNumeral('三百零五'), readChineseNumeral('二十')]).toEqual([2, 12, 305, 20]);
  });
  test('digits with 万 and 亿 give the multiplier apart from the value', () => {
    expect(readFigure('1000万元')).toEqual({ value: 1000, valueMax: undefined, multiplier: 10000 });
    expect(readFigure('160亿元以上')).toMatchObject({ value: 160, multiplier: 1e8 });
    expect(readFigure('4.3%')).toMatchObject({ value: 4.3, multiplier: 1 });
  });
  test('ranges give both ends', () => {
    expect(readFigure('6%-10%')).toMatchObject({ value: 6, valueMax: 10 });
    expect(readFigure('1-2期')).toMatchObject({ value: 1, valueMax: 2 });
  });
  test('text that does not start with a number has no reading', () => {
    expect(readFigure('约10家')).toBeUndefined();
  });
});
