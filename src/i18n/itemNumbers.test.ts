import { describe, expect, test } from 'vitest';
import { chineseNumeral, itemNumber, itemNumberIn } from './itemNumbers.ts';

describe('Chinese numerals of item numbers', () => {
  test.each([['一', 1], ['两', 2], ['九', 9], ['十', 10], ['十一', 11], ['十九', 19], ['二十', 20], ['二十三', 23], ['九十九', 99]])('%s → %i', (s, n) => {
    expect(chineseNumeral(s)).toBe(n);
  });
  test.each(['', '一一', '十十', '百', 'a', '三十百'])('%j is not one', (s) => {
    expect(chineseNumeral(s)).toBeUndefined();
  });
});

describe('item numbers on English pages', () => {
  test.each([
    ['三(一)1', '3.1.1'],
    ['三（一）1', '3.1.1'],
    ['三(一)19', '3.1.19'],
    ['五1', '5.1'],
    ['三(四)', '3.4'],
    ['二', '2'],
    ['十一(二十)3', '11.20.3'],
    ['二十（十二）', '20.12'],
  ])('%s → %s', (section, expected) => {
    expect(itemNumber(section)).toBe(expected);
  });
  test.each(['', 'A1', '三[一]1', '三(一', '第三条'])('%j fails rather than showing Chinese or a guess', (section) => {
    expect(() => itemNumber(section)).toThrow();
  });
  test('Chinese pages keep the numbering as written, in Chinese brackets', () => {
    expect(itemNumberIn('三（一）1', 'zh')).toBe('三（一）1');
    expect(itemNumberIn('三(一)1', 'zh')).toBe('三（一）1');
    expect(itemNumberIn('三（一）1', 'en')).toBe('3.1.1');
  });
});
