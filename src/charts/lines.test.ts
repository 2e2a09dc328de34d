import { expect, test } from 'vitest';
import { NO_LINE_END, NO_LINE_START, unbreakable, wrap, wrapLabel } from './lines.ts';
import { textWidth } from './textWidth.ts';

const chinese = '岳塘区，岳塘区2016年（规划）提出：带动就业5400人；新增孵化器“众创空间”10家。到2020年，全区创业者不少于1000人、培训3000人次。';

test.each([40, 60, 90, 130, 200])('no Chinese line starts with a closing mark or ends with an opening one (%i px)', (width) => {
  const lines = wrap(chinese, width, 12);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join('')).toBe(chinese);
  for (const line of lines.slice(1)) expect(NO_LINE_START, line).not.toContain(line[0]);
  for (const line of lines.slice(0, -1)) expect(NO_LINE_END, line).not.toContain(line.at(-1));
});

test('English breaks at spaces and keeps every word; a word wider than the line is cut between letters', () => {
  const lines = wrap('Human resources and social security, (youth league, women, unions)', 80, 12);
  expect(lines.join(' ')).toBe('Human resources and social security, (youth league, women, unions)');
  for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
  const cut = wrap('https://example.org/a/very/long/address/without/spaces', 60, 12);
  expect(cut.join('')).toBe('https://example.org/a/very/long/address/without/spaces');
  for (const line of cut) expect(textWidth(line)).toBeLessThanOrEqual(60);
});

test('marks stay with the character they belong to', () => {
  expect(unbreakable('（规划）提出：')).toEqual(['（规', '划）', '提', '出：']);
});

test('a label keeps to its lines, with an ellipsis only when it must be cut', () => {
  expect(wrapLabel('Tax', 100)).toEqual(['Tax']);
  const two = wrapLabel('Mass organisations (youth league, women, unions…)', 120, 2);
  expect(two).toHaveLength(2);
  for (const line of two) expect(textWidth(line)).toBeLessThanOrEqual(120);
  const cut = wrapLabel('one two three four five six seven eight nine ten eleven twelve', 60, 2);
  expect(cut).toHaveLength(2);
  expect(cut[1].endsWith('…')).toBe(true);
});
