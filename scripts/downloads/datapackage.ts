// datapackage.json (Frictionless Data Package v1) generated from the schemas: one tabular resource
// per table with its fields, constraints, primary key and foreign keys, plus the source texts.
import type { DictionaryColumn, DictionaryTable } from '../../src/schema/dictionary.ts';
import type { Document } from '../../src/schema/index.ts';
import { DATA_LICENSE, PUBLISHER } from '../../src/site/downloads.ts';
import en from '../../src/i18n/words/en.ts';

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

type Field = Record<string, unknown> & { name: string; type: string };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function field(column: DictionaryColumn): Field {
  const constraints: Record<string, unknown> = {};
  if (column.required) constraints.required = true;
  const f: Field = { name: column.name, type: 'string', description: column.description };
  if (column.example) f.example = column.example;
  switch (column.type) {
    case 'integer': case 'number': f.type = column.type; break;
    case 'boolean': f.type = 'boolean'; f.trueValues = ['true']; f.falseValues = ['false']; break;
    case 'date':
      // An ISO date or, when only the year is known, a year: neither Frictionless date nor year alone.
      constraints.pattern = '\\d{4}(-\\d{2}-\\d{2})?';
      break;
    case 'list': {
      f.description = `${column.description} (a \`;\`-separated list)`;
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
  return f;
}

function foreignKeys(table: DictionaryTable, all: DictionaryTable[]) {
  return table.columns.flatMap((c) => {
    if (!c.references) return [];
    const target = all.find((t) => t.name === c.references);
    if (!target) throw new Error(`${table.name}.${c.name} references ${c.references}, which is not a table`);
    // A `;` list holds several ids in one cell: Frictionless cannot express that; the field says so.
    if (c.type === 'list' || target.key.length !== 1) return [];
    return [{ fields: c.name, reference: { resource: target.name === table.name ? '' : target.name, fields: target.key[0] } }];
  });
}

export function dataPackage(version: string, tables: DictionaryTable[], documents: readonly Document[]) {
  return {
    profile: 'data-package',
    name: 'shuangchuang-compare',
    title: `Shuangchuang Compare (双创对照): commitments of ${en.countWord(new Set(documents.map((d) => d.region_id)).size)} Chinese places on mass entrepreneurship and innovation`,
    description: `${capitalised(en.countWord(documents.length))} official documents on mass entrepreneurship and innovation (双创), every item and every figure coded and pinned to its sentence by character offsets in the clean texts.`,
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
          fields: t.columns.map(field),
          missingValues: [''],
          primaryKey: t.key.length === 1 ? t.key[0] : [...t.key],
          ...(foreignKeys(t, tables).length ? { foreignKeys: foreignKeys(t, tables) } : {}),
        },
      })),
      ...documents.flatMap((d) => [
        { name: `${d.doc_id}-raw`, path: d.raw_file, title: `${d.title_en}: text as collected`, format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' },
        { name: `${d.doc_id}-clean`, path: d.clean_file, title: `${d.title_en}: clean text (offsets count characters of this file)`, format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' },
      ]),
    ],
  };
}
