import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { citationCff, zenodoJson, countInWords, CITATION_FILE, ZENODO_FILE } from './citationFiles.ts';
import { loadDataset } from '../data/load.ts';
import { packageVersion } from './write.ts';

const input = (n: number) => ({
  version: '2030.01.02-2',
  regions: Array.from({ length: n }, (_, i) => ({ name_en: `Place ${i + 1}` })),
  documents: Array.from({ length: n }, (_, i) => ({ period_start: 2015 + i, period_end: 2016 + i, ...(i === 0 ? { source_url: 'https://gov.example/doc' } : {}) })),
});

test('the title, abstract and dates come from the data, not from typed counts', () => {
  const three = citationCff(input(3));
  expect(three).toMatch(/^title: "Shuangchuang Compare: commitments of three Chinese places/m);
  expect(three).toMatch(/^abstract: "Three official documents .* from Place 1, Place 2 and Place 3:/m);
  expect(three).toMatch(/^version: "2030\.01\.02-2"$/m);
  expect(three).toMatch(/^date-released: "2030-01-02"$/m);
  expect(citationCff(input(7))).toContain('commitments of seven Chinese places');
  expect(countInWords(25)).toBe('25');
});

test('.zenodo.json carries what an archive needs', () => {
  const z = JSON.parse(zenodoJson({ ...input(2), site: new URL('https://example.org/') }));
  for (const key of ['title', 'description', 'creators', 'license', 'version', 'publication_date', 'keywords', 'language', 'related_identifiers']) expect(z, key).toHaveProperty(key);
  expect(z.publication_date).toBe('2030-01-02');
  expect(z.related_identifiers).toEqual(expect.arrayContaining([
    expect.objectContaining({ identifier: 'https://example.org/data/' }), expect.objectContaining({ identifier: 'https://gov.example/doc', relation: 'isDerivedFrom' }),
  ]));
});

test('the copies at the project root are those of the current data (npm run changelog rewrites them)', () => {
  const { dataset } = loadDataset('data');
  const cite = { version: packageVersion(), regions: dataset.regions.map((r) => r.row), documents: dataset.documents.map((d) => d.row) };
  expect(readFileSync(CITATION_FILE, 'utf8')).toBe(citationCff(cite));
  expect(readFileSync(ZENODO_FILE, 'utf8')).toBe(zenodoJson(cite));
});
