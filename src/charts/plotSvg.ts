// Plot options → a finished SVG element, the same at build time (with linkedom's document) and in
// the browser: the site's fixed class, the chart's accessible name and description, Plot's <style>
// dropped (its rules live in the site stylesheet; the CSP allows no inline styles), labelled
// groups given role="group", text at the charts' font size, and no fixed size (CSS sizes it).
import * as Plot from '@observablehq/plot';
import { CHART_FONT_PX } from './textWidth.ts';

export const PLOT_CLASS = 'sc-plot';

/** The accessible name, and the description: as text, or (describedBy) the id of the element beside the
 *  drawing that already holds it, so that a page does not carry the same summary twice per drawing. */
export interface ChartAria { label: string; description?: string; describedBy?: string }

export function plotSvg(options: Plot.PlotOptions, aria: ChartAria, document?: Document): SVGSVGElement {
  const svg = Plot.plot({ ...options, className: PLOT_CLASS, ariaLabel: aria.label, ariaDescription: aria.describedBy ? undefined : aria.description, ...(document ? { document } : {}) } as Plot.PlotOptions) as unknown as SVGSVGElement;
  if (aria.describedBy) svg.setAttribute('aria-describedby', aria.describedBy);
  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.querySelectorAll('g[aria-label]').forEach((g) => { if (!g.getAttribute('aria-hidden')) g.setAttribute('role', 'group'); });
  svg.setAttribute('font-size', String(CHART_FONT_PX)); // Plot's default of 10 is too small to read on a phone
  svg.removeAttribute('font-family'); // the page's font, which the site and embed stylesheets set
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return svg;
}
