// The claim a view of a comparison supports. Derive writes it for every comparison; the compare
// page recomputes it only for the subset of places a reader picks, with this same function.
import { SIMILAR_RATIO, type ComparisonRow, type Finding, type View } from './site.ts';

export function finding(view: View, rows: readonly Pick<ComparisonRow, 'region_id' | View>[]): Finding {
  const valued = rows.filter((r) => r[view] !== undefined).sort((a, b) => b[view]! - a[view]! || a.region_id.localeCompare(b.region_id));
  const places = valued.map((r) => r.region_id);
  const values = valued.map((r) => r[view]!);
  if (valued.length === 0) return { view, qualifier: 'none', places, values, leaders: [] };
  if (valued.length === 1) return { view, qualifier: 'only_one', places, values, leaders: places };
  const max = values[0];
  const min = values[values.length - 1];
  const similar = min > 0 && max / min <= SIMILAR_RATIO;
  return { view, qualifier: similar ? 'similar' : 'most', places, values, leaders: similar ? places : places.filter((_, i) => values[i] === max) };
}
