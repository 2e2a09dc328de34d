// What the compare page's script redraws from: the derived comparisons and the names it needs.
import type { APIRoute } from 'astro';
import { site } from '../../site/data.ts';
import { definitionWithUnit } from '../../charts/catalog.ts';
import type { ComparedFigure } from '../../i18n/amounts.ts';

// Each figure a comparison names, as the script reads it beside the figure as written.
const named = new Set(site.comparisons.flatMap((c) => [...c.rows.map((r) => r.target_id), ...c.notCompared.map((n) => n.target_id)]));
const figures: Record<string, ComparedFigure> = Object.fromEntries(site.targets.filter((t) => named.has(t.target_id)).map((t) => [t.target_id, {
  value_text: t.value_text, comparator: t.comparator, value: t.value, value_max: t.value_max, unit_zh: t.unit_zh, value_base: t.value_base, base_unit: t.base_unit, per: t.per,
}]));

export const GET: APIRoute = () =>
  new Response(JSON.stringify({
    comparisons: site.comparisons,
    regions: site.regions.map(({ region_id, name_en, name_zh, short_en, short_zh }) => ({ region_id, name_en, name_zh, short_en, short_zh })),
    definitions: site.comparisons.map((c) => {
      const { definition_id, name_en, name_zh, base_unit } = definitionWithUnit(site, c.definition);
      return { definition_id, name_en, name_zh, base_unit };
    }),
    figures,
  }), { headers: { 'Content-Type': 'application/json' } });
