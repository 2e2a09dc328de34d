// /data/charts/<chart_id><csvSuffix>.csv: exactly the rows drawn, with headings in each locale
// (no suffix for the default locale, .zh for Chinese: see src/i18n/locales.ts).
import type { APIRoute } from 'astro';
import { site } from '../../../site/data.ts';
import { charts } from '../../../charts/catalog.ts';
import { chartCsv } from '../../../charts/csv.ts';
import { LOCALES } from '../../../i18n/locales.ts';
import { contextOf } from '../../../site/context.ts';

export function getStaticPaths() {
  return LOCALES.flatMap((locale) =>
    charts(site, contextOf(locale.id)).map((spec) => ({ params: { file: `${spec.chart_id}${locale.csvSuffix}.csv` }, props: { spec } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
