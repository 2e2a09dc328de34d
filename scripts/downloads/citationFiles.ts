// CITATION.cff and .zenodo.json of a release, generated from the data (places, documents, version,
// date) so that neither types a count or a date. The build puts both in the zip and beside it; the
// copies at the project's root (read by code hosts and archives) are rewritten by npm run changelog.
import type { Document, Region } from '../../src/schema/index.ts';
import { DATA_LICENSE, PUBLISHER } from '../../src/site/downloads.ts';
import { releaseDate } from '../data/releases.ts';

export const CITATION_FILE = 'CITATION.cff';
export const ZENODO_FILE = '.zenodo.json';

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A count as English prose writes it: words up to twelve, digits beyond. */
export const countInWords = (n: number) => WORDS[n] ?? String(n);
const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);
const listed = (names: string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

export interface CitationInput {
  version: string;
  regions: Pick<Region, 'name_en'>[];
  /** source_url, where a document records the address it was collected from. */
  documents: (Pick<Document, 'period_start' | 'period_end'> & { source_url?: string })[];
  /** The site's address, when known at build time: the dataset's landing page is its data page. */
  site?: URL;
}

export const datasetTitle = ({ regions }: Pick<CitationInput, 'regions'>) =>
  `Shuangchuang Compare: commitments of ${countInWords(regions.length)} Chinese places on mass entrepreneurship and innovation, coded figure by figure`;

export const datasetAbstract = ({ regions, documents }: CitationInput) =>
  `${capitalised(countInWords(documents.length))} official documents on mass entrepreneurship and innovation (双创) from ${listed(regions.map((r) => r.name_en))}: every item and figure coded and pinned to its sentence in the source texts.`;

export const KEYWORDS = ['China', 'mass entrepreneurship and innovation', 'public policy', 'government documents'];
const quoted = (s: string) => JSON.stringify(s); // a YAML double-quoted scalar is a JSON string

export function citationCff(input: CitationInput): string {
  return [
    'cff-version: 1.2.0',
    `message: ${quoted(`If you use this data, please cite it as below. The data is licensed ${DATA_LICENSE.name.replace(/-/g, ' ')}.`)}`,
    'type: dataset',
    `title: ${quoted(datasetTitle(input))}`,
    `abstract: ${quoted(datasetAbstract(input))}`,
    'authors:',
    `  - name: ${quoted(PUBLISHER)}`,
    `version: ${quoted(input.version)}`,
    `date-released: ${quoted(releaseDate(input.version))}`,
    `license: ${DATA_LICENSE.name}`,
    'keywords:',
    ...KEYWORDS.map((k) => `  - ${k}`),
    '',
  ].join('\n');
}

export function zenodoJson(input: CitationInput): string {
  const years = input.documents.flatMap((d) => [d.period_start, d.period_end]);
  return `${JSON.stringify({
    title: datasetTitle(input),
    description: datasetAbstract(input),
    upload_type: 'dataset',
    creators: [{ name: PUBLISHER }],
    license: DATA_LICENSE.name.toLowerCase(),
    version: input.version,
    publication_date: releaseDate(input.version),
    keywords: KEYWORDS,
    language: 'zho',
    related_identifiers: [
      ...(input.site ? [{ relation: 'isSupplementTo', identifier: new URL('data/', input.site).href, resource_type: 'dataset' }] : []),
      ...input.documents.flatMap((d) => (d.source_url ? [{ relation: 'isDerivedFrom', identifier: d.source_url, resource_type: 'publication-other' }] : [])),
    ],
    notes: `Texts dated ${Math.min(...years)}–${Math.max(...years)}; figures in Chinese with English translations.`,
  }, null, 2)}\n`;
}
