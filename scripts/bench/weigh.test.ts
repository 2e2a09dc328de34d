import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { moduleImports, weighPage } from './weigh.ts';

const root = mkdtempSync(join(tmpdir(), 'weigh-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const files: Record<string, string> = {
  'compare/index.html': '<!doctype html><link rel="stylesheet" href="/assets/site.css"><form data-src="/compare/data.json" data-index="/search/index.json"></form><a href="/data/measures.csv">csv</a><script type="module" src="/assets/page.js"></script>',
  'assets/site.css': 'body{color:red}'.repeat(50),
  'assets/page.js': 'import{a as e}from"./shared.js";const p=()=>import(`./plot.js`);e(p);',
  'assets/shared.js': 'export const a=(x)=>x;'.repeat(20),
  'assets/plot.js': 'import"./d3.js";export const plot=1;',
  'assets/d3.js': 'export const d3=2;'.repeat(100),
  'compare/data.json': JSON.stringify({ rows: Array.from({ length: 50 }, (_, i) => i) }),
  'search/index.json': '[]'.repeat(100),
  'data/measures.csv': 'a,b\n'.repeat(100),
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
const gz = (path: string) => gzipSync(files[path]).length;

test('module imports: static and dynamic, in any quotes, but not import.meta', () => {
  expect(moduleImports('import{x}from"./a.js";import\'./b.js\';export*from`./c.js`;import.meta.url;import("./d.js")')).toEqual({
    statics: ['./a.js', './b.js', './c.js'], dynamics: ['./d.js'], preloads: [],
  });
});

test('a page weighs its HTML, stylesheet, scripts with their static imports and its data-src; dynamic imports and other JSON are on use', () => {
  const w = weighPage(root, 'compare/index.html');
  expect(w.onLoad.map((l) => l.file)).toEqual(['assets/page.js', 'assets/shared.js', 'assets/site.css', 'compare/data.json', 'compare/index.html']);
  expect(w.onUse.map((l) => l.file)).toEqual(['assets/d3.js', 'assets/plot.js', 'search/index.json']);
  expect(w.load).toEqual({
    html: gz('compare/index.html'), css: gz('assets/site.css'), js: gz('assets/page.js') + gz('assets/shared.js'), data: gz('compare/data.json'), other: 0,
    total: gz('compare/index.html') + gz('assets/site.css') + gz('assets/page.js') + gz('assets/shared.js') + gz('compare/data.json'),
  });
  expect(w.use.js).toBe(gz('assets/plot.js') + gz('assets/d3.js'));
});

test('a page counts its own locale’s words chunk on use, not the other locales’ it never loads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weigh-words-'));
  try {
    const put = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };
    put('zh/search/index.html', '<!doctype html><script type="module" src="/assets/search.js"></script>');
    put('assets/search.js', 'const w={"./en.ts":()=>import("./en.Ab1.js"),"./zh.ts":()=>import("./zh.Cd-2.js")};const z=()=>import("./zh-engine.Ef3.js");');
    put('assets/en.Ab1.js', 'export default {a:"words"};'.repeat(30));
    put('assets/zh.Cd-2.js', 'export default {a:"词"};'.repeat(30));
    put('assets/zh-engine.Ef3.js', 'export const e=1;');
    const files = (lang?: string) => weighPage(dir, 'zh/search/index.html', '/', lang, ['en', 'zh']).onUse.map((l) => l.file);
    expect(files('zh')).toEqual(['assets/zh-engine.Ef3.js', 'assets/zh.Cd-2.js']);
    expect(files('en')).toEqual(['assets/en.Ab1.js', 'assets/zh-engine.Ef3.js']);
    expect(files()).toEqual(['assets/en.Ab1.js', 'assets/zh-engine.Ef3.js', 'assets/zh.Cd-2.js']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
