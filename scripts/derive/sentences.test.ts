import { expect, test } from 'vitest';
import { sentences } from './sentences.ts';

test('sentences end at 。；? or a line break, keep closing quotes, and skip blanks', () => {
  const text = '第一句。第二句“引文。”\n\n第三句;第四句';
  const spans = sentences(text).map(([s, e]) => text.slice(s, e));
  expect(spans).toEqual(['第一句。', '第二句“引文。”', '第三句;', '第四句']);
});
