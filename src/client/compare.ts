// The compare page in the browser. The URL (places, metric, view) is the one state: the form shows
// it, and the chart, its title and subtitle, units line, table, "not compared" list, the reported
// list and the embed snippet are all redrawn from it with the chart function the build uses. Which
// rows are compared, and why not, was decided by derive; this code only filters by place.
import { parseCompareState, formatCompareState, MIN_PLACES, type CompareState } from '../site/compareState.ts';
import { formatNumber } from '../charts/format.ts';
import { asset, href } from '../site/paths.ts';
import { pageLocale, pageWords } from './locale.ts';
import type { ComparisonInput } from '../charts/comparisonChart.ts';
import type { ChartSpec } from '../charts/spec.ts';
import { receiptPath } from '../model/receipts.ts';
import { readingBeside, type ComparedFigure } from '../i18n/amounts.ts';
import { pick, SOURCE_LANG } from '../i18n/locales.ts';
import { startExplorer } from './explorer.ts';

const form = document.querySelector<HTMLFormElement>('form[data-compare]');
if (form) {
  startExplorer(form);
  // The chart's controls sit beside the chart, tied to the form by their form attribute.
  if (document.querySelector('[data-compared]')) void start(form);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}

async function start(form: HTMLFormElement) {
  const locale = pageLocale();
  const s = await pageWords();
  const compared = document.querySelector<HTMLElement>('[data-compared]')!;
  const figure = compared.querySelector<HTMLElement>('figure.chart')!;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const data: { comparisons: ComparisonInput['comparison'][]; regions: ComparisonInput['regions']; definitions: ComparisonInput['definition'][]; figures: Record<string, ComparedFigure> } =
    await (await fetch(form.dataset.src!)).json();
  const placeIds = data.regions.map((r) => r.region_id);
  const metricSelect = document.querySelector<HTMLSelectElement>('select[name=metric]')!;
  /** A figure as written, marked as Chinese on pages in another language. */
  const asWritten = <K extends 'a' | 'span'>(tag: K, text: string) => {
    const el = element(tag, 'as-written', text);
    if (locale.data !== 'zh') el.lang = SOURCE_LANG;
    return el;
  };
  const readingOf = (targetId: string) => {
    const figure = data.figures[targetId];
    return figure && readingBeside(figure, s.amounts, locale);
  };
  const metricIds = data.comparisons.map((c) => c.definition);

  const comparisonOf = (state: CompareState) => data.comparisons.find((c) => c.definition === state.metric)!;
  /** The state with a view the chosen comparison offers (a per-resident view needs two verified populations). */
  const offered = (state: CompareState): CompareState => {
    const { views } = comparisonOf(state);
    return views.includes(state.per) ? state : { ...state, per: views[0] };
  };
  const writeForm = (state: CompareState) => {
    const { views } = comparisonOf(state);
    form.querySelectorAll<HTMLInputElement>('input[name=places]').forEach((i) => { i.checked = state.places.includes(i.value); });
    form.querySelector<HTMLInputElement>('input[name=diff]')!.checked = state.diff;
    metricSelect.value = state.metric;
    document.querySelectorAll<HTMLInputElement>('input[name=per]').forEach((i) => {
      i.disabled = !views.includes(i.value as CompareState['per']);
      i.checked = i.value === state.per;
    });
  };
  const chosenPlaces = () => [...form.querySelectorAll<HTMLInputElement>('input[name=places]:checked')].map((i) => i.value);
  const readForm = (places: string[]): CompareState => {
    const per = document.querySelector<HTMLInputElement>('input[name=per]:checked')?.value ?? 'absolute';
    const diff = form.querySelector<HTMLInputElement>('input[name=diff]')!.checked ? '&diff=1' : '';
    return parseCompareState(`?places=${places.join(',')}&metric=${metricSelect.value}&per=${per}${diff}`, placeIds, metricIds);
  };

  // One heading per view the comparison offers; the page's view buttons show the one chosen (CSS).
  const drawTitles = (spec: ChartSpec) => {
    const old = [...figure.querySelectorAll<HTMLElement>('.chart-title')];
    const tag = old[0].tagName.toLowerCase() as 'h2';
    const titles = spec.views.map((v, i) => {
      const h = element(tag, `chart-title view-title view-title-${v}`, spec.titles?.[v as keyof NonNullable<ChartSpec['titles']>] ?? spec.title);
      h.dataset.view = v;
      if (i === 0) h.id = `title-${spec.chart_id}`;
      return h;
    });
    old[0].before(...titles);
    old.forEach((t) => t.remove());
    const topic = figure.querySelector<HTMLElement>('[id^="topic-"]');
    if (topic) { topic.id = `topic-${spec.chart_id}`; topic.textContent = spec.topic ?? spec.title; }
    figure.setAttribute('aria-labelledby', topic ? topic.id : titles[0].id);
  };
  const drawTable = (spec: ChartSpec) => {
    figure.querySelector('tbody')!.replaceChildren(...spec.rows.map((row) => {
      const tr = element('tr', '');
      tr.dataset.place = String(row.region_id ?? '');
      for (const c of spec.columns) {
        const v = row[c.key];
        const shown = typeof v === 'number' ? formatNumber(v, locale) : String(v ?? '');
        if (c.key === 'value_text' && row.target_id) {
          const link = asWritten('a', shown);
          link.href = href(locale, receiptPath('targets', String(row.target_id)));
          const reading = readingOf(String(row.target_id));
          tr.append(element('td', '', link, ...(reading ? [' ', element('span', 'reading', reading)] : [])));
        } else tr.append(element('td', c.numeric ? 'num' : '', shown));
      }
      return tr;
    }));
  };
  const drawNotCompared = (spec: ChartSpec) => {
    figure.querySelector('.not-compared')?.remove();
    if (!spec.notCompared?.length) return;
    const rows = data.comparisons.flatMap((c) => c.notCompared);
    const list = element('ul', '', ...spec.notCompared.map((n) => {
      // As the build lists it: on pages in another language, the figure as written marked as Chinese, with its reading.
      const row = rows.find((r) => r.target_id === n.target_id);
      const written = data.figures[n.target_id];
      const place = data.regions.find((r) => r.region_id === n.region_id);
      const reading = readingOf(n.target_id);
      const link = locale.data === 'zh' || !row || !written || !place ? element('a', '', n.text)
        : element('a', '', `${pick(place, 'name', locale.data)}${s.dataPage.colon}`, asWritten('span', written.value_text), ...(reading ? [' ', element('span', 'reading', reading)] : []), ` (${pick(row, 'definition', locale.data)})`);
      link.href = href(locale, receiptPath('targets', n.target_id));
      return element('li', '', link, `${s.dataPage.colon}${n.reason}`);
    }));
    figure.querySelector('.chart-table')!.before(element('div', 'not-compared', element('p', 'not-compared-heading', s.notComparedHeading), list));
  };
  const drawReported = (state: CompareState) => {
    document.querySelectorAll<HTMLElement>('[data-reported]').forEach((block) => {
      block.hidden = block.dataset.reported !== state.metric;
      let shown = 0;
      block.querySelectorAll<HTMLElement>('li[data-place]').forEach((li) => {
        li.hidden = !state.places.includes(li.dataset.place!);
        if (!li.hidden) shown += 1;
      });
      block.querySelector<HTMLElement>('[data-reported-none]')!.hidden = shown > 0;
    });
  };

  const draw = async (state: CompareState) => {
    const [{ comparisonChart }, { plotSvg }] = await Promise.all([import('../charts/comparisonChart.ts'), import('../charts/plotSvg.ts')]);
    const comparison = comparisonOf(state);
    const definition = data.definitions.find((d) => d.definition_id === state.metric)!;
    const subset = state.places.length < placeIds.length;
    const spec = comparisonChart({ comparison, regions: data.regions, definition, places: subset ? state.places : undefined }, { s, locale });
    const view = state.per;
    const title = spec.titles?.[view as keyof NonNullable<ChartSpec['titles']>] ?? spec.title;
    const width = Math.max(320, Math.min(720, figure.clientWidth || 720));
    const svg = plotSvg(spec.plot(width, view), { label: `${title} (${s.views[view]})`, description: spec.summary(view) });

    figure.dataset.chartId = spec.chart_id;
    figure.id = `chart-${spec.chart_id}`;
    drawTitles(spec);
    figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle;
    figure.querySelector('.chart-notes')?.remove();
    if (spec.notes?.length) figure.querySelector('.chart-table')!.before(element('ul', 'chart-notes', ...spec.notes.map((n) => element('li', '', n))));
    figure.querySelectorAll('.view').forEach((v) => v.remove()); // the build's drawing of the first comparison
    let live = figure.querySelector<HTMLElement>('.live-view');
    if (!live) {
      live = element('div', 'live-view');
      figure.querySelector('.chart-table')!.before(live);
    }
    live.replaceChildren(svg, element('p', 'chart-summary visually-hidden', spec.summary(view)));
    drawNotCompared(spec);
    drawTable(spec);
    figure.querySelector('[data-units]')!.textContent = spec.units;
    const csv = figure.querySelector<HTMLAnchorElement>('a[download]');
    if (csv) csv.href = asset(`data/charts/${spec.chart_id}${locale.csvSuffix}.csv`);
    const embed = figure.querySelector<HTMLAnchorElement>('a.embed-link');
    if (embed) {
      // Embeds are built with every place, one per metric, each view chosen by ?view=.
      embed.href = `${form.dataset.embedBase}${spec.chart_id}/?view=${view}`;
      const all = subset ? comparisonChart({ comparison, regions: data.regions, definition }, { s, locale }) : spec;
      embed.dataset.embedTitle = all.titles?.[view as keyof NonNullable<ChartSpec['titles']>] ?? all.title;
      if (subset) embed.dataset.embedNote = s.compare.embedAllPlaces;
      else delete embed.dataset.embedNote;
    }
    drawReported(state);
  };

  const show = async (state: CompareState) => {
    compared.hidden = false;
    status.textContent = '';
    await draw(state);
  };

  // The other languages' compare pages open on the same view.
  const keepStateOnLanguageSwitch = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) link.search = location.search;
  };
  // Without a view in the address, the comparison's own first view (per year where periods differ in length).
  const parsed = parseCompareState(location.search, placeIds, metricIds);
  const initial = offered(new URLSearchParams(location.search).has('per') ? parsed : { ...parsed, per: comparisonOf(parsed).views[0] });
  keepStateOnLanguageSwitch();
  writeForm(initial);
  if (location.search) await show(initial);
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    // "Differences only" changes the questions table alone (src/client/explorer.ts), not the chart.
    if (input.form !== form || input.name === 'diff') return;
    const places = chosenPlaces();
    if (places.length < MIN_PLACES) {
      // No comparison of one place: nothing stays drawn, and the URL keeps the last comparison made.
      compared.hidden = true;
      status.textContent = s.compare.needTwo;
      return;
    }
    const state = offered(readForm(places));
    writeForm(state);
    history.replaceState(null, '', formatCompareState(state));
    keepStateOnLanguageSwitch();
    void show(state);
  };
  // Changes of the form's own controls and of those tied to it from beside the chart.
  document.addEventListener('change', onChange);
  form.addEventListener('submit', (e) => e.preventDefault());
}
