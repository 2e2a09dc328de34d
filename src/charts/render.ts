// Build-time rendering: Plot options → an SVG element tree. The tree, not a markup string, goes to
// the page, so Astro escapes every attribute and text.
import type * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { plotSvg, type ChartAria } from './plotSvg.ts';

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

export function renderSvg(options: Plot.PlotOptions, aria: ChartAria): SvgNode {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return toTree(plotSvg(options, aria, document as unknown as Document));
}

/** The drawing without its marks' hover labels: a mark's <title> (its tooltip, and its accessible
 *  name) goes, and with it an aria-label that says the same. Embeds use it to stay light: the table
 *  beside the drawing gives each value, and the summary that describes the drawing says them all. */
export function withoutHoverLabels(node: SvgNode): SvgNode {
  if (!('name' in node)) return node;
  const strip = (n: SvgNode, root: boolean): SvgNode => {
    if (!('name' in n)) return n;
    const title = root ? undefined : n.children.find((c): c is Extract<SvgNode, { name: string }> => 'name' in c && c.name === 'title');
    const titleText = title?.children.map((c) => ('text' in c ? c.text : '')).join('');
    const attrs = { ...n.attrs };
    if (titleText !== undefined && attrs['aria-label'] === titleText) delete attrs['aria-label'];
    return { name: n.name, attrs, children: n.children.filter((c) => c !== title).map((c) => strip(c, false)) };
  };
  return strip(node, true);
}
