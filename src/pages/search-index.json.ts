// The whole search index in one file, for tools and tests; the search page loads it in parts
// (search-index/head.json, then search-index/<place>.json).
import { site } from '../site/data.ts';
import { searchIndex } from '../../scripts/derive/searchIndex.ts';

export const GET = () => new Response(JSON.stringify(searchIndex(site)), { headers: { 'Content-Type': 'application/json' } });
