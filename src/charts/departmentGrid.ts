import * as Plot from '@observablehq/plot';
import type { DepartmentKindCount } from '../model/site.ts';

export interface DepartmentGridOptions {
  width: number;
  placeName: (regionId: string) => string;
  kindName: (kind: string) => string;
  kinds: readonly string[];
  regions: readonly string[];
}

/** How many items each kind of department leads, place by place: a grid of counts. */
export function departmentGrid(rows: readonly DepartmentKindCount[], o: DepartmentGridOptions): Plot.PlotOptions {
  const aria = (d: DepartmentKindCount) => `${o.kindName(d.kind)}, ${o.placeName(d.region_id)}: ${d.items}`;
  return {
    width: o.width,
    height: 60 + o.kinds.length * 26,
    marginLeft: o.width < 500 ? 130 : 230,
    marginTop: 50,
    padding: 0.06,
    x: { domain: o.regions.map(o.placeName), axis: 'top', label: null, tickSize: 0, tickRotate: o.width < 500 ? -30 : 0 },
    y: { domain: o.kinds.map(o.kindName), label: null, tickSize: 0 },
    color: { type: 'linear', range: ['#dbe9f6', '#08519c'], domain: [0, Math.max(1, ...rows.map((r) => r.items))] },
    marks: [
      Plot.cell(rows, { x: (d) => o.placeName(d.region_id), y: (d) => o.kindName(d.kind), fill: 'items', ariaLabel: aria, title: aria }),
      Plot.text(rows, { x: (d) => o.placeName(d.region_id), y: (d) => o.kindName(d.kind), text: 'items', fill: (d) => (d.items > (Math.max(...rows.map((r) => r.items)) / 2) ? 'white' : 'black'), ariaHidden: 'true' }),
    ],
  };
}
