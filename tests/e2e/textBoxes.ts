// What a reader of an image sees of its text, measured in the browser that draws it: an SVG opened
// alone (as a newsroom opens a downloaded file), every <text> box as rendered, and what is wrong
// with them: text that leaves the image (or the inner drawing that clips it) and text drawn on text.
import type { Page } from 'playwright-core';

export interface TextBox { text: string; left: number; top: number; right: number; bottom: number }

/** Opens the SVG alone in `page` (served as image/svg+xml from an address of its own) and lists its text problems. */
export async function svgTextProblems(page: Page, svg: string): Promise<string[]> {
  const url = `http://image.invalid/${Date.now()}-${Math.random().toString(36).slice(2)}.svg`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml; charset=utf-8', body: svg }));
  try {
    await page.goto(url);
    await page.evaluate(() => document.fonts?.ready);
    return await page.evaluate(textProblemsInDocument as () => string[]);
  } finally {
    await page.unroute(url);
  }
}

/**
 * Runs in the page: boxes of every non-empty <text> in screen pixels; a box must lie inside the
 * root image and inside every nested <svg> around it (which clips what leaves its viewport), and no
 * two boxes may overlap by more than a quarter of the smaller one's height (lines set 1.3 em apart
 * have boxes that touch: a font's box is taller than its em).
 */
export function textProblemsInDocument(root: Element = document.documentElement): string[] {
  // Under a pixel: a glyph's box can reach past its ink (an arrow's side bearing), unseen once drawn.
  const TOLERANCE = 1;
  const viewportOf = (svg: SVGSVGElement) => {
    const nested = svg !== root && Boolean(svg.ownerSVGElement);
    const parent = svg.parentElement as unknown as SVGGraphicsElement | null;
    const m = nested && parent?.getScreenCTM ? parent.getScreenCTM()! : root === document.documentElement ? new DOMMatrix() : new DOMMatrix().translate(svg.getBoundingClientRect().left, svg.getBoundingClientRect().top);
    const w = svg.width.baseVal.value || svg.viewBox.baseVal.width;
    const h = svg.height.baseVal.value || svg.viewBox.baseVal.height;
    const x = nested ? svg.x.baseVal.value : 0;
    const y = nested ? svg.y.baseVal.value : 0;
    const a = new DOMPoint(x, y).matrixTransform(m), b = new DOMPoint(x + w, y + h).matrixTransform(m);
    return { left: Math.min(a.x, b.x), top: Math.min(a.y, b.y), right: Math.max(a.x, b.x), bottom: Math.max(a.y, b.y) };
  };
  const problems: string[] = [];
  const boxes: { text: string; left: number; top: number; right: number; bottom: number }[] = [];
  for (const t of root.querySelectorAll('text')) {
    const text = (t.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || getComputedStyle(t).display === 'none' || getComputedStyle(t).visibility === 'hidden') continue;
    const r = t.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const box = { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    boxes.push(box);
    for (let svg = t.closest('svg'); svg; svg = (svg === root ? null : svg.parentElement?.closest('svg') ?? null) as SVGSVGElement | null) {
      const v = viewportOf(svg as SVGSVGElement);
      const out = [v.left - box.left, box.right - v.right, v.top - box.top, box.bottom - v.bottom].map((d) => Math.max(0, d));
      if (out.some((d) => d > TOLERANCE)) {
        problems.push(`“${text}” leaves ${svg !== root ? 'the drawing' : 'the image'} by ${Math.max(...out).toFixed(1)} px`);
        break;
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 0.25 * Math.min(a.bottom - a.top, b.bottom - b.top)) problems.push(`“${a.text}” and “${b.text}” overlap (${w.toFixed(1)}×${h.toFixed(1)} px)`);
    }
  }
  return problems;
}

/** The same check on many SVGs in one page, each placed alone at the page's top left (much faster than opening each). */
export async function manySvgTextProblems(page: Page, svgs: readonly string[]): Promise<string[][]> {
  await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
  await page.addScriptTag({ content: `window.__textProblems = ${textProblemsInDocument.toString()};` });
  return page.evaluate(async (list) => {
    const check = (window as unknown as { __textProblems: (root: Element) => string[] }).__textProblems;
    const out: string[][] = [];
    for (const markup of list) {
      const svg = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
      document.body.append(document.importNode(svg, true));
      const placed = document.body.lastElementChild!;
      await document.fonts.ready;
      out.push(check(placed));
      placed.remove();
    }
    return out;
  }, svgs);
}
