import { expect, test } from 'vitest';
import { marksAsWritten } from './marksAsWritten.ts';
import { toFullWidthMarks } from './punctuation.ts';

const restore = (text: string) => toFullWidthMarks(text, marksAsWritten(text));

test('a span marked as damaged keeps its marks, the text around it does not', () => {
  expect(restore('计划、〔“创-style,〕创新,服务')).toBe('计划、〔“创-style,〕创新，服务');
});

test('a ? stays: it is a character the decoder could not read', () => {
  expect(restore('范围??萍假Y源,支撑')).toBe('范围??萍假Y源，支撑');
});

test('code in prose keeps its marks', () => {
  expect(restore('以 `;` 分隔,编号如 `三(一)1`;盘山')).toBe('以 `;` 分隔，编号如 `三(一)1`；盘山');
});

test('document numbers in the same brackets change nothing around them', () => {
  expect(restore('(国发〔2018〕39号),加快')).toBe('（国发〔2018〕39号），加快');
});
