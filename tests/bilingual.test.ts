// Notes and reasons shown on region pages appear in the page's own language.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { validateData } from '../scripts/data/validate.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const { dataset } = validateData('data');
const text = (path: string) => parseHTML(readFileSync(join(dist, path), 'utf8')).document.querySelector('main')!.textContent!;

test.each(dataset.documents.map(({ row }) => [row.region_id, row] as const))('%s: document notes, population source and corrections in both languages', (regionId, doc) => {
  const region = dataset.regions.find((r) => r.row.region_id === regionId)!.row;
  const corrections = dataset.corrections.filter((c) => c.row.doc_id === doc.doc_id).map((c) => c.row);
  const en = text(`regions/${regionId}/index.html`);
  const zh = text(`zh/regions/${regionId}/index.html`);
  for (const [english, chinese] of [[doc.issued_note, doc.issued_note_zh], [doc.notes, doc.notes_zh], [region.population_source, region.population_source_zh], ...corrections.map((c) => [c.reason, c.reason_zh])]) {
    if (!english) continue;
    expect(chinese, `a Chinese text for "${english}"`).toBeTruthy();
    expect(en).toContain(english);
    expect(en).not.toContain(chinese!);
    expect(zh).toContain(chinese!);
    expect(zh).not.toContain(english);
  }
});
