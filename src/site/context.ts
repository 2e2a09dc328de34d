// What a page knows about its locale: its words, links, number and date formats, the places in
// their order, and lookups by id. Every route file builds its pages from one of these, so no page
// compares language codes or searches the site data itself.
import { site } from './data.ts';
import { href, asset } from './paths.ts';
import { LOCALES, localeOf, pick, type Lang, type Locale } from '../i18n/locales.ts';
import { wordsOf, type Words } from '../i18n/words.ts';
import { formatNumber } from '../charts/format.ts';
import type { Document, Metric, Region, Theme } from '../schema/index.ts';
import type { DocumentText } from '../model/site.ts';
import { onceShard, shardOf } from './pageShard.ts';

/** A place with its document and its names in the page's language. */
export interface Place { id: string; region: Region; doc: Document; name: string; short: string }

export interface PageContext {
  lang: Lang;
  locale: Locale;
  /** The interface words of the locale. */
  s: Words;
  href: (path?: string) => string;
  asset: (path: string) => string;
  /** A chart's CSV in this locale's headings. */
  chartCsv: (chartId: string) => string;
  /** A bilingual column of a data row in the locale's data language. */
  pick: (row: object, field: string) => string;
  number: (value: number) => string;
  /** An ISO date (2015-04-16) as the locale writes it; a year alone stays as it is. */
  date: (isoDateOrYear: string) => string;
  places: Place[];
  place: (regionId: string) => Place;
  placeOfDoc: (docId: string) => Place;
  metric: (metricId: string) => Metric;
  theme: (themeId: string) => Theme;
  /** The clean and raw text of a document, with its edits and sentences. */
  textOf: (docId: string) => DocumentText;
  /** Every other locale, with its words, for the language switch and hreflang links. */
  others: { locale: Locale; s: Words }[];
}

const byId = <T, K extends keyof T>(rows: readonly T[], key: K, what: string) => {
  const map = new Map(rows.map((r) => [String(r[key]), r]));
  return (id: string): T => {
    const row = map.get(id);
    if (!row) throw new Error(`no ${what} "${id}" in the site data`);
    return row;
  };
};

const contexts = new Map<string, PageContext>();

export function contextOf(lang: Lang | string): PageContext {
  const cached = contexts.get(lang);
  if (cached) return cached;
  const locale = localeOf(lang);
  const s = wordsOf(lang);
  const dates = new Intl.DateTimeFormat(locale.intl, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const places: Place[] = site.regions.map((region) => {
    const doc = site.documents.find((d) => d.region_id === region.region_id);
    if (!doc) throw new Error(`place "${region.region_id}" has no document`);
    return { id: region.region_id, region, doc, name: pick(region, 'name', locale.data), short: pick(region, 'short', locale.data) };
  });
  const place = byId(places, 'id', 'place');
  const placeByDoc = new Map(places.map((p) => [p.doc.doc_id, p]));
  const ctx: PageContext = {
    lang: locale.id as Lang,
    locale,
    s,
    href: (path = '') => href(locale, path),
    asset,
    chartCsv: (chartId) => asset(`data/charts/${chartId}${locale.csvSuffix}.csv`),
    pick: (row, field) => pick(row, field, locale.data),
    number: (value) => formatNumber(value, locale),
    date: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? dates.format(new Date(`${iso}T00:00:00Z`)) : iso),
    places,
    place,
    placeOfDoc: (docId) => {
      const p = placeByDoc.get(docId);
      if (!p) throw new Error(`no place for document "${docId}"`);
      return p;
    },
    metric: byId(site.metrics, 'metric_id', 'metric'),
    theme: byId(site.themes, 'theme_id', 'theme'),
    textOf: byId(site.texts, 'doc_id', 'text'),
    others: LOCALES.filter((l) => l.id !== locale.id).map((l) => ({ locale: l, s: wordsOf(l.id) })),
  };
  contexts.set(lang, ctx);
  return ctx;
}

const everyLocale = () =>
  LOCALES.map((l) => ({ params: { lang: l.prefix.replace(/\/$/, '') || undefined }, props: { lang: l.id as Lang } }));

/** getStaticPaths of a page that exists once per locale: [...lang] is empty for the default locale. */
export const localePaths = () => onceShard(everyLocale());

/** getStaticPaths of a page per locale and id (a region, a theme, a chart), dealt out among the build's page shards. */
export const localeIdPaths = <K extends string, P extends object = object>(param: K, items: (lang: Lang) => { id: string; props?: P }[]) =>
  shardOf(everyLocale().flatMap(({ params, props }) =>
    items(props.lang).map((item) => ({ params: { ...params, [param]: item.id } as { lang: string | undefined } & Record<K, string>, props: { ...props, ...(item.props ?? ({} as P)) } }))));
