import { expect, test } from 'vitest';
import { numberedItems } from './items.ts';

const text = ['一、总体目标', '1、不是行动', '二、工作任务', '(一)第一组', '1、甲', '2.乙', '(二)第二组', '3、丙', '三、保障', '1、丁'].join('\n');

test('numbered items are read only inside the action sections, with their groups', () => {
  expect(numberedItems(text, ['二']).map((i) => i.section)).toEqual(['二(一)1', '二(一)2', '二(二)3']);
  expect(numberedItems(text, ['一', '三']).map((i) => i.section)).toEqual(['一1', '三1']);
});

test('each item starts at the offset of its line', () => {
  const [first] = numberedItems(text, ['二']);
  expect(text.slice(first.start, first.start + 3)).toBe('1、甲');
});

test('groups numbered with full-width parentheses are read like half-width ones', () => {
  const fullWidth = ['二、工作任务', '（一）第一组', '1、甲', '（二）第二组', '2、乙'].join('\n');
  expect(numberedItems(fullWidth, ['二']).map((i) => i.section)).toEqual(['二(一)1', '二(二)2']);
});
