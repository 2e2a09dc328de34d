// One figure or item cited as a dataset record: APA text, BibTeX, RIS and CSL-JSON, written at build
// time with citation-js (never shipped to the browser).
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Citation } from '../../src/model/receipts.ts';

// BibTeX output drops every non-ASCII character unless told otherwise, and titles here are Chinese too.
plugins.config.get('@bibtex').format.asciiOnly = false;

export const SITE_NAME = 'Shuangchuang Compare (双创对照)';

export interface CitedRecord { id: string; title: string; version: string; date: string; url: string }

const cslItem = (r: CitedRecord) => {
  const [year, month, day] = r.date.split('-').map(Number);
  return {
    id: r.id, type: 'dataset', title: r.title, author: [{ literal: SITE_NAME }], publisher: SITE_NAME,
    issued: { 'date-parts': [[year, month, day]] }, version: r.version, URL: r.url,
  };
};

// Rendering APA through the CSL processor takes milliseconds per record; every record of a release
// differs only in its title and address, so the processor renders one record with placeholders per
// release and date, and each citation fills them in.
const TITLE = 'TITLE\u2060PLACEHOLDER';
const URL_MARK = 'https://placeholder.invalid/url';
const apaTemplates = new Map<string, string>();
/** Straight quotes as the CSL processor prints them in a title: curly pairs, and ’ for an apostrophe. */
const typographicQuotes = (s: string) => s.replace(/"([^"]*)"/g, '“$1”').replace(/'/g, '’');
function apa(r: CitedRecord): string {
  const key = `${r.version} ${r.date}`;
  if (!apaTemplates.has(key)) {
    const rendered = new Cite(cslItem({ ...r, id: 'template', title: TITLE, url: URL_MARK })).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });
    apaTemplates.set(key, rendered.trim());
  }
  return apaTemplates.get(key)!.replace(TITLE, () => typographicQuotes(r.title)).replace(URL_MARK, () => r.url);
}

export function citation(r: CitedRecord): Citation {
  const csl = cslItem(r);
  const cite = new Cite(csl);
  return {
    apa: apa(r),
    // The entry is keyed by the record's own id (unique), and carries its release as version.
    bibtex: (cite.format('bibtex') as string).trim()
      .replace(/^@(\w+)\{[^,]*,/, (_, type: string) => `@${type}{${r.id.replace(/[^\w-]/g, '_')},`)
      .replace(/\n\}$/, `\n\tversion = {${r.version}},\n}`),
    ris: (cite.format('ris') as string).trim(),
    csl: JSON.stringify([csl], null, 2),
  };
}
