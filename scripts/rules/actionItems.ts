import { numberedItems } from '../text/items.ts';
import { itemNumber } from '../../src/i18n/itemNumbers.ts';
import type { Problem } from '../data/problem.ts';
import type { Rule } from './context.ts';

/** Per document, the action rows are exactly the numbered items of its text (compared as sets of section numbers). */
export const actionItems: Rule = ({ dataset, texts, docs }) => {
  const problems: Problem[] = [];
  for (const { row: doc, line } of dataset.documents) {
    const text = texts.get(doc.doc_id);
    if (text === undefined || !docs.has(doc.doc_id)) continue;
    const inText = new Set(numberedItems(text, doc.action_sections).map((i) => i.section));
    const actions = dataset.measures.filter((m) => m.row.doc_id === doc.doc_id && m.row.item_type === 'action');
    const coded = new Set(actions.map((m) => m.row.section));
    for (const section of inText) if (!coded.has(section)) problems.push({ file: 'data/documents.csv', line, column: 'doc_id', message: `item ${section} of ${doc.doc_id} has no action row in measures.csv` });
    for (const { row, line: mline } of actions) if (!inText.has(row.section)) problems.push({ file: 'data/measures.csv', line: mline, column: 'section', message: `${row.section} is not a numbered item of ${doc.doc_id}'s action sections` });
  }
  // Every item's number is read for the English pages (3.1.1): one they cannot read would stop the build later, naming no row.
  for (const { row, line } of dataset.measures) {
    try { itemNumber(row.section); } catch (e) { problems.push({ file: 'data/measures.csv', line, column: 'section', message: (e as Error).message }); }
  }
  return problems;
};
