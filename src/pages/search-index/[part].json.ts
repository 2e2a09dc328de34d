// One part of the search index (a place's items and figures, or its sentences), loaded by the
// search page after the head.
import type { APIRoute } from 'astro';
import { site } from '../../site/data.ts';
import { searchIndex, searchParts } from '../../../scripts/derive/searchIndex.ts';

const { parts } = searchParts(searchIndex(site));

export const getStaticPaths = () => parts.map((part) => ({ params: { part: part.file.replace(/^search-index\//, '').replace(/\.json$/, '') }, props: { part } }));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.part), { headers: { 'Content-Type': 'application/json' } });
