// The search index as a static file, fetched by the search page only when the box is used; derived
// with the site data (scripts/derive/searchIndex.ts), served here as it was written.
import index from '../generated/site.search-index.json';

export const GET = () => new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
