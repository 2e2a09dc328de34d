// datapackage.json (Frictionless Data Package v1) generated from the schemas: one tabular resource
// per table with its fields, constraints, primary key and foreign keys, plus the source texts; then
// every other copy of a table (for spreadsheets, headed in Chinese), each its own tabular resource.
//
// A Frictionless reader matches the header row to the field names (frictionless-py reports any other
// label as incorrect-label), so the Chinese copies declare the same fields under their Chinese
// headers (the schemas' title_zh), each naming its English column in its description, and their keys
// point at the Chinese copies.
import { derivedDictionary, type DictionaryColumn, type DictionaryTable } from '../../src/schema/dictionary.ts';
import type { Document } from '../../src/schema/index.ts';
import { DATA_LICENSE, PUBLISHER } from '../../src/site/downloads.ts';
import { englishWords } from '../../src/i18n/messages.ts';
import { zhFileOf } from './translated.ts';

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

type Field = Record<string, unknown> & { name: string; type: string };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words a copy of a table declares its fields in: English under the column names, or Chinese under title_zh. */
type Language = 'en' | 'zh';

function field(column: DictionaryColumn, language: Language = 'en'): Field {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  const f: Field = language === 'en'
    ? { name: column.name, type: 'string', description: column.description }
    : { name: column.title_zh, type: 'string', description: column.description_zh };
  if (column.example) f.example = column.example;
  switch (column.type) {
    case 'integer': case 'number': f.type = column.type; break;
    case 'boolean': f.type = 'boolean'; f.trueValues = ['true']; f.falseValues = ['false']; break;
    case 'date':
      // An ISO date or, when only the year is known, a year: neither Frictionless date nor year alone.
      constraints.pattern = '\\d{4}(-\\d{2}-\\d{2})?';
      break;
    case 'list': {
      f.description = language === 'en' ? `${column.description} (a \`;\`-separated list)` : `${column.description_zh}（以 \`;\` 分隔的列表）`;
      if (column.values) {
        const item = `(${column.values.map(escapeRegex).join('|')})`;
        constraints.pattern = `${item}(;${item})*`;
      }
      break;
    }
    case 'string':
      if (column.values) constraints.enum = [...column.values];
      break;
  }
  if (column.minimum !== undefined) constraints.minimum = column.minimum;
  if (column.maximum !== undefined) constraints.maximum = column.maximum;
  if (column.pattern !== undefined && constraints.pattern === undefined) constraints.pattern = column.pattern;
  if (Object.keys(constraints).length) f.constraints = constraints;
  if (language === 'zh') f.description = `${f.description}英文版的列名：${column.name}。`;
  return f;
}

/** How one copy of the tables is declared: its file, resource name and field names, from the table's. */
interface Copy {
  language: Language;
  path: (t: DictionaryTable) => string;
  resource: (name: string) => string;
}
const CURATED: Copy = { language: 'en', path: (t) => t.file, resource: (name) => name };

const nameIn = (language: Language, table: DictionaryTable, column: string) =>
  language === 'en' ? column : table.columns.find((c) => c.name === column)!.title_zh;

function foreignKeys(table: DictionaryTable, all: DictionaryTable[], copy: Copy = CURATED) {
  return table.columns.flatMap((c) => {
    if (!c.references) return [];
    const target = all.find((t) => t.name === c.references);
    if (!target) throw new Error(`${table.name}.${c.name} references ${c.references}, which is not a table`);
    // A `;` list holds several ids in one cell: Frictionless cannot express that; the field says so.
    if (c.type === 'list' || target.key.length !== 1) return [];
    return [{ fields: nameIn(copy.language, table, c.name), reference: { resource: target.name === table.name ? '' : copy.resource(target.name), fields: nameIn(copy.language, target, target.key[0]) } }];
  });
}

