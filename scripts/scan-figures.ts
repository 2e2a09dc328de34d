// npm run scan -- <doc_id>: every amount in a document's clean text, with its offset and
// context, marked as already coded (a targets row or an ignored row) or still to write.
import { scanText } from './text/figures.ts';
import { validateData } from './data/validate.ts';

const dataDir = process.env.DATA_DIR ?? 'data';
const docId = process.argv[2];
const { dataset, texts } = validateData(dataDir, []);
const text = docId ? texts.get(docId) : undefined;
if (!docId || text === undefined) {
  console.error(`usage: npm run scan -- <doc_id>   (one of: ${[...texts.keys()].join(', ')})`);
  process.exit(2);
}
const figures = new Set(dataset.targets.filter((t) => t.row.doc_id === docId).map((t) => t.row.value_start));
const ignored = new Map(dataset['ignored-figures'].filter((i) => i.row.doc_id === docId).map((i) => [i.row.start, i.row.reason]));
let todo = 0;
const terms = dataset['ignored-terms'].map((t) => t.row.term);
for (const { start, text: found, term } of scanText(text, terms)) {
  const state = term !== undefined ? `term:${term}` : figures.has(start) ? 'figure' : ignored.has(start) ? `ignored:${ignored.get(start)}` : 'TO CODE';
  if (state === 'TO CODE') todo++;
  const context = text.slice(Math.max(0, start - 20), start + found.length + 20).replace(/\n/g, '⏎');
  console.log(`${String(start).padStart(6)}  ${found.padEnd(12)}  ${state.padEnd(24)}  …${context}…`);
}
console.log(`\n${todo} occurrence${todo === 1 ? '' : 's'} still to code in ${docId}`);
