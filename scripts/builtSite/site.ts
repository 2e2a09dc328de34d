// The built site as the quality checks see it: its pages (every index.html under the build folder),
// what type of page each is, and how a URL on the site maps back to a file in the folder.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LOCALES, type Lang } from '../../src/i18n/locales.ts';

export type { Lang } from '../../src/i18n/locales.ts';

export interface BuiltPage {
  /** Site-relative URL path without the base, e.g. '' (home) or 'zh/regions/putuo/'. */
  path: string;
  /** Path of the file inside the build folder, with '/' separators, e.g. 'zh/regions/putuo/index.html'. */
  file: string;
  lang: Lang;
  /** 'home', 'region', 'theme', 'themes', 'embed', or the first path segment ('compare', 'about', …). */
  type: string;
}

/** Every file in a folder, relative, with '/' separators, sorted. */
export function listFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => relative(root, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

/** The type of a page from its language-free path: new page types are named after their folder. */
export function pageType(pathWithoutLang: string): string {
  const parts = pathWithoutLang.split('/').filter(Boolean);
  if (parts.length === 0) return 'home';
  const [first] = parts;
  if (first === 'regions' && parts.length === 2) return 'region';
  if (first === 'themes') return parts.length === 1 ? 'themes' : 'theme';
  if (first === 'embed' && parts.length === 2) return 'embed';
  if (first === 'embed' && parts[1] === 'figure') return 'quote-card';
  // A codebook question's embed is a table, not a chart: weighed against a budget of its own.
  if (first === 'embed' && parts[1] === 'question') return 'embed-question';
  if (first === 'figures' || first === 'items') return parts.length === 2 ? 'receipt' : first;
  return parts.length === 1 ? first : `${first}/*`;
}

export function pagesFromFiles(files: readonly string[]): BuiltPage[] {
  return files
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((file) => {
      const path = file.slice(0, -'index.html'.length);
      // The locale whose prefix the path starts with (the longest: the default locale's is empty).
      const locale = [...LOCALES].sort((a, b) => b.prefix.length - a.prefix.length).find((l) => path.startsWith(l.prefix))!;
      return { path, file, lang: locale.id as Lang, type: pageType(path.slice(locale.prefix.length)) };
    });
}

/** Every page in a build folder. */
export const listPages = (root: string): BuiltPage[] => pagesFromFiles(listFiles(root));

/** One page of each type and language (the first by path): what the slower checks visit. */
/** A page's kind: its language and type ('zh region'); the checks that sample pages keep one of each. */
export const pageKind = (p: BuiltPage) => `${p.lang} ${p.type}`;

export function onePerType(pages: readonly BuiltPage[]): BuiltPage[] {
  const seen = new Map<string, BuiltPage>();
  for (const p of pages) if (!seen.has(pageKind(p))) seen.set(pageKind(p), p);
  return [...seen.values()];
}

export const normaliseBase = (base = '/') => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export type Target =
  | { kind: 'external'; url: string }
  | { kind: 'outside-base'; pathname: string }
  | { kind: 'internal'; /** relative file path candidates, best first */ files: string[]; fragment: string; pathname: string };

/**
 * Where a reference in a page points: outside the site, outside the base path, or to a file in the
 * build (a folder means its index.html). `fromPath` is the page's site-relative path.
 */
export function resolveReference(ref: string, fromPath: string, base = '/'): Target {
  const b = normaliseBase(base);
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(ref, `${origin}${b}${fromPath}`);
  } catch {
    return { kind: 'internal', files: [], fragment: '', pathname: ref };
  }
  if (url.origin !== origin) return { kind: 'external', url: url.href };
  const pathname = decodeURIComponent(url.pathname);
  if (!pathname.startsWith(b)) return { kind: 'outside-base', pathname };
  const rel = pathname.slice(b.length);
  const files = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`];
  return { kind: 'internal', files, fragment: decodeURIComponent(url.hash.slice(1)), pathname };
}
