// The head of the split search index: places, themes, the script map and the list of parts.
import { site } from '../../site/data.ts';
import { searchIndex, searchParts } from '../../../scripts/derive/searchIndex.ts';

export const GET = () => new Response(JSON.stringify(searchParts(searchIndex(site)).head), { headers: { 'Content-Type': 'application/json' } });
