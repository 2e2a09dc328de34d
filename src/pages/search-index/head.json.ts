// The head of the split search index: places, themes, the script map and the list of parts,
// derived with the site data (scripts/derive/searchIndex.ts) and served as it was written.
import split from '../../generated/site.search-parts.json';

export const GET = () => new Response(JSON.stringify(split.head), { headers: { 'Content-Type': 'application/json' } });