// Every copy but the curated one, after the resources earlier releases declared, which stay as they were.
// The Excel copies (a byte-order mark, formula-like cells prefixed with ') stay in the folder and the
// zip for spreadsheets, but are not declared: they are the same tables, and a Frictionless reader
// takes a declared utf-8 file's byte-order mark as part of its first header.
const COPIES: (Copy & { title: (t: DictionaryTable) => string; description: (t: DictionaryTable) => string; lineTerminator: string })[] = [
  { language: 'zh', path: (t) => zhFileOf(t.file), resource: (name) => `${name}-zh`, title: (t) => `${t.title_zh}，中文表头`, description: (t) => `${t.description_zh}与 ${t.file} 的各行逐字节相同，只是表头为中文；每个字段的说明列出其英文列名。`, lineTerminator: '\n' },
];

/** The copies a derived table comes in: as the build writes it, and headed in Chinese. */
const DERIVED_COPIES: (Copy & { title: (t: DictionaryTable) => string; description: (t: DictionaryTable) => string })[] = [
  { ...CURATED, title: (t) => t.title, description: (t) => t.description },
  { language: 'zh', path: (t) => zhFileOf(t.file), resource: (name) => `${name}-zh`, title: (t) => `${t.title_zh}，中文表头`, description: (t) => `${t.description_zh}与 ${t.file} 的各行相同，只是表头为中文；每个字段的说明列出其英文列名。` },
];

/**
 * `derived`: tables the build derives (the answers), declared after every resource earlier releases
 * declared, their keys pointing at the curated tables of the same copy.
 */
export function dataPackage(version: string, tables: DictionaryTable[], documents: readonly Document[], derived: DictionaryTable[] = derivedDictionary()) {
  return {
    profile: 'data-package',
    name: 'shuangchuang-compare',
    title: `Shuangchuang Compare (双创对照): commitments of ${englishWords().countWord({ n: new Set(documents.map((d) => d.region_id)).size })} Chinese places on mass entrepreneurship and innovation`,
    description: `${capitalised(englishWords().countWord({ n: documents.length }))} official documents on mass entrepreneurship and innovation (双创), every item and every figure coded and pinned to its sentence by character offsets in the clean texts.`,
    version,
    licenses: [{ ...DATA_LICENSE }],
    contributors: [{ title: PUBLISHER, role: 'author' }],
    sources: documents.map((d) => ({ title: `${d.title_zh} (${d.title_en})`, path: d.raw_file })),
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        path: t.file,
        profile: 'tabular-data-resource',
        title: t.title,
        description: t.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
        schema: {
          fields: t.columns.map((c) => field(c)),
          missingValues: [''],
          primaryKey: t.key.length === 1 ? t.key[0] : [...t.key],
          ...(foreignKeys(t, tables).length ? { foreignKeys: foreignKeys(t, tables) } : {}),
        },
      })),
      ...documents.flatMap((d) => [
        { name: `${d.doc_id}-raw`, path: d.raw_file, title: `${d.title_en}: text as collected`, format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' },
        { name: `${d.doc_id}-clean`, path: d.clean_file, title: `${d.title_en}: clean text (offsets count characters of this file)`, format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' },
      ]),
      ...tables.flatMap((t) => COPIES.map((copy) => ({
        name: copy.resource(t.name),
        path: copy.path(t),
        profile: 'tabular-data-resource',
        title: copy.title(t),
        description: copy.description(t),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: copy.lineTerminator },
        schema: {
          fields: t.columns.map((c) => field(c, copy.language)),
          missingValues: [''],
          primaryKey: t.key.length === 1 ? nameIn(copy.language, t, t.key[0]) : t.key.map((k) => nameIn(copy.language, t, k)),
          ...(foreignKeys(t, tables, copy).length ? { foreignKeys: foreignKeys(t, tables, copy) } : {}),
        },
      }))),
      ...derived.flatMap((t) => DERIVED_COPIES.map((copy) => ({
        name: copy.resource(t.name),
        path: copy.path(t),
        profile: 'tabular-data-resource',
        title: copy.title(t),
        description: copy.description(t),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' },
        schema: {
          fields: t.columns.map((c) => field(c, copy.language)),
          missingValues: [''],
          primaryKey: t.key.map((k) => nameIn(copy.language, t, k)),
          ...(foreignKeys(t, [...tables, t], copy).length ? { foreignKeys: foreignKeys(t, [...tables, t], copy) } : {}),
        },
      }))),
    ],
  };
}
