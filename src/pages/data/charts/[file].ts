// /data/charts/<chart_id><csvSuffix>.csv: exactly the rows drawn, in each locale (no suffix for the
// default locale, headed by the stable keys scripts read; .zh for Chinese, headed in Chinese: see
// src/i18n/locales.ts).
import type { APIRoute } from 'astro';
import { site } from '../../../site/data.ts';
import { charts } from '../../../charts/catalog.ts';
import { chartCsv } from '../../../charts/csv.ts';
import { DEFAULT_LOCALE, LOCALES } from '../../../i18n/locales.ts';
import { contextOf } from '../../../site/context.ts';
import { shardOf } from '../../../site/pageShard.ts';

export function getStaticPaths() {
  return shardOf(LOCALES.flatMap((locale) =>
    charts(site, contextOf(locale.id)).map((spec) => ({ params: { file: `${spec.chart_id}${locale.csvSuffix}.csv` }, props: { spec, headings: locale.id === DEFAULT_LOCALE.id ? 'keys' : 'labels' } as const })),
  ));
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.spec, props.headings), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
