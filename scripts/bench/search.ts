// Query time of the site search: the page's own search function over the built index.
//   DIST_DIR=/tmp/x-dist node scripts/bench/search.ts [rounds]
// Reports the median, 95th percentile and slowest time per query after one warm-up round.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createSearcher } from '../../src/search/engine.ts';
import type { SearchIndex } from '../../src/model/search.ts';

const QUERIES = [
  '孵化', '担保贷款', '创业', '税', '退役军人', '擔保貸款', '众创空间 普陀', '创业担保贷款平台',
  'incubator', 'incubater', 'veterans', 'tax', 'guarantee loan', 'start-up training for graduates', 'putuo', 'xinjiang', 'e',
];
const rounds = Number(process.argv[2] ?? 20);
const file = join(process.env.DIST_DIR ?? 'dist', 'search-index.json');
const json = readFileSync(file);
const t0 = performance.now();
const searcher = createSearcher(JSON.parse(json.toString('utf8')) as SearchIndex);
const setup = performance.now() - t0;

const times = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
for (let round = -1; round < rounds; round++) {
  for (const q of QUERIES) {
    const start = performance.now();
    searcher.search(q);
    if (round >= 0) times.get(q)!.push(performance.now() - start);
  }
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const all = [...times.values()].flat();
console.log(`index ${file}: ${(json.length / 1024).toFixed(1)} KB raw, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzip; parse + set-up ${setup.toFixed(1)} ms`);
for (const [q, xs] of times) console.log(`${q.padEnd(34)} median ${pct(xs, 0.5).toFixed(2).padStart(6)} ms  p95 ${pct(xs, 0.95).toFixed(2).padStart(6)} ms  max ${Math.max(...xs).toFixed(2).padStart(6)} ms`);
console.log(`all queries (${rounds} rounds): median ${pct(all, 0.5).toFixed(2)} ms, p95 ${pct(all, 0.95).toFixed(2)} ms, max ${Math.max(...all).toFixed(2)} ms`);
