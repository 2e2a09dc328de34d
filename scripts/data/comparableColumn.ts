// definitions.csv's `comparable` is computed (scripts/derive/comparable.ts): this writes it into the
// file's text; the file is rewritten as papaparse quotes it (which is how the curated file is
// written: a file that already is so keeps every other byte), and left alone when nothing changes.
import Papa from 'papaparse';
import type { Document, Target } from '../../src/schema/index.ts';
import { comparableMeasures } from '../derive/comparable.ts';

export const COMPUTED_COLUMNS: readonly { table: string; column: string; command: string }[] = [
  { table: 'definitions', column: 'comparable', command: 'npm run comparable' },
];

export function writeComparable(csv: string, targets: Parameters<typeof comparableMeasures>[0], documents: readonly Pick<Document, 'doc_id' | 'region_id'>[]): { text: string; changed: { id: string; value: string }[] } {
  const comparable = comparableMeasures(targets as readonly Target[], documents);
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: false });
  const [header, ...records] = parsed.data;
  const idAt = header.indexOf('definition_id');
  const at = header.indexOf('comparable');
  if (idAt < 0 || at < 0) throw new Error('definitions.csv has no definition_id or comparable column');
  const newline = csv.includes('\r\n') ? '\r\n' : '\n';
  const changed: { id: string; value: string }[] = [];
  const rows = records.map((r) => {
    if (r.length < header.length) return r;
    const want = String(comparable.has(r[idAt]));
    if (r[at] !== want) { changed.push({ id: r[idAt], value: want }); return r.map((c, i) => (i === at ? want : c)); }
    return r;
  });
  if (!changed.length) return { text: csv, changed };
  const bom = csv.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = Papa.unparse([header.map((h) => h.replace(/^\uFEFF/, '')), ...rows.filter((r) => r.length >= header.length)], { newline });
  return { text: `${bom}${body}${csv.endsWith('\n') ? newline : ''}`, changed };
}
