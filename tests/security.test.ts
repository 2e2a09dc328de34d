// The built pages run under a strict CSP: every script and stylesheet is a same-origin file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listPages } from '../scripts/builtSite/site.ts';
import { inlineCode, metaCsp, parseCsp } from '../scripts/builtSite/inlineCode.ts';
import { CONTENT_SECURITY_POLICY } from '../src/site/csp.ts';

const root = process.env.DIST_DIR ?? 'dist';
const pages = listPages(root);
const html = (file: string) => readFileSync(join(root, file), 'utf8');

test('no page has an inline script, a <style> element, a style attribute or an event-handler attribute', () => {
  expect(pages.length).toBeGreaterThan(10);
  const found = pages.flatMap((p) => inlineCode(html(p.file)).map((f) => `${p.file}: ${f}`));
  expect(found).toEqual([]);
});

test("every page's CSP meta tag allows scripts and styles from the site only", () => {
  const weak = pages.flatMap((p) => {
    const csp = metaCsp(html(p.file));
    if (!csp) return [`${p.file}: no CSP meta tag`];
    const problems = ['script-src', 'style-src'].filter((d) => JSON.stringify(csp.get(d)) !== `["'self'"]`);
    if (JSON.stringify(csp.get('object-src')) !== `["'none'"]`) problems.push('object-src');
    return problems.map((d) => `${p.file}: ${d} ${csp.get(d)?.join(' ') ?? 'missing'}`);
  });
  expect(weak).toEqual([]);
});

test('_headers sends hosts that read it a CSP with scripts and styles from the site only', () => {
  const headers = readFileSync(join(root, '_headers'), 'utf8');
  const policy = headers.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
  expect(policy).toBeDefined();
  const csp = parseCsp(policy!);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  // Embeds are meant to be framed by other sites.
  expect(csp.has('frame-ancestors')).toBe(false);
  expect(headers).not.toMatch(/^\s+X-Frame-Options:/im);
  // Hosts that read _headers send the same policy the pages carry in their <meta>.
  expect(policy!.trim()).toBe(CONTENT_SECURITY_POLICY);
});

test('no source file writes markup from strings (set:html, innerHTML, insertAdjacentHTML)', () => {
  const sources = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith('.test.ts'));
  const found = sources.filter((f) => /set:html|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML/.test(readFileSync(join('src', f), 'utf8')));
  expect(found).toEqual([]);
});
