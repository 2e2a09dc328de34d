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

export function citation(r: CitedRecord): Citation {
  const [year, month, day] = r.date.split('-').map(Number);
  const csl = {
    id: r.id, type: 'dataset', title: r.title, author: [{ literal: SITE_NAME }], publisher: SITE_NAME,
    issued: { 'date-parts': [[year, month, day]] }, version: r.version, URL: r.url,
  };
  const cite = new Cite(csl);
  return {
    apa: (cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string).trim(),
    // The entry is keyed by the record's own id (unique), and carries its release as version.
    bibtex: (cite.format('bibtex') as string).trim()
      .replace(/^@(\w+)\{[^,]*,/, (_, type: string) => `@${type}{${r.id.replace(/[^\w-]/g, '_')},`)
      .replace(/\n\}$/, `\n\tversion = {${r.version}},\n}`),
    ris: (cite.format('ris') as string).trim(),
    csl: JSON.stringify([csl], null, 2),
  };
}
