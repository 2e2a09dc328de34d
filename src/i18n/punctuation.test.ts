import { describe, expect, test } from 'vitest';
import { chinesePunctuation, halfWidthInChinese, isChineseContext, toFullWidthMarks } from './punctuation.ts';

describe('Chinese context', () => {
  test.each([
    ['五个地方,一场运动', '五个地方，一场运动'],
    ['新增就业:咸宁市承诺最多', '新增就业：咸宁市承诺最多'],
    ['年份据标题(2016年方案)推断;也可能', '年份据标题（2016年方案）推断；也可能'],
    ['60万,', '60万，'],
    ['是否可行?', '是否可行？'],
    ['“大众创业、万众创新”,并排', '“大众创业、万众创新”，并排'],
    ['单位: 人', '单位： 人'],
  ])('%s → %s, keeping its length', (input, expected) => {
    const out = toFullWidthMarks(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  test.each(['2:1', '1,000', 'CNY 10 million (about), see', 'https://example.gov.cn/a,b:c(1)?x=中', 'a;b'])('%s stays as typed', (input) => {
    expect(toFullWidthMarks(input)).toBe(input);
  });

  test('an address ends where Chinese text starts, and a mark closing it is the sentence’s', () => {
    expect(toFullWidthMarks('见 https://a.gov.cn/x,y;推动发展,以及')).toBe('见 https://a.gov.cn/x,y；推动发展，以及');
    expect(toFullWidthMarks('网址:www.gov.cn,电话')).toBe('网址：www.gov.cn，电话');
  });

  test('a mark inside a quotation is judged by the quotation, not by what stands outside it', () => {
    expect(toFullWidthMarks('以“measure:”开头,不再')).toBe('以“measure:”开头，不再');
    expect(toFullWidthMarks('称为“CNY (yuan)”的单位')).toBe('称为“CNY (yuan)”的单位');
    expect(toFullWidthMarks('“大众创业、万众创新”,并排“创新:”')).toBe('“大众创业、万众创新”，并排“创新：”');
  });

  test('a pair of brackets is judged as one', () => {
    expect(toFullWidthMarks('三年行动计划(2015-2017)')).toBe('三年行动计划（2015-2017）');
    expect(toFullWidthMarks('(CNY 10 million)中')).toBe('（CNY 10 million）中');
  });

  test('marks a caller keeps stay half-width', () => {
    const text = '创业??h生态,完成';
    const damaged = new Set([2, 3]);
    expect(toFullWidthMarks(text, (i) => damaged.has(i))).toBe('创业??h生态，完成');
  });

  test('the predicate and the finder agree on single marks', () => {
    const text = '目标:新增1,000个;英文 a, b';
    const found = halfWidthInChinese(text);
    for (let i = 0; i < text.length; i++) if (text[i] !== '(' && text[i] !== ')') expect(found.includes(i)).toBe(isChineseContext(text, i));
  });

  test('a mark beside a mark in Chinese context is in Chinese context, so a second pass finds nothing', () => {
    for (const text of ['培训3000人(其中2500人,创业培训500人);', '目标(一),a', '新增(一)?']) {
      const once = toFullWidthMarks(text);
      expect(halfWidthInChinese(once), once).toEqual([]);
      expect(toFullWidthMarks(once)).toBe(once);
    }
    expect(toFullWidthMarks('培训(其中500人);')).toBe('培训（其中500人）；');
  });

  test('prose keeps the marks a caller keeps', () => {
    expect(chinesePunctuation('得到“?摿”, 与文本一致', (i) => i === 3)).toBe('得到“?摿”，与文本一致');
  });

  test('prose drops the spaces Chinese typesetting does not use', () => {
    expect(chinesePunctuation('单位: 人')).toBe('单位：人');
    expect(chinesePunctuation('两个, 三个 ; 四个')).toBe('两个，三个；四个');
  });
});
