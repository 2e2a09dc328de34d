import { expect, test } from 'vitest';
import { rewriteCells } from './csvCells.ts';

const csv = 'id,zh,en\na,"甲,乙","keeps ""quotes"", and commas"\nb,丙:丁,\n';

test('only the changed cells are written anew', () => {
  const out = rewriteCells(csv, (r) => (r.id === 'b' ? { zh: '丙：丁' } : {}));
  expect(out).toBe('id,zh,en\na,"甲,乙","keeps ""quotes"", and commas"\nb,丙：丁,\n');
});

test('a changed cell is quoted only where it must be', () => {
  const out = rewriteCells(csv, (r) => (r.id === 'a' ? { zh: '甲，乙', en: 'one, "two"' } : {}));
  expect(out).toBe('id,zh,en\na,甲，乙,"one, ""two"""\nb,丙:丁,\n');
});

test('no change gives the same bytes, records spanning lines included', () => {
  const text = 'id,note\nx,"two\nlines"\ny,""\n';
  expect(rewriteCells(text, () => ({}))).toBe(text);
  expect(rewriteCells(csv, (r) => ({ ...r }))).toBe(csv);
});
