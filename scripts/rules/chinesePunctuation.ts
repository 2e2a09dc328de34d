import { tables } from '../../src/schema/index.ts';
import { FULL_WIDTH, halfWidthInChinese } from '../../src/i18n/punctuation.ts';
import { marksAsWritten } from '../../src/i18n/marksAsWritten.ts';
import { fileOf } from '../data/load.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

const excerpt = (text: string, at: number) => {
  const start = Math.max(0, at - 8);
  return `${start > 0 ? '…' : ''}${text.slice(start, at + 9)}${at + 9 < text.length ? '…' : ''}`;
};

/**
 * The Chinese columns (`*_zh`) are written with Chinese marks: no half-width `, ; : ( ) ? !` in
 * Chinese context (src/i18n/punctuation.ts), except marks kept as written (a span marked as
 * damaged, a `?` of the capture, code). Quotes are held to it too: they copy the clean texts, whose
 * cleaning restores the full-width marks (scripts/restore-full-width-marks.ts rewrites the tables).
 */
export const chinesePunctuation: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  for (const table of tables) {
    const columns = Object.keys(table.schema.shape).filter((c) => c.endsWith('_zh'));
    const rows = (dataset as unknown as Record<string, { row: Record<string, unknown>; line: number }[]>)[table.name] ?? [];
    for (const { row, line } of rows) {
      for (const column of columns) {
        const text = row[column];
        if (typeof text !== 'string') continue;
        const kept = marksAsWritten(text);
        const found = halfWidthInChinese(text).filter((i) => !kept(i));
        if (!found.length) continue;
        const marks = [...new Set(found.map((i) => text[i]))];
        problems.push({
          file: fileOf(table), line, column,
          message: `${found.length} half-width mark${found.length === 1 ? '' : 's'} in Chinese context (${marks.map((m) => `${m} → ${FULL_WIDTH[m]}`).join(', ')}), first at ${found[0]}: ${JSON.stringify(excerpt(text, found[0]))}`,
        });
      }
    }
  }
  return problems;
};
