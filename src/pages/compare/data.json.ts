// What the compare page's script redraws from: the derived comparisons and the names it needs.
import type { APIRoute } from 'astro';
import { site } from '../../site/data.ts';
import { definitionWithUnit } from '../../charts/catalog.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({
    comparisons: site.comparisons,
    regions: site.regions.map(({ region_id, name_en, name_zh, short_en, short_zh }) => ({ region_id, name_en, name_zh, short_en, short_zh })),
    definitions: site.comparisons.map((c) => {
      const { definition_id, name_en, name_zh, base_unit } = definitionWithUnit(site, c.definition);
      return { definition_id, name_en, name_zh, base_unit };
    }),
  }), { headers: { 'Content-Type': 'application/json' } });
