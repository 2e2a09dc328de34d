// npm run shift-offsets -- <doc_id>: after a change to a clean text (a new correction, re-run
// `npm run clean`), moves every offset of that document that lies after the changed span by the
// change in length, and refreshes the quotes that hold the span, in measures.csv, targets.csv and
// ignored-figures.csv. The text before the change is read from git (HEAD), so run it before committing.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { writeCsv } from './data/csv.ts';
import { shiftOffset, type TextChange } from './text/textChange.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const docId = process.argv[2];
if (!docId) { console.error('usage: npm run shift-offsets -- <doc_id>'); process.exit(2); }
const cleanFile = join(dataDir, 'sources/clean', `${docId}.txt`);
const before = execFileSync('git', ['show', `HEAD:${cleanFile}`], { encoding: 'utf8' });
const after = readFileSync(cleanFile, 'utf8');
let start = 0;
while (start < before.length && before[start] === after[start]) start++;
let tail = 0;
while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
const change: TextChange = { start, end: before.length - tail, delta: after.length - before.length };
if (change.delta === 0 && change.start === change.end) { console.log(`${docId}: the clean text is unchanged`); process.exit(0); }
console.log(`${docId}: characters ${change.start}–${change.end} changed, length ${change.delta >= 0 ? '+' : ''}${change.delta}`);

const tables: [string, string[], [string, string, string]?][] = [
  ['measures.csv', ['quote_start', 'quote_end'], ['quote_start', 'quote_end', 'quote_zh']],
  ['targets.csv', ['value_start', 'quote_start', 'quote_end'], ['quote_start', 'quote_end', 'quote_zh']],
  ['ignored-figures.csv', ['start']],
];
for (const [file, columns, quote] of tables) {
  const path = join(dataDir, file);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  let moved = 0;
  for (const row of parsed.data) {
    if (row.doc_id !== docId) continue;
    for (const column of columns) {
      const next = shiftOffset(Number(row[column]), change, column.endsWith('_end'));
      if (next !== Number(row[column])) { row[column] = String(next); moved++; }
    }
    if (quote) row[quote[2]] = after.slice(Number(row[quote[0]]), Number(row[quote[1]]));
  }
  writeFileSync(path, writeCsv(parsed.meta.fields!, parsed.data));
  console.log(`${file}: ${moved} offsets moved`);
}
