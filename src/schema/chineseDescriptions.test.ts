// The Chinese words of the schemas are read on the zh dictionary page and in the Chinese downloads:
// they are written with Chinese marks, as the tables' Chinese columns are (scripts/rules/chinesePunctuation.ts).
import { expect, test } from 'vitest';
import { dictionary } from './dictionary.ts';
import { halfWidthInChinese } from '../i18n/punctuation.ts';
import { marksAsWritten } from '../i18n/marksAsWritten.ts';

const halfWidth = (text: string) => {
  const kept = marksAsWritten(text);
  return halfWidthInChinese(text).filter((i) => !kept(i)).map((i) => `${JSON.stringify(text[i])} at ${i} of ${JSON.stringify(text)}`);
};

test('the schemas’ Chinese titles and descriptions have no half-width mark in Chinese context', () => {
  const found = dictionary().flatMap((table) => [
    ...[table.title_zh, table.description_zh].flatMap((text) => halfWidth(text).map((h) => `${table.name}: ${h}`)),
    ...table.columns.flatMap((column) => [column.description_zh, column.title_zh]
      .flatMap((text) => halfWidth(text).map((h) => `${table.name}.${column.name}: ${h}`))),
  ]);
  expect(found).toEqual([]);
});

test('the check finds a half-width mark in a Chinese description', () => {
  expect(halfWidth('条目标题,中文')).toHaveLength(1);
});
