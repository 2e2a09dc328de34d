// Counts in prose come from the data: the data READMEs (which ship in the release zip) and the
// project README state no count of places or texts that differs from data/ (best: none at all).
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { statedCounts } from './proseCounts.ts';

const rows = (file: string) => Papa.parse(readFileSync(`data/${file}`, 'utf8'), { header: true, skipEmptyLines: 'greedy' }).data.length;
const actual = { places: rows('regions.csv'), documents: rows('documents.csv') };

test('the finder sees a count of texts and places in both languages, and not "at least two places"', () => {
  expect(statedCounts('Five official texts on mass entrepreneurship, from 7 places.')).toEqual([
    { what: 'documents', n: 5, words: 'Five official texts' }, { what: 'places', n: 7, words: '7 places' }]);
  expect(statedCounts('五份关于双创的官方文件，来自十二个地方。').map((c) => [c.what, c.n])).toEqual([['documents', 5], ['places', 12]]);
  expect(statedCounts('when at least two places have a target; 至少两个地方；a figure repeated in two places; 一份文件')).toEqual([]);
});

// The project README's introduction describes the data set; its later sections count replicated
// places of the scale benchmark and places of examples, not the data's.
const introduction = (text: string) => text.slice(0, text.indexOf('\n## '));
test.each([['data/README.md', false], ['data/README.zh.md', false], ['data/releases/README.md', false], ['README.md', true]] as const)('%s states no count of places or texts the data do not have', (file, introOnly) => {
  const text = readFileSync(file, 'utf8');
  const wrong = statedCounts(introOnly ? introduction(text) : text).filter((c) => c.n !== actual[c.what]);
  expect(wrong.map((c) => `${c.words} (data: ${actual[c.what]} ${c.what})`)).toEqual([]);
});
