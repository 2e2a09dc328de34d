// One part of the search index (a place's items and figures, or its sentences), loaded by the
// search page after the head; derived with the site data and served as it was written.
import { shardOf } from '../../site/pageShard.ts';
import type { APIRoute } from 'astro';
import split from '../../generated/site.search-parts.json';

export const getStaticPaths = () => shardOf(split.parts.map((part) => ({ params: { part: part.file.replace(/^search-index\//, '').replace(/\.json$/, '') }, props: { part } })));

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.part), { headers: { 'Content-Type': 'application/json' } });
