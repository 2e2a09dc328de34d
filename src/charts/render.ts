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

/** The drawing with each mark named once: a mark whose <title> (its tooltip, and its accessible name)
 *  says what its aria-label says keeps the title alone. Embeds use it to stay light. */
export function namedOnce(node: SvgNode): SvgNode {
  if (!('name' in node)) return node;
  const title = node.children.find((c): c is Extract<SvgNode, { name: string }> => 'name' in c && c.name === 'title');
  const titleText = title?.children.map((c) => ('text' in c ? c.text : '')).join('');
  const attrs = { ...node.attrs };
  if (titleText !== undefined && attrs['aria-label'] === titleText) delete attrs['aria-label'];
  return { name: node.name, attrs, children: node.children.map(namedOnce) };
}
