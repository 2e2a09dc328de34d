import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, expect, test } from 'vitest';
import { checkLinks, readBuild } from './links.ts';

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'links-test-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (body: string) => `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/assets/site.css"></head><body>${body}</body></html>`;

const good = {
  'index.html': page('<a href="regions/putuo/">Putuo</a> <a href="/regions/putuo/#m-putuo-3">item</a> <a href="#top" id="top">top</a> <a href="data/measures.csv" download>csv</a> <a href="https://example.org/">out</a>'),
  'regions/putuo/index.html': page('<p id="m-putuo-3">…</p><a href="../../">home</a><a href="/?q=1#top">home top</a><script type="module" src="/assets/x.js"></script>'),
  'assets/site.css': 'body{}',
  'assets/x.js': '',
  'data/measures.csv': 'a,b\n',
};

test('a site whose links all resolve has no broken link', () => {
  expect(checkLinks(readBuild(site(good)))).toEqual([]);
});

test('a missing page, a missing anchor, a missing download and a missing asset are each reported', () => {
  const root = site({
    ...good,
    'index.html': page('<a href="themes/credit/">gone</a> <a href="/regions/putuo/#t-credit-1">no such anchor</a> <a href="data/targets.csv">no file</a> <a href="#s-9">no local anchor</a>'),
    'regions/putuo/index.html': page('<p id="m-putuo-3"></p><script type="module" src="/assets/missing.js"></script>'),
  });
  const broken = checkLinks(readBuild(root));
  expect(broken.map((b) => `${b.page} ${b.ref}`).sort()).toEqual([
    'index.html #s-9',
    'index.html /regions/putuo/#t-credit-1',
    'index.html data/targets.csv',
    'index.html themes/credit/',
    'regions/putuo/index.html /assets/missing.js',
  ]);
});

test('under a base path, a root-relative link that escapes the base is broken', () => {
  const root = site({
    'index.html': page('<a href="/sub/regions/putuo/">ok</a> <a href="/regions/putuo/">escapes</a>').replace('/assets/site.css', '/sub/assets/site.css'),
    'regions/putuo/index.html': page('').replace('/assets/site.css', '/sub/assets/site.css'),
    'assets/site.css': '',
  });
  expect(checkLinks(readBuild(root), '/sub/').map((b) => b.ref)).toEqual(['/regions/putuo/']);
});

test('the command exits 1 and names the broken link, 0 on a good site', () => {
  const bad = site({ ...good, 'index.html': page('<a href="/nowhere/">x</a>') });
  const failed = spawnSync(process.execPath, ['scripts/builtSite/links.ts', bad], { encoding: 'utf8' });
  expect(failed.status).toBe(1);
  expect(failed.stderr).toContain('/nowhere/');
  expect(spawnSync(process.execPath, ['scripts/builtSite/links.ts', site(good)]).status).toBe(0);
});
