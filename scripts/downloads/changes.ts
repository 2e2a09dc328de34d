// The history of the data as files: /data/changes.json lists every change of every release with
// its reason; /data/corrections.xml is an Atom feed (RFC 4287) of corrections only, one entry per
// corrected cell, written only when the site's address is known (feed ids and links are absolute).
import type { Change } from '../../src/schema/index.ts';
import { releaseDate } from '../data/releases.ts';
import { FEED_FILE } from '../../src/site/downloads.ts';

export { FEED_FILE };
export const CHANGES_FILE = 'changes.json';

export interface DatedChange extends Change { date: string }

export const datedChanges = (changes: readonly Change[]): DatedChange[] =>
  changes.map((c) => ({ ...c, date: releaseDate(c.release) }));

export function changesJson(version: string, changes: readonly Change[]): string {
  return `${JSON.stringify({ version, changes: datedChanges(changes) }, null, 2)}\n`;
}

/**
 * The day the feed was first published: its own id is minted on it and never changes (RFC 4287
 * §4.2.6), whatever release is newest. Each entry's id is minted on its own release's date.
 */
export const FEED_MINTED = '2026-11-22';

export const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface FeedOptions {
  site: URL;
  /** Where a changed row can be read on the site, relative to the site's root; undefined for the data page. */
  pageOf: (c: Change) => string | undefined;
}

/** An Atom feed of corrections (not re-coding or re-anchoring): deterministic, dated by release. */
export function correctionsFeed(changes: readonly Change[], { site, pageOf }: FeedOptions): string {
  const corrections = datedChanges(changes).filter((c) => c.kind === 'correction')
    .sort((a, b) => b.date.localeCompare(a.date) || `${a.table}/${a.id}/${a.column}`.localeCompare(`${b.table}/${b.id}/${b.column}`));
  const tag = (path: string, date: string) => `tag:${site.host},${date}:${site.pathname}${path}`;
  const at = (date: string) => `${date}T00:00:00Z`;
  const updated = corrections[0]?.date ?? '1970-01-01';
  const absolute = (path: string) => new URL(path, site).href;
  const entries = corrections.map((c) => [
    '  <entry>',
    `    <id>${escapeXml(tag(`corrections/${c.release}/${c.table}/${c.id}/${c.column}`, c.date))}</id>`,
    `    <title>${escapeXml(`${c.table} ${c.id}: ${c.column}`)}</title>`,
    `    <updated>${at(c.date)}</updated>`,
    `    <link rel="alternate" href="${escapeXml(absolute(pageOf(c) ?? 'data/'))}"/>`,
    `    <summary xml:lang="en">${escapeXml(c.reason_en)}</summary>`,
    `    <content type="text" xml:lang="zh-CN">${escapeXml(c.reason_zh)}</content>`,
    `    <category term="${escapeXml(c.release)}" label="release ${escapeXml(c.release)}"/>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(tag('corrections', FEED_MINTED))}</id>`,
    '  <title>Shuangchuang Compare: corrections to the data</title>',
    '  <subtitle>Every cell of the data corrected in a release, with its reason. Re-coding and re-anchoring are listed in changes.json.</subtitle>',
    `  <updated>${at(updated)}</updated>`,
    '  <author><name>Shuangchuang Compare (双创对照)</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(`data/${FEED_FILE}`))}"/>`,
    `  <link rel="alternate" href="${escapeXml(absolute('data/'))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
