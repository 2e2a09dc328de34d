// README.md of the downloads: what the release holds, how to cite it, its licence.
import type { DictionaryTable } from '../../src/schema/dictionary.ts';
import { citation, englishList, CHANGELOG_FILE, DATAPACKAGE_FILE, DATA_LICENSE, DICTIONARY_FILE, excelFileOf } from '../../src/site/downloads.ts';
import { englishWords } from '../../src/i18n/messages.ts';
import { zhFileOf } from './translated.ts';

export interface ReleaseContents { version: string; tables: DictionaryTable[]; rowCounts: Record<string, number>; texts: string[]; /** English names of the places, in their order. */ places: string[] }

export function readme({ version, tables, rowCounts, texts, places }: ReleaseContents): string {
  return [
    `# Shuangchuang Compare (双创对照) data, release ${version}`,
    '',
    `What ${englishWords().countWord({ n: places.length })} Chinese places — ${englishList(places)} —`,
    'committed to for “mass entrepreneurship and innovation” (大众创业、万众创新), coded item by item and figure',
    'by figure. Every figure is pinned to its sentence by character offsets in the clean source texts.',
    '',
    `Release: **${version}** (releases are named by date; see ${CHANGELOG_FILE}).`,
    '',
    '## How to cite',
    '',
    `> ${citation(version, places.length)}`,
    '',
    '## Licence',
    '',
    `The data (the tables, ${DATAPACKAGE_FILE} and ${DICTIONARY_FILE}) is licensed under ${DATA_LICENSE.title} (${DATA_LICENSE.name}),`,
    `${DATA_LICENSE.path} — see LICENSE.txt. The source texts in sources/ are official documents published`,
    'for the public by Chinese state organs; they are included unchanged (raw) and cleaned (clean).',
    '',
    '## Files',
    '',
    '| File | Rows | What it is |',
    '|---|---:|---|',
    ...tables.map((t) => `| ${t.file} | ${rowCounts[t.name]} | ${t.title}: ${t.description.replace(/\|/g, '\\|')} |`),
    '',
    `Each table is UTF-8 CSV as RFC 4180 describes it but with LF line endings (not CRLF), no BOM, exactly as curated.`,
    `\`<table>.excel.csv\` (for example \`${excelFileOf(tables[0].file)}\`) is a copy for spreadsheets: UTF-8 with a BOM,`,
    'CRLF line endings, and text cells that begin with',
    "`=`, `+`, `-`, `@`, a tab or a carriage return prefixed with `'` so that they cannot run as formulas.",
    `\`<table>.zh.csv\` and \`<table>.zh.excel.csv\` (for example \`${zhFileOf(tables[0].file)}\`) are the same two files headed in Chinese:`,
    `the same rows, the headers listed in ${DICTIONARY_FILE} as “Chinese header”.`,
    '',
    `- ${DICTIONARY_FILE}: every column of every table — type, whether required, allowed values, an example.`,
    `- ${DATAPACKAGE_FILE}: the same as a Frictionless Data Package (field types, constraints, primary and foreign keys).`,
    `- ${CHANGELOG_FILE}: what each release changed.`,
    '- CURATION.md: how the texts were cleaned and how items and figures were coded (ranges, 左右/以上, 万/亿, periods, measure, scope and definition); CURATION.zh.md: the same in Chinese.',
    `- sources/raw/ and sources/clean/: the ${texts.length / 2} source texts as collected and as cleaned; offsets refer to the clean texts.`,
    '',
    '## Reporting an error',
    '',
    'Tell us the file, the id of the row (its first column) and the column, what you think is wrong, and the',
    'sentence of the source text that shows it. Corrections are published in a new dated release and listed',
    `in ${CHANGELOG_FILE}.`,
    '',
  ].join('\n');
}

export const LICENSE_TEXT = `The data in this folder (every .csv file, ${DATAPACKAGE_FILE} and ${DICTIONARY_FILE}) by
Shuangchuang Compare (双创对照) is licensed under the ${DATA_LICENSE.title} licence (${DATA_LICENSE.name}).

You are free to share and adapt it for any purpose, even commercially, provided you give appropriate
credit, link to the licence and indicate if changes were made. The licence text:
${DATA_LICENSE.path}legalcode

The texts in sources/ are official documents of Chinese state organs, published for the public; they are
not covered by this licence.
`;
