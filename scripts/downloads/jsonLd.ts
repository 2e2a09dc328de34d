// schema.org Dataset metadata for the data page in every language, so dataset search engines find
// the release: written into the built pages as a JSON-LD block (data, not code: the pages' CSP
// forbids inline scripts, and this one is never run). Addresses are absolute when the site's is known.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Region } from '../../src/schema/index.ts';
import { LOCALES } from '../../src/i18n/locales.ts';
import { DATA_LICENSE, DATAPACKAGE_FILE, PUBLISHER } from '../../src/site/downloads.ts';
import { releaseDate } from '../data/releases.ts';
import { KEYWORDS, datasetAbstract, datasetTitle } from './citationFiles.ts';

export interface JsonLdInput {
  version: string;
  regions: Pick<Region, 'name_en' | 'name_zh'>[];
  documents: Pick<Document, 'period_start' | 'period_end'>[];
  /** Files of the release, from the data folder: [path, encodingFormat]. */
  files: [string, string][];
  /** The site's root: absolute when its address is known, else the path it is served under. */
  root: string;
}

export function datasetJsonLd(i: JsonLdInput): Record<string, unknown> {
  const at = (path: string) => `${i.root}${path}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: datasetTitle(i),
    description: datasetAbstract(i),
    url: at('data/'),
    license: DATA_LICENSE.path,
    creator: { '@type': 'Organization', name: PUBLISHER },
    version: i.version,
    datePublished: releaseDate(i.version),
    keywords: KEYWORDS,
    inLanguage: ['zh-CN', 'en'],
    spatialCoverage: { '@type': 'Place', name: `China: ${i.regions.map((r) => `${r.name_en} (${r.name_zh})`).join(', ')}` },
    temporalCoverage: `${Math.min(...i.documents.map((d) => d.period_start))}/${Math.max(...i.documents.map((d) => d.period_end))}`,
    distribution: i.files.map(([path, encodingFormat]) => ({ '@type': 'DataDownload', contentUrl: at(`data/${path}`), encodingFormat })),
  };
}

const FORMATS: Record<string, string> = { csv: 'text/csv', json: 'application/json', zip: 'application/zip' };

/** The release's downloads a dataset search engine should know: the zip, every table and datapackage.json. */
export const releaseFiles = (zip: string, tableFiles: readonly string[]): [string, string][] =>
  [zip, ...tableFiles, DATAPACKAGE_FILE].map((f) => [f, FORMATS[f.split('.').at(-1)!] ?? 'application/octet-stream']);

/** The block as it sits in HTML: `<` escaped, so no text of the data can close the element. */
export const jsonLdScript = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;

/** Writes the block into the head of each language's data page of a build folder. */
export function addDatasetJsonLd(out: string, data: Record<string, unknown>) {
  for (const locale of LOCALES) {
    const page = join(out, locale.prefix, 'data', 'index.html');
    const html = readFileSync(page, 'utf8');
    writeFileSync(page, html.replace('</head>', `${jsonLdScript(data)}</head>`));
  }
}
