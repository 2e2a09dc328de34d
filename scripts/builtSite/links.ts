// Broken internal links and anchors in a build folder. checkLinks is pure (file list + HTML in,
// problems out); the CLI reads a folder: node scripts/builtSite/links.ts [dir] [--base /sub/]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles, resolveReference } from './site.ts';

export interface BuildContents {
  /** Every file in the build, relative with '/' separators. */
  files: readonly string[];
  /** The text of every .html file, by relative path. */
  html: ReadonlyMap<string, string>;
}

export interface BrokenLink { page: string; ref: string; problem: string }

// Every attribute through which a page refers to another file or anchor.
const REFERENCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'], ['area[href]', 'href'], ['link[href]', 'href'], ['script[src]', 'src'], ['img[src]', 'src'],
  ['iframe[src]', 'src'], ['source[src]', 'src'], ['form[action]', 'action'], ['use[href]', 'href'],
  ['[data-src]', 'data-src'],
];

function idsOf(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

export function checkLinks(build: BuildContents, base = '/'): BrokenLink[] {
  const files = new Set(build.files);
  const documents = new Map<string, Document>();
  const documentOf = (file: string) => {
    if (!documents.has(file)) documents.set(file, parseHTML(build.html.get(file) ?? '').document);
    return documents.get(file)!;
  };
  const ids = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!ids.has(file)) ids.set(file, idsOf(documentOf(file)));
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of [...build.html.keys()].sort()) {
    const fromPath = page.endsWith('index.html') ? page.slice(0, -'index.html'.length) : page;
    const document = documentOf(page);
    for (const [selector, attribute] of REFERENCES) {
      for (const el of document.querySelectorAll(selector)) {
        const ref = el.getAttribute(attribute)!.trim();
        if (ref === '' || ref === '#' || /^(mailto|tel|data|blob|javascript):/i.test(ref)) continue;
        const target = resolveReference(ref, fromPath, base);
        if (target.kind === 'external') continue;
        if (target.kind === 'outside-base') { broken.push({ page, ref, problem: `outside the base path ${base}` }); continue; }
        const file = target.files.find((f) => files.has(f));
        if (!file) { broken.push({ page, ref, problem: `no file ${target.files.join(' or ')}` }); continue; }
        if (target.fragment && file.endsWith('.html') && !idsIn(file).has(target.fragment)) {
          broken.push({ page, ref, problem: `no element with id "${target.fragment}" in ${file}` });
        }
      }
    }
  }
  return broken;
}

export function readBuild(root: string): BuildContents {
  const files = listFiles(root);
  const html = new Map(files.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(root, f), 'utf8')] as const));
  return { files, html };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const baseAt = args.indexOf('--base');
  const base = baseAt >= 0 ? args.splice(baseAt, 2)[1] : (process.env.BASE ?? '/');
  const root = args[0] ?? process.env.DIST_DIR ?? 'dist';
  const build = readBuild(root);
  const broken = checkLinks(build, base);
  for (const b of broken) console.error(`${root}/${b.page}: ${b.ref}: ${b.problem}`);
  console.log(`${build.html.size} pages, ${broken.length} broken link${broken.length === 1 ? '' : 's'}`);
  process.exit(broken.length ? 1 : 0);
}
