// The search index as a static file, fetched by the search page only when the box is used.
import { site } from '../site/data.ts';
import { searchIndex } from '../../scripts/derive/searchIndex.ts';

export const GET = () => new Response(JSON.stringify(searchIndex(site)), { headers: { 'Content-Type': 'application/json' } });
