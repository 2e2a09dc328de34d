import { describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chinesePunctuation } from './chinesePunctuation.ts';
import type { RuleContext } from './context.ts';
import { validateData } from '../data/validate.ts';
import { formatProblem } from '../data/problem.ts';
import { rewriteCells } from '../data/csvCells.ts';
import { copyData } from '../../tests/badInput.ts';

const theme = (description_zh: string, line = 2) => ({ row: { theme_id: 't', name_zh: '创业', name_en: 'Start-ups', description_zh, description_en: 'x, y' }, line });
const run = (rows: ReturnType<typeof theme>[]) =>
  chinesePunctuation({ dataset: { themes: rows } as unknown as RuleContext['dataset'], texts: new Map(), docs: new Set(), complete: true }).map(formatProblem);

describe('Chinese columns are written with Chinese marks', () => {
  test('a half-width mark beside Chinese in a *_zh column is reported at its line and column', () => {
    expect(run([theme('创业服务,孵化(基地)', 7)])).toEqual([expect.stringMatching(/^data\/themes\.csv:7: description_zh: 3 half-width marks in Chinese context \(, → ，, \( → （, \) → ）\), first at 4: \"创业服务,孵化\(基地\)\"$/)]);
  });
  test('full-width marks, numbers, English columns and marks kept as written pass', () => {
    expect(run([theme('创业服务，孵化（基地）；比例2:1'), theme('得到“?？萍假Y”，保留〔“创-style,〕，以 `;` 分隔')])).toEqual([]);
  });
  test('the rule runs with the others on the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-punctuation-'));
    copyData(dir);
    const file = join(dir, 'themes.csv');
    let changed = false;
    writeFileSync(file, rewriteCells(readFileSync(file, 'utf8'), (r) => {
      if (changed) return {};
      changed = true;
      return { description_zh: `${r.description_zh},以及其他` };
    }));
    const problems = validateData(dir).problems.map(formatProblem);
    expect(problems.join('\n')).toMatch(/^data\/themes\.csv:2: description_zh: 1 half-width mark in Chinese context \(, → ，\)/m);
  });
});
