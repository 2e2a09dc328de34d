// What the compare page's script redraws from: the derived comparisons and the names it needs.
import type { APIRoute } from 'astro';
import { site } from '../../site/data.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({
    comparisons: site.comparisons,
    regions: site.regions.map(({ region_id, name_en, name_zh, short_en, short_zh, population, population_year, population_kind }) => ({ region_id, name_en, name_zh, short_en, short_zh, population, population_year, population_kind })),
    metrics: site.metrics.filter((m) => site.comparisons.some((c) => c.metric === m.metric_id)).map(({ metric_id, name_en, name_zh, base_unit }) => ({ metric_id, name_en, name_zh, base_unit })),
  }), { headers: { 'Content-Type': 'application/json' } });
