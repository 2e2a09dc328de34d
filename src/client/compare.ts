// The compare page in the browser: the form and the URL hold the state; the chart is redrawn with
// the same chart function the build uses, and Plot is loaded only when a redraw is needed.
import { parseCompareState, formatCompareState, MIN_PLACES, type CompareState } from '../site/compareState.ts';
import { formatNumber } from '../charts/format.ts';
import { asset } from '../site/paths.ts';
import { pageLocale, pageWords } from './locale.ts';
import type { ComparisonInput } from '../charts/comparisonChart.ts';

const form = document.querySelector<HTMLFormElement>('form[data-compare]');
if (form) void start(form);

async function start(form: HTMLFormElement) {
  const locale = pageLocale();
  const s = await pageWords();
  const figure = document.querySelector<HTMLElement>('figure.chart')!;
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const data: { comparisons: ComparisonInput['comparison'][]; regions: ComparisonInput['regions']; definitions: ComparisonInput['definition'][] } =
    await (await fetch(form.dataset.src!)).json();
  const placeIds = data.regions.map((r) => r.region_id);
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
    form.querySelector<HTMLSelectElement>('select[name=metric]')!.value = state.metric;
    form.querySelectorAll<HTMLInputElement>('input[name=per]').forEach((i) => {
      i.disabled = !views.includes(i.value as CompareState['per']);
      i.checked = i.value === state.per;
    });
  };
  const readForm = (): CompareState | undefined => {
    const places = [...form.querySelectorAll<HTMLInputElement>('input[name=places]:checked')].map((i) => i.value);
    if (places.length < MIN_PLACES) return undefined;
    const per = form.querySelector<HTMLInputElement>('input[name=per]:checked')!.value;
    return parseCompareState(`?places=${places.join(',')}&metric=${form.querySelector<HTMLSelectElement>('select[name=metric]')!.value}&per=${per}`, placeIds, metricIds);
  };

  const draw = async (state: CompareState) => {
    const [{ comparisonChart }, { plotSvg }] = await Promise.all([import('../charts/comparisonChart.ts'), import('../charts/plotSvg.ts')]);
    const comparison = comparisonOf(state);
    const definition = data.definitions.find((d) => d.definition_id === state.metric)!;
    const spec = comparisonChart({ comparison, regions: data.regions, definition, places: state.places }, { s, locale });
    const view = state.per;
    const width = Math.max(320, Math.min(720, figure.clientWidth || 720));
    const svg = plotSvg(spec.plot(width, view), { label: `${spec.title} (${s.views[view]})`, description: spec.summary(view) });

    figure.dataset.chartId = spec.chart_id;
    figure.querySelectorAll('.chart-title').forEach((t) => { t.textContent = spec.titles?.[view] ?? spec.title; });
    figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle;
    figure.querySelector('.views')?.setAttribute('hidden', '');
    figure.querySelectorAll('.view').forEach((v) => v.setAttribute('hidden', ''));
    let live = figure.querySelector<HTMLElement>('.live-view');
    if (!live) {
      live = document.createElement('div');
      live.className = 'live-view';
      figure.querySelector('.chart-table')!.before(live);
    }
    const summary = document.createElement('p');
    summary.className = 'chart-summary visually-hidden';
    summary.textContent = spec.summary(view);
    live.replaceChildren(svg, summary);

    const tbody = figure.querySelector('tbody')!;
    tbody.replaceChildren(...spec.rows.map((row) => {
      const tr = document.createElement('tr');
      for (const c of spec.columns) {
        const td = document.createElement('td');
        const v = row[c.key];
        td.textContent = typeof v === 'number' ? formatNumber(v, locale.intl) : String(v ?? '');
        if (c.numeric) td.className = 'num';
        tr.append(td);
      }
      return tr;
    }));
    const csv = figure.querySelector<HTMLAnchorElement>('a[download]');
    if (csv) csv.href = asset(`data/charts/${spec.chart_id}${locale.csvSuffix}.csv`);
    const embed = figure.querySelector<HTMLAnchorElement>('a.embed-link');
    if (embed) embed.href = `${form.dataset.embedBase}${spec.chart_id}/`;
    document.querySelectorAll<HTMLElement>('[data-reported]').forEach((el) => { el.hidden = el.dataset.reported !== state.metric; });
    status.textContent = '';
  };

  // The other languages' compare pages open on the same view.
  const keepStateOnLanguageSwitch = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) link.search = location.search;
  };
  const initial = offered(parseCompareState(location.search, placeIds, metricIds));
  keepStateOnLanguageSwitch();
  writeForm(initial);
  if (location.search) await draw(initial);
  form.addEventListener('change', () => {
    const read = readForm();
    if (!read) { status.textContent = s.compare.needTwo; return; }
    const state = offered(read);
    writeForm(state);
    history.replaceState(null, '', formatCompareState(state));
    keepStateOnLanguageSwitch();
    void draw(state);
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}
