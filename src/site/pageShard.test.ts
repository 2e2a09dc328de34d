import { expect, test } from 'vitest';
import { onceShard, pageShard, shardOf } from './pageShard.ts';

test('the shards of a list together hold each page exactly once', () => {
  const pages = Array.from({ length: 23 }, (_, i) => `p${i}`);
  for (const count of [1, 2, 3, 4]) {
    const dealt = Array.from({ length: count }, (_, index) => shardOf(pages, { index, count })).flat();
    expect(dealt.sort()).toEqual([...pages].sort());
  }
});

test('pages made once per locale are rendered by the first shard only', () => {
  expect(onceShard(['a', 'b'], { index: 0, count: 2 })).toEqual(['a', 'b']);
  expect(onceShard(['a', 'b'], { index: 1, count: 2 })).toEqual([]);
});

test('PAGE_SHARD is read as k/n, and nonsense stops the build', () => {
  expect(pageShard({})).toEqual({ index: 0, count: 1 });
  expect(pageShard({ PAGE_SHARD: '1/2' })).toEqual({ index: 1, count: 2 });
  expect(() => pageShard({ PAGE_SHARD: '2/2' })).toThrow(/PAGE_SHARD/);
  expect(() => pageShard({ PAGE_SHARD: 'half' })).toThrow(/PAGE_SHARD/);
});
