// The compare page's questions in the browser: the places chosen are the table's columns, and
// "differences only" hides the questions on which they all give the same answer. The state lives in
// the URL (?places=…&diff=1, beside the chart's metric and view); the build wrote every cell, so
// nothing is fetched and without JavaScript the whole table shows.
import { formatCompareState, parseCompareState, MIN_PLACES, type CompareState } from '../site/compareState.ts';

/** The ids the page's controls offer: places from the checkboxes, metrics from the chart's select. */
export function pageIds(form: HTMLFormElement) {
  const placeIds = [...form.querySelectorAll<HTMLInputElement>('input[name=places]')].map((i) => i.value);
  const metricIds = [...document.querySelectorAll<HTMLOptionElement>('select[name=metric] option')].map((o) => o.value);
  return { placeIds, metricIds };
}

/** Shows the chosen places' columns and, with diff, only the questions on which they differ. */
export function showAnswers(state: Pick<CompareState, 'places' | 'diff'>) {
  const chosen = new Set(state.places);
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-explorer]')) {
    for (const cell of table.querySelectorAll<HTMLElement>('[data-place]')) cell.hidden = !chosen.has(cell.dataset.place!);
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-question]')) {
      const answers = [...row.querySelectorAll<HTMLElement>('[data-answer]')].filter((c) => chosen.has(c.dataset.place!)).map((c) => c.dataset.answer);
      row.hidden = state.diff && new Set(answers).size <= 1;
    }
    for (const body of table.querySelectorAll<HTMLElement>('tbody[data-theme]')) {
      body.hidden = [...body.querySelectorAll<HTMLElement>('tr[data-question]')].every((r) => r.hidden);
    }
    for (const row of table.querySelectorAll<HTMLTableCellElement>('tr.theme-row > th')) row.colSpan = chosen.size + 1;
  }
}

export function startExplorer(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>('[data-compare-status]')!;
  const { placeIds, metricIds } = pageIds(form);
  const read = () => parseCompareState(location.search, placeIds, metricIds);
  const writeForm = (state: CompareState) => {
    form.querySelectorAll<HTMLInputElement>('input[name=places]').forEach((i) => { i.checked = state.places.includes(i.value); });
    form.querySelector<HTMLInputElement>('input[name=diff]')!.checked = state.diff;
  };
  const initial = read();
  writeForm(initial);
  showAnswers(initial);
  form.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'places' && input.name !== 'diff') return;
    const places = placeIds.filter((id) => form.querySelector<HTMLInputElement>(`input[name=places][value="${CSS.escape(id)}"]`)!.checked);
    const diff = form.querySelector<HTMLInputElement>('input[name=diff]')!.checked;
    if (places.length < MIN_PLACES) {
      // One place is no comparison: the table and the URL stay as they were.
      status.textContent = form.dataset.needTwo ?? '';
      return;
    }
    status.textContent = '';
    const state = { ...read(), places, diff };
    history.replaceState(null, '', formatCompareState(state));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) link.search = location.search;
    showAnswers(state);
  });
}
