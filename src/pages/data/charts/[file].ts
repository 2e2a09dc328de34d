// /data/charts/<chart_id>.csv (English headers) and <chart_id>.zh.csv: exactly the rows drawn.
import type { APIRoute } from 'astro';
import { site } from '../../../site/data.ts';
import { charts } from '../../../charts/catalog.ts';
import { chartCsv } from '../../../charts/csv.ts';
import type { Lang } from '../../../i18n/strings.ts';

export function getStaticPaths() {
  return (['en', 'zh'] as Lang[]).flatMap((lang) =>
    charts(site, lang).map((spec) => ({ params: { file: `${spec.chart_id}${lang === 'zh' ? '.zh' : ''}.csv` }, props: { spec } })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(chartCsv(props.spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
