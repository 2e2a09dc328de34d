// The data dictionary as markdown, for the zip and /data/data-dictionary.md.
import type { DictionaryTable } from '../../src/schema/dictionary.ts';
import { zhFileOf } from './translated.ts';

// A markdown table cell: pipes escaped, line breaks folded, so a description cannot break the table.
const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (s: string) => (s === '' ? '' : `\`${s.replace(/`/g, 'ˋ')}\``);

export function dictionaryMarkdown(version: string, tables: DictionaryTable[]): string {
  const out: string[] = [
    `# Data dictionary: Shuangchuang Compare data ${version}`,
    '',
    'Every table is UTF-8 CSV (RFC 4180 quoting, LF line endings, no BOM) with a header row. An empty cell means the value is absent.',
    'Numbers are plain (`1000`, `4.3`); lists are `;`-separated; booleans are `true` or `false`.',
    'Offsets count characters (Unicode code points as JavaScript strings index them) of the clean text, from 0.',
    `Each table is also published headed in Chinese (for example \`${zhFileOf(tables[0].file)}\`): the same rows under the headers of the column “Chinese header”.`,
    '',
    ...tables.map((t) => `- [${t.title}](#${t.name}) (\`${t.file}\`)`),
    '',
  ];
  for (const t of tables) {
    out.push(`<a id="${t.name}"></a>`, '', `## ${t.title} (\`${t.file}\`)`, '', t.description, '');
    out.push(`Primary key: ${t.key.map(code).join(' + ')}`, '');
    out.push('| Column | Chinese header | Type | Required | Allowed values | Example | Description |', '|---|---|---|---|---|---|---|');
    for (const c of t.columns) {
      const description = c.references ? `${c.description} References \`${c.references}\`.` : c.description;
      out.push(`| ${code(c.name)} | ${cell(c.title_zh)} | ${c.type} | ${c.required ? 'yes' : 'no'} | ${cell((c.values ?? []).join(', '))} | ${cell(code(c.example))} | ${cell(description)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
