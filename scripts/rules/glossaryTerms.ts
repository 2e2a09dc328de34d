import { tables } from '../../src/schema/index.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** The note that exempts a row from a glossary rendering, with the reason after it. */
export const GLOSSARY_NOTE = 'glossary: ';

/** Case and hyphens do not matter: “Four-crowd” and “four crowds” both hold “four crowd”. */
const normalise = (s: string) => s.toLowerCase().replace(/[-‐–]/g, ' ');

/** Every Chinese/English column pair of a table: name_zh/name_en, reason_zh/reason, … */
export function bilingualPairs(columns: readonly string[]): [zh: string, en: string][] {
  return columns
    .filter((c) => c.endsWith('_zh'))
    .map((zh): [string, string] => [zh, columns.includes(zh.replace(/_zh$/, '_en')) ? zh.replace(/_zh$/, '_en') : zh.replace(/_zh$/, '')])
    .filter(([, en]) => columns.includes(en));
}

/**
 * Policy terms are rendered one way: wherever the Chinese text of a pair holds a term of
 * glossary.csv, its English text holds the glossary's rendering, or the row's notes say why not.
 */
export const glossaryTerms: Rule = ({ dataset }) => {
  const problems: Problem[] = [];
  const terms = dataset.glossary.map((g) => g.row);
  for (const table of tables) {
    const pairs = bilingualPairs(Object.keys(table.schema.shape));
    const rows = (dataset as unknown as Record<string, { row: Record<string, unknown>; line: number }[]>)[table.name] ?? [];
    for (const { row, line } of rows) {
      if (String(row.notes ?? '').includes(GLOSSARY_NOTE)) continue;
      for (const [zh, en] of pairs) {
        const chinese = String(row[zh] ?? '');
        const english = normalise(String(row[en] ?? ''));
        for (const term of terms) {
          if (!chinese.includes(term.term_zh) || english.includes(normalise(term.term_en))) continue;
          problems.push({ file: `data/${table.file}`, line, column: en, message: `has no "${term.term_en}", though ${zh} holds ${term.term_zh} (data/glossary.csv): use that rendering, or say why not in notes starting "${GLOSSARY_NOTE}"` });
        }
      }
    }
  }
  return problems;
};
