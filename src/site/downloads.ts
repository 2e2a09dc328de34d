// Names and words shared by the download files (scripts/downloads/) and the pages that link them.
// No import.meta here: the build scripts import it under plain Node.
import { englishWords } from '../i18n/messages.ts';
import type { DataLang } from '../i18n/locales.ts';

export const DATA_LICENSE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' } as const;
export const PUBLISHER = 'Shuangchuang Compare (双创对照)';

/** `measures.csv` → `measures.excel.csv`, the copy with a BOM and formula-like cells neutralised. */
export const excelFileOf = (file: string) => file.replace(/\.csv$/, '.excel.csv');
/** The language the tables' columns are named in: the curated files are headed by those names. */
export const HEADER_LANG: DataLang = 'en';
/**
 * `measures.csv` → `measures.zh.csv`: the table headed in one of the data languages (by the schemas'
 * title_zh for Chinese); in the language the columns are named in, the table as curated.
 */
export const tableFileIn = (file: string, lang: DataLang) => (lang === HEADER_LANG ? file : file.replace(/\.csv$/, `.${lang}.csv`));
export const zipFileOf = (version: string) => `shuangchuang-data-${version}.zip`;
export const DICTIONARY_FILE = 'data-dictionary.md';
export const DATAPACKAGE_FILE = 'datapackage.json';
export const CHANGELOG_FILE = 'CHANGELOG.md';
/** The Atom feed of corrections, in the downloads folder (written only when the site's address is known). */
export const FEED_FILE = 'corrections.xml';

/** Releases are named by date (2026.11.22): the year of a release is its first part. */
export const releaseYear = (version: string) => version.split('.')[0];

/** Names in English prose: 'A, B and C'. */
export const englishList = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** How to cite a release, the same on the data page, in every README and in CITATION.cff; the count of places comes from the data. */
export const citation = (version: string, places: number) =>
  `${PUBLISHER} (${releaseYear(version)}). Shuangchuang Compare: commitments of ${englishWords().countWord({ n: places })} Chinese places on mass entrepreneurship and innovation, coded figure by figure. Data release ${version}. Licensed CC BY 4.0.`;

/** Every place's answer to every question of the codebook (derived), in the downloads beside the tables. */
export const ANSWERS_FILE = 'answers.csv';
/** One question's row of answers, as a chart's CSV is: `data/questions/<id><suffix>.csv`. */
export const questionCsvPath = (questionId: string, csvSuffix: string) => `data/questions/${questionId}${csvSuffix}.csv`;
