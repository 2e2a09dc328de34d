// One figure or item cited as a dataset record: APA text, BibTeX, RIS and CSL-JSON, written at build
// time (never shipped to the browser). APA comes from citation-js's CSL processor; BibTeX and RIS
// are written here, because a title holds data cells: citation-js leaves a } in a BibTeX value
// unescaped (it closes the field, and the rest of the title becomes fields of its own) and wraps RIS
// lines (a strict reader fails the record on a wrapped line, and a line break starts a new tag).
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Citation } from '../../src/model/receipts.ts';

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

/** One line of text: line breaks, tabs and other control characters become spaces. */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '{\\textbackslash}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
  '~': '{\\textasciitilde}', '^': '{\\textasciicircum}', '<': '{\\textless}', '>': '{\\textgreater}',
};
/**
 * A value as BibTeX and LaTeX read it back unchanged: braces and LaTeX's special characters escaped
 * (so every brace is balanced and no value can close its field), and the ligatures -- '' `` ?` !`
 * broken with {} (a reader would turn them into dashes and curly quotes).
 */
export const bibtexValue = (s: string) =>
  oneLine(s).replace(/[\\{}&%$#_~^<>]/g, (ch) => BIBTEX_ESCAPES[ch]).replace(/[-'`?!](?=[-'`])/g, '$&{}');

/** A url field is read verbatim, braces apart: a brace, backslash or space in it is percent-encoded. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/g, (ch) => encodeURIComponent(ch));

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A BibTeX entry keyed by the record's own id (unique), carrying its release as version; the title in double braces keeps its case. */
export function bibtex(r: CitedRecord): string {
  const [year, month] = r.date.split('-').map(Number);
  const fields: [string, string][] = [
    ['author', `{${bibtexValue(SITE_NAME)}}`], ['title', `{${bibtexValue(r.title)}}`], ['publisher', bibtexValue(SITE_NAME)],
    ['year', String(year)], ['month', MONTHS[month - 1]], ['url', bibtexUrl(r.url)], ['version', bibtexValue(r.version)],
  ];
  const field = ([name, value]: [string, string]) => (name === 'month' ? `\t${name} = ${value},` : `\t${name} = {${value}},`);
  return [`@misc{${r.id.replace(/[^\w-]/g, '_')},`, ...fields.map(field), '}'].join('\n');
}

/** A RIS record: one line per tag, never wrapped (a strict reader fails a record on a continued line). */
export function ris(r: CitedRecord): string {
  const [year, month, day] = r.date.split('-');
  const tags: [string, string][] = [
    ['TY', 'DATA'], ['AU', SITE_NAME], ['DA', `${year}/${month}/${day}/`], ['PY', year], ['ET', r.version], ['ID', r.id],
    ['PB', SITE_NAME], ['TI', r.title], ['UR', r.url],
  ];
  return [...tags.map(([tag, value]) => `${tag}  - ${oneLine(value).trim()}`), 'ER  - '].join('\n');
}

export function citation(r: CitedRecord): Citation {
  return { apa: apa(r), bibtex: bibtex(r), ris: ris(r), csl: JSON.stringify([cslItem(r)], null, 2) };
}
