// Build-time rendering: Plot options → an SVG element tree. Plot's <style> is dropped (its rules
// live in the site stylesheet under the fixed class) and labelled groups get role="group". The
// tree, not a markup string, goes to the page, so Astro escapes every attribute and text.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export const PLOT_CLASS = 'sc-plot';

export type SvgNode = { name: string; attrs: Record<string, string>; children: SvgNode[] } | { text: string };

function toTree(el: Element): SvgNode {
  return {
    name: el.localName,
    attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
    children: [...el.childNodes].flatMap((n): SvgNode[] =>
      n.nodeType === 1 ? [toTree(n as Element)] : n.nodeType === 3 && n.textContent ? [{ text: n.textContent }] : [],
    ),
  };
}

export function renderSvg(options: Plot.PlotOptions, aria: { label: string; description: string }): SvgNode {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, className: PLOT_CLASS, ariaLabel: aria.label, ariaDescription: aria.description, document } as Plot.PlotOptions) as unknown as Element;
  svg.querySelectorAll('style').forEach((s) => s.remove());
  svg.querySelectorAll('g[aria-label]').forEach((g) => { if (!g.getAttribute('aria-hidden')) g.setAttribute('role', 'group'); });
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  return toTree(svg);
}
