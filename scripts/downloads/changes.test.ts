import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { correctionsFeed, changesJson, FEED_FILE, CHANGES_FILE } from './changes.ts';
import { writeDownloads, packageVersion } from './write.ts';
import { loadDataset } from '../data/load.ts';
import type { Change } from '../../src/schema/index.ts';

const change = (c: Partial<Change>): Change => ({ release: '2030.01.02', table: 'targets', id: 'x-t001', column: 'unit_zh', kind: 'correction', reason_en: 'Because <reasons> & more.', reason_zh: '理由。', ...c });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function checkAtom(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const feed = doc.querySelector('feed')!;
  expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
  // RFC 4287 §4.1.1: a feed has exactly one id, title and updated, and an author unless every entry has one.
  for (const el of ['id', 'title', 'updated']) expect(feed.querySelectorAll(`:scope > ${el}`), `feed ${el}`).toHaveLength(1);
  expect(feed.querySelectorAll(':scope > author > name').length).toBeGreaterThan(0);
  expect(feed.querySelector(':scope > link[rel=self]')?.getAttribute('href')).toMatch(/^https?:\/\//);
  const entries = [...feed.querySelectorAll('entry')];
  const ids = entries.map((e) => e.querySelector('id')!.textContent!);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of entries) {
    // §4.1.2: an entry has exactly one id, title and updated; a link rel=alternate when it has no content of its own.
    for (const el of ['id', 'title', 'updated']) expect(e.querySelectorAll(`:scope > ${el}`), `entry ${el}`).toHaveLength(1);
    expect(e.querySelector('id')!.textContent).toMatch(/^tag:[a-z0-9.-]+,\d{4}-\d{2}-\d{2}:/);
    expect(e.querySelector('updated')!.textContent).toMatch(RFC3339);
    expect(e.querySelector('link[rel=alternate]')?.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  expect(feed.querySelector(':scope > updated')!.textContent).toMatch(RFC3339);
  return entries;
}

describe('the corrections feed', () => {
  const site = new URL('https://example.org/shuangchuang/');
  const changes = [change({}), change({ column: 'metric' }), change({ kind: 'recoding', column: 'scope', id: '*' }), change({ release: '2030.01.01', id: 'x-t002' })];
  const xml = correctionsFeed(changes, { site, pageOf: (c) => `regions/x/#t-${c.id}` });
  test('is valid Atom with unique tag: ids and RFC 3339 dates', () => { checkAtom(xml); });
  test('lists corrections only, one entry per corrected cell, newest release first, with escaped reasons', () => {
    const entries = checkAtom(xml);
    expect(entries).toHaveLength(3);
    expect(entries[0].querySelector('updated')!.textContent).toBe('2030-01-02T00:00:00Z');
    expect(entries.at(-1)!.querySelector('updated')!.textContent).toBe('2030-01-01T00:00:00Z');
    expect(xml).toContain('Because &lt;reasons&gt; &amp; more.');
    expect(entries[0].querySelector('link')!.getAttribute('href')).toBe('https://example.org/shuangchuang/regions/x/#t-x-t001');
  });
  test('is the same bytes on every build', () => {
    expect(correctionsFeed([...changes].reverse(), { site, pageOf: (c) => `regions/x/#t-${c.id}` })).toBe(xml);
  });
});

test('changes.json lists every change with its release date', () => {
  const json = JSON.parse(changesJson('2030.01.02', [change({ release: '2030.01.02-2' })]));
  expect(json.changes[0]).toMatchObject({ release: '2030.01.02-2', date: '2030-01-02', kind: 'correction' });
});

describe('the downloads of the real data', () => {
  const write = (env: Record<string, string | undefined>) => {
    const saved = { SITE_URL: process.env.SITE_URL, BASE: process.env.BASE };
    Object.assign(process.env, env);
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
    try {
      const out = mkdtempSync(join(tmpdir(), 'sc-changes-'));
      writeDownloads('data', out, packageVersion());
      return join(out, 'data');
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
    }
  };
  test('with SITE_URL, the feed is written with absolute links and passes the checks; every correction of changes.csv is in it', () => {
    const out = write({ SITE_URL: 'https://example.org', BASE: '/sc/' });
    const entries = checkAtom(readFileSync(join(out, FEED_FILE), 'utf8'));
    const corrections = loadDataset('data').dataset.changes.filter((c) => c.row.kind === 'correction');
    expect(entries).toHaveLength(corrections.length);
    expect(readFileSync(join(out, FEED_FILE), 'utf8')).toContain('https://example.org/sc/data/corrections.xml');
  });
  test('without SITE_URL, no feed is written; changes.json always is', () => {
    const out = write({ SITE_URL: undefined });
    expect(existsSync(join(out, FEED_FILE))).toBe(false);
    expect(JSON.parse(readFileSync(join(out, CHANGES_FILE), 'utf8')).changes.length).toBe(loadDataset('data').dataset.changes.length);
  });
});

test('the feed keeps its own id from release to release (RFC 4287: an id never changes)', () => {
  const site = new URL('https://example.org/shuangchuang/');
  const feedId = (changes: Change[]) => new DOMParser().parseFromString(correctionsFeed(changes, { site, pageOf: () => undefined }), 'text/xml').querySelector('feed > id')!.textContent;
  const first = feedId([change({ release: '2030.01.01' })]);
  expect(feedId([change({ release: '2030.01.01' }), change({ release: '2031.06.30', id: 'x-t009' })])).toBe(first);
  expect(feedId([])).toBe(first);
});
