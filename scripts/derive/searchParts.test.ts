// The split search index: its head and parts hold exactly the whole index, and a searcher fed the
// parts in any order finds exactly what one fed the whole index finds, in the same order.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import type { SiteData } from '../../src/model/site.ts';
import { createPartSearcher, createSearcher } from '../../src/search/engine.ts';
import { searchIndex, searchParts } from './searchIndex.ts';

const site = JSON.parse(readFileSync('src/generated/site.json', 'utf8')) as SiteData;
const index = searchIndex(site);
const { head, parts } = searchParts(index);

test('the parts are two per place and together hold every record once, in the whole index’s order', () => {
  expect(parts.map((p) => p.place)).toEqual(index.places.flatMap((p) => [p.id, p.id]));
  expect(head.parts).toEqual(parts.map(({ place, file }) => ({ place, file })));
  expect(new Set(parts.map((p) => p.file)).size).toBe(parts.length);
  expect(parts.flatMap((p) => p.records)).toEqual(index.records);
  expect(parts.every((p) => p.records.every((r) => r.place === p.place))).toBe(true);
  expect(head).not.toHaveProperty('records');
  expect(head.traditional).toEqual(index.traditional);
});

test.each(['孵化', '担保贷款', 'veterans', 'incubater', 'tax', '擔保貸款', 'putuo'])('"%s": parts added in reverse give the whole index’s results', (query) => {
  const whole = createSearcher(index);
  const split = createPartSearcher(head);
  [...parts].map((p, position) => ({ p, position })).reverse().forEach(({ p, position }) => split.add(p.records, position));
  const ids = (o: ReturnType<typeof whole.search>) => o.groups.map((g) => [g.place, g.hits.map((h) => `${h.record.id} ${h.score.toFixed(6)}`)]);
  const expected = whole.search(query);
  expect(expected.total).toBeGreaterThan(0);
  expect(ids(split.search(query))).toEqual(ids(expected));
});
