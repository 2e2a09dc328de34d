// /data/questions/<question_id><csvSuffix>.csv: one question's row of the answers table, every place,
// as a chart's CSV is (no suffix: headed by the column names; .zh: headed in Chinese).
import type { APIRoute } from 'astro';
import Papa from 'papaparse';
import { site } from '../../../site/data.ts';
import { LOCALES, DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import { answerRows } from '../../../model/explorer.ts';
import { ANSWER_COLUMNS } from '../../../schema/answers.ts';
import { describeTable } from '../../../schema/dictionary.ts';
import { answersTable } from '../../../schema/answers.ts';
import type { Table } from '../../../schema/table.ts';
import { shardOf } from '../../../site/pageShard.ts';

export function getStaticPaths() {
  return shardOf(LOCALES.flatMap((locale) => site.codebook.map((q) => ({
    params: { file: `${q.question_id}${locale.csvSuffix}.csv` },
    props: { question: q.question_id, chinese: locale.id !== DEFAULT_LOCALE.id && locale.data === 'zh' },
  }))));
}

export const GET: APIRoute = ({ props }) => {
  const columns = describeTable(answersTable as unknown as Table).columns;
  const header = props.chinese ? ANSWER_COLUMNS.map((c) => columns.find((x) => x.name === c)!.title_zh) : [...ANSWER_COLUMNS];
  const rows = answerRows(site, props.question);
  const csv = Papa.unparse({ fields: header, data: rows.map((r) => ANSWER_COLUMNS.map((c) => r[c])) }, { newline: '\n' }) + '\n';
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
