// Which share of the pages one Astro process renders. Astro renders pages on one thread, so the
// build (scripts/build.ts) runs one Astro process per core, each with PAGE_SHARD=k/n, and merges
// their folders. Pages made once per locale are all rendered by shard 0; pages made per id (a
// figure's receipt, a quote card, a region) are dealt out in turn. No import.meta here: plain Node
// reads it in tests.

export interface PageShard { index: number; count: number }

export function pageShard(env: Record<string, string | undefined> = process.env): PageShard {
  const value = env.PAGE_SHARD;
  if (!value) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new Error(`PAGE_SHARD must be k/n with 0 ≤ k < n, not ${value}`);
  return { index, count };
}

/** The entries of a list of pages that a shard renders: every n-th, starting at its index. */
export const shardOf = <T>(pages: readonly T[], shard: PageShard = pageShard()): T[] =>
  shard.count === 1 ? [...pages] : pages.filter((_, i) => i % shard.count === shard.index);

/** Pages made once per locale: shard 0 renders them all. */
export const onceShard = <T>(pages: readonly T[], shard: PageShard = pageShard()): T[] => (shard.index === 0 ? [...pages] : []);
