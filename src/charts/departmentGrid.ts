import * as Plot from '@observablehq/plot';
import type { DepartmentKindCount } from '../model/site.ts';
import { bandFor, leftLabels } from './layout.ts';

export interface DepartmentGridOptions {
  width: number;
  placeShort: (regionId: string) => string;
  kindName: (kind: string) => string;
  kinds: readonly string[];
  regions: readonly string[];
}

/** How many items each kind of department leads, place by place: a grid of counts. */
export function departmentGrid(rows: readonly DepartmentKindCount[], o: DepartmentGridOptions): Plot.PlotOptions {
  const narrow = o.width < 500;
  const kinds = leftLabels(o.kinds.map(o.kindName), narrow ? 140 : 260, 2);
  return {
    width: o.width,
    height: 60 + o.kinds.length * bandFor(kinds.lines, 26),
    marginLeft: kinds.margin,
    marginTop: narrow ? 60 : 40,
    padding: 0.06,
    x: { domain: [...o.regions], tickFormat: o.placeShort, axis: 'top', label: null, tickSize: 0, tickRotate: narrow ? -35 : 0 },
    y: { domain: [...o.kinds], tickFormat: (k: string) => kinds.format(o.kindName(k)), label: null, tickSize: 0 },
    color: { type: 'linear', range: ['#dbe9f6', '#08519c'], domain: [0, Math.max(1, ...rows.map((r) => r.items))] },
    marks: [
      // Each cell prints its count; the names and counts are in the chart's table and summary, so cells
      // carry no label of their own (a grid of places × kinds would otherwise grow three copies of each).
      Plot.cell(rows, { x: 'region_id', y: 'kind', fill: 'items' }),
      Plot.text(rows, { x: 'region_id', y: 'kind', text: 'items', fill: (d) => (d.items > (Math.max(...rows.map((r) => r.items)) / 2) ? 'white' : 'black'), ariaHidden: 'true' }),
    ],
  };
}
