// node scripts/restore-full-width-marks.ts: writes the tables' Chinese with full-width marks wherever a
// half-width , ; : ( ) ? ! stands in Chinese context (src/i18n/punctuation.ts), as the clean texts
// now have them.
// - Copies of source text pinned by offsets (quotes, figures, ignored amounts, corrections'
//   replacements) take the marks of the clean text at their offsets, so they stay the text there.
//   Corrections' `raw` is never touched: it must still match the raw text as captured.
// - Names and words copied as written (responsible units, glossary terms, ignored terms) get the
//   same length-keeping change.
// - Every other `*_zh` column is prose written for readers: chinesePunctuation, which also drops
//   the spaces Chinese does not set around its marks.
// Marks kept as written (src/i18n/marksAsWritten.ts) stay. Running it again changes nothing.
// Afterwards run `npm run clean`: the clean texts it writes must be the texts the copies were
// taken from, which this script checks before writing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tables } from '../src/schema/index.ts';
import { chinesePunctuation, FULL_WIDTH, halfWidthInChinese, toFullWidthMarks } from '../src/i18n/punctuation.ts';
import { marksAsWritten } from '../src/i18n/marksAsWritten.ts';
import { loadDataset, type Dataset } from './data/load.ts';
import { reportProblems, type Problem } from './data/problem.ts';
import { cleanTextOf } from './data/cleanTexts.ts';
import { rewriteCells } from './data/csvCells.ts';
import { cleanDocument } from './text/clean.ts';

type Cells = Readonly<Record<string, string>>;

const dataDir = process.env.DATA_DIR ?? 'data';

/** Half-width marks in Chinese context that are not kept as written. */
const halfWidth = (text: string) => {
  const kept = marksAsWritten(text);
  return halfWidthInChinese(text).filter((i) => !kept(i)).length;
};
const asWritten = (text: string) => toFullWidthMarks(text, marksAsWritten(text));
const prose = (text: string) => chinesePunctuation(text, marksAsWritten(text));

/**
 * The copy with the marks of the clean text it copies: each half-width mark the text has made
 * full-width at the same place. Nothing else is taken over, so a copy of a traditional text (a
 * correction's replacement) keeps its characters, and a copy that no longer matches its text is
 * left for the offsets rule to report.
 */
function marksOf(copy: string, span: string): string {
  if (copy.length !== span.length) return copy;
  return [...copy].map((ch, i) => (FULL_WIDTH[ch] !== undefined && FULL_WIDTH[ch] === span[i] ? span[i] : ch)).join('');
}

function cleaned(dataset: Dataset) {
  const texts = new Map<string, string>();
  const edits = new Map<string, { start: number; end: number }>();
  const problems: Problem[] = [];
  for (const { row: doc } of dataset.documents) {
    const result = cleanTextOf(dataset, doc);
    problems.push(...result.problems);
    texts.set(doc.doc_id, result.text);
    for (const e of result.edits) edits.set(e.correction_id, e);
  }
  return { texts, edits, problems };
}

const { dataset, problems: loadProblems } = loadDataset(dataDir);
const { texts, edits, problems: cleanProblems } = cleaned(dataset);
if (loadProblems.length || cleanProblems.length) {
  reportProblems([...loadProblems, ...cleanProblems], dataDir, 'nothing was rewritten');
  process.exit(1);
}

const at = (docId: string, start: string, copy: string) => {
  const text = texts.get(docId);
  return text === undefined ? copy : marksOf(copy, text.slice(Number(start), Number(start) + copy.length));
};
const LISTS = new Set(['lead_units', 'responsible_units', 'partner_units']);
const list = (cell: string) => (cell === '' ? cell : cell.split(';').map(asWritten).join(';'));

/** Per table, the verbatim copies: column → its new value from the record's cells. */
const verbatim: Record<string, Record<string, (r: Cells) => string>> = {
  measures: {
    quote_zh: (r) => at(r.doc_id, r.quote_start, r.quote_zh),
    lead_units: (r) => list(r.lead_units),
    partner_units: (r) => list(r.partner_units),
  },
  targets: {
    quote_zh: (r) => at(r.doc_id, r.quote_start, r.quote_zh),
    value_text: (r) => at(r.doc_id, r.value_start, r.value_text),
  },
  'ignored-figures': { text: (r) => at(r.doc_id, r.start, r.text) },
  corrections: {
    replacement: (r) => {
      const edit = edits.get(r.correction_id);
      const text = texts.get(r.doc_id);
      return edit && text !== undefined ? marksOf(r.replacement, text.slice(edit.start, edit.end)) : r.replacement;
    },
  },
  departments: { name: (r) => asWritten(r.name) },
  glossary: { term_zh: (r) => asWritten(r.term_zh) },
  'ignored-terms': { term: (r) => asWritten(r.term) },
};

const counts = { verbatim: [0, 0], prose: [0, 0] };
const rewritten = new Map<string, string>();
for (const table of tables) {
  const copies = verbatim[table.name] ?? {};
  const proseColumns = Object.keys(table.schema.shape).filter((c) => c.endsWith('_zh') && !(c in copies));
  const path = join(dataDir, table.file);
  const before = readFileSync(path, 'utf8');
  let changedCells = 0;
  const after = rewriteCells(before, (r) => {
    const next: Record<string, string> = {};
    for (const [column, copy] of Object.entries(copies)) next[column] = copy(r);
    for (const column of proseColumns) next[column] = prose(r[column] ?? '');
    for (const [column, value] of Object.entries(next)) {
      const kind = column in copies ? counts.verbatim : counts.prose;
      // A list's `;` separates its items, so each item is counted on its own.
      const count = (cell: string) => (LISTS.has(column) ? cell.split(';') : [cell]).reduce((n, item) => n + halfWidth(item), 0);
      kind[0] += count(r[column] ?? '');
      kind[1] += count(value);
      if (value !== r[column]) changedCells++;
    }
    return next;
  });
  if (after !== before) rewritten.set(path, after);
  if (changedCells) console.log(`${path}: ${changedCells} cells with full-width marks`);
}

// The corrections' replacements are taken from the clean texts: cleaning with them must give those
// same texts, or offsets taken from one would not hold in the other. Checked before writing.
const replacements = new Map(dataset.corrections.map(({ row }) => [row.correction_id, verbatim.corrections.replacement(row as unknown as Cells)]));
const corrections = dataset.corrections.map(({ row }) => ({ ...row, replacement: replacements.get(row.correction_id)! }));
for (const { row: doc } of dataset.documents) {
  if (cleanDocument(cleanTextOf(dataset, doc).raw, doc, corrections).text !== texts.get(doc.doc_id)) {
    throw new Error(`${doc.doc_id}: cleaning with the rewritten replacements gives another text; nothing was written`);
  }
}
for (const [path, text] of rewritten) writeFileSync(path, text);

const stale = dataset.documents.map(({ row }) => row).filter((doc) => readFileSync(join(dataDir, doc.clean_file), 'utf8') !== texts.get(doc.doc_id));
console.log(`half-width marks in Chinese context: copies of source text ${counts.verbatim[0]} → ${counts.verbatim[1]}, Chinese columns ${counts.prose[0]} → ${counts.prose[1]}`);
if (stale.length) console.log(`now run npm run clean: ${stale.map((d) => d.clean_file).join(', ')} ${stale.length === 1 ? 'is' : 'are'} not yet what the cleaning produces`);
