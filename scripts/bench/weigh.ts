// The transfer weight of a built page, read from the build folder (exact, so budgets can be tested):
// gzip bytes of everything the page loads without a click (HTML, stylesheets, scripts and their
// static imports, images, the data a script is pointed at with data-src), and, beside it, what it
// loads on use (dynamic imports and their imports, other JSON the page or its scripts name, and of
// an index split in parts, the largest part).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { resolveReference } from '../builtSite/site.ts';
import { brotli } from '../builtSite/precompress.ts';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
export interface Load { file: string; kind: Kind; gzip: number }
export interface PageWeight {
  page: string;
  onLoad: Load[];
  onUse: Load[];
  /** gzip bytes by kind, and in total, of what loads without a click. */
  load: Record<Kind | 'total', number>;
  /** gzip bytes of what loads on a click or use. */
  use: Record<Kind | 'total', number>;
  /** The same totals in brotli (the build's .br copies, at its fixed quality), for hosts that serve them. */
  brotli: { load: number; use: number };
}

const kindOf = (file: string): Kind =>
  file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/.test(file) ? 'js' : /\.(json|csv)$/.test(file) ? 'data' : 'other';

// Bundled ES modules: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`, `import("./x.js")`.
const QUOTED = String.raw`(["'\x60])([^"'\x60\s]+?)\1`;
const STATIC_IMPORT = new RegExp(String.raw`(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?${QUOTED}`, 'g');
const DYNAMIC_IMPORT = new RegExp(String.raw`(?:^|[^.\w$])import\s*\(\s*${QUOTED}\s*\)`, 'g');
// Vite's list of chunks to preload alongside a dynamic import (paths from the base).
const PRELOAD_LIST = /__vite__mapDeps\b[^]*?\.f=\[([^\]]*)\]/;
const JSON_NAME = new RegExp(String.raw`${QUOTED}`, 'g');

export function moduleImports(source: string): { statics: string[]; dynamics: string[]; preloads: string[] } {
  const statics = [...source.matchAll(STATIC_IMPORT)].map((m) => m[2]).filter((s) => /^(\.{1,2}\/|\/)/.test(s));
  const dynamics = [...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[2]).filter((s) => /^(\.{1,2}\/|\/)/.test(s));
  const list = source.match(PRELOAD_LIST)?.[1] ?? '';
  const preloads = [...list.matchAll(/["'\x60]([^"'\x60]+)["'\x60]/g)].map((m) => m[1]);
  return { statics, dynamics, preloads };
}

/**
 * Browser code loads its page's words alone (src/client/locale.ts picks one file of a map of every
 * locale's), so a dynamic import of another locale's words chunk, named `<locale>.<hash>.js` after
 * its module, is an alternative the page never takes and is not counted.
 */
export const otherLocalesWords = (pageLang: string | undefined, locales: readonly string[]) => {
  const others = locales.filter((l) => l !== pageLang);
  const pattern = new RegExp(String.raw`(?:^|/)(?:${others.join('|')})\.[\w-]+\.js$`);
  return (file: string) => pageLang !== undefined && others.length > 0 && pattern.test(file);
};

export function weighPage(root: string, pageFile: string, base = '/', pageLang?: string, locales: readonly string[] = []): PageWeight {
  const notTaken = otherLocalesWords(pageLang, locales);
  const sizes = new Map<string, number>();
  const gz = (file: string) => {
    if (!sizes.has(file)) sizes.set(file, gzipSync(readFileSync(join(root, file))).length);
    return sizes.get(file)!;
  };
  const fromPath = pageFile.slice(0, -'index.html'.length);
  const fileAt = (ref: string, from: string): string | undefined => {
    const target = resolveReference(ref, from, base);
    return target.kind === 'internal' ? target.files.find((f) => existsSync(join(root, f))) : undefined;
  };
  const onLoad = new Set<string>([pageFile]);
  const onUse = new Set<string>();

  // A module and, transitively, its static imports go into `into`; its dynamic imports into onUse.
  const visitModule = (file: string, into: Set<string>) => {
    into.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    const { statics, dynamics, preloads } = moduleImports(source);
    for (const s of statics) { const f = fileAt(s, dir); if (f && !into.has(f)) visitModule(f, into); }
    for (const d of [...dynamics.map((x) => fileAt(x, dir)), ...preloads.map((x) => fileAt(x, ''))]) {
      if (d && !onLoad.has(d) && !onUse.has(d) && !notTaken(d)) visitModule(d, onUse);
    }
    for (const m of source.matchAll(JSON_NAME)) {
      if (!m[2].endsWith('.json')) continue;
      const f = fileAt(m[2], fromPath) ?? fileAt(m[2], '');
      if (f && !onLoad.has(f)) onUse.add(f);
    }
  };

  const { document } = parseHTML(readFileSync(join(root, pageFile), 'utf8'));
  const attr = (selector: string, name: string) => [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name)!);
  for (const ref of [...attr('link[rel~="stylesheet"][href]', 'href'), ...attr('link[rel~="preload"][href]', 'href'), ...attr('link[rel~="icon"][href]', 'href'), ...attr('img[src]', 'src'), ...attr('[data-src]', 'data-src')]) {
    const f = fileAt(ref, fromPath);
    if (f) onLoad.add(f);
  }
  for (const ref of [...attr('script[src]', 'src'), ...attr('link[rel~="modulepreload"][href]', 'href')]) {
    const f = fileAt(ref, fromPath);
    if (f) visitModule(f, onLoad);
  }
  // JSON a page names in any other data-* attribute is fetched when it is used (e.g. a search index).
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('data-') && a.name !== 'data-src' && a.value.endsWith('.json')) {
        const f = fileAt(a.value, fromPath);
        if (f && !onLoad.has(f)) onUse.add(f);
      }
    }
  }
  // A split index (a head that lists its parts) is read part by part: the first results wait for
  // the head and one part, so the largest part is counted and the others load while the reader reads.
  for (const f of [...onUse].filter((x) => x.endsWith('.json'))) {
    const parts = splitIndexParts(readFileSync(join(root, f), 'utf8'));
    const files = parts.map((p) => fileAt(p, '')).filter((x): x is string => x !== undefined);
    if (files.length) onUse.add(files.reduce((a, b) => (gz(b) > gz(a) ? b : a)));
  }
  for (const f of onLoad) onUse.delete(f);

  const list = (files: Set<string>) => [...files].sort().map((file) => ({ file, kind: kindOf(file), gzip: gz(file) }));
  const sum = (loads: Load[]) => {
    const out = { html: 0, css: 0, js: 0, data: 0, other: 0, total: 0 };
    for (const l of loads) { out[l.kind] += l.gzip; out.total += l.gzip; }
    return out;
  };
  const loads = list(onLoad), uses = list(onUse);
  const br = (file: string) => (existsSync(join(root, `${file}.br`)) ? statSync(join(root, `${file}.br`)).size : brotli(readFileSync(join(root, file))).length);
  const brotliOf = (files: Set<string>) => [...files].reduce((n, f) => n + br(f), 0);
  return { page: pageFile, onLoad: loads, onUse: uses, load: sum(loads), use: sum(uses), brotli: { load: brotliOf(onLoad), use: brotliOf(onUse) } };
}

/** The part files a split index's head lists (`{ parts: [{ file }] }`), or none. */
export function splitIndexParts(json: string): string[] {
  try {
    const parsed = JSON.parse(json) as { parts?: { file?: unknown }[] };
    return Array.isArray(parsed.parts) ? parsed.parts.map((p) => p.file).filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}
