// The search page: loads the index on first use (its head, then a part per place), searches as the reader types, keeps the query and
// filters in the URL, and lets the results be walked with the arrow keys. Every piece of data goes
// into the page through textContent, never as HTML.
import { DATA_LANG_TAGS } from '../i18n/locales.ts';
import { href, asset } from '../site/paths.ts';
import { receiptPath } from '../model/receipts.ts';
import { pageLocale, pageWords } from './locale.ts';
import type { SearchHead, SearchPart } from '../model/search.ts';
import type { Filters, Outcome, Searcher } from '../search/engine.ts';
import type { Shown } from '../search/display.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-form]');
const results = document.querySelector<HTMLElement>('#search-results');
const status = document.querySelector<HTMLElement>('#search-status');
const none = document.querySelector<HTMLElement>('#search-none');
if (form && results && status && none) void setUp(form, results, status, none);

/** Results shown per place before "Show more". */
const FIRST_SHOWN = 5;

async function setUp(form: HTMLFormElement, results: HTMLElement, status: HTMLElement, none: HTMLElement) {
  const locale = pageLocale();
  const lang = locale.data;
  const s = await pageWords();
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  type Engine = { searcher: Searcher; hitView: typeof import('../search/display.ts').hitView; paramsFromState: typeof import('../search/engine.ts').paramsFromState };
  let engine: Promise<Engine> | undefined;
  let composing = false;
  let timer: number | undefined;
  /** Parts of the index still to come: results are shown from the parts that have arrived. */
  let pending = 0;

  const fetchJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(asset(path));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as T;
  };

  // The head first (places, themes, the list of parts), then the parts one at a time, the chosen
  // place's first: the first results need only the head and one part, however many places there are.
  const load = () => {
    engine ??= (async () => {
      status.textContent = s.search.loading;
      const [engineModule, display, head] = await Promise.all([
        import('../search/engine.ts'), import('../search/display.ts'), fetchJson<SearchHead>('search-index/head.json'),
      ]);
      const searcher = engineModule.createPartSearcher(head);
      const place = filters().place;
      const order = head.parts.map((p, position) => ({ ...p, position })).sort((a, b) => Number(b.place === place) - Number(a.place === place));
      pending = order.length;
      const first = order.shift();
      if (first) { searcher.add((await fetchJson<SearchPart>(first.file)).records, first.position); pending--; }
      void (async () => {
        for (const part of order) {
          searcher.add((await fetchJson<SearchPart>(part.file)).records, part.position);
          pending--;
          if (input.value.trim()) void run();
        }
      })().catch(() => { status.textContent = s.search.loadFailed; });
      return { searcher, hitView: display.hitView, paramsFromState: engineModule.paramsFromState };
    })();
    engine.catch(() => { status.textContent = s.search.loadFailed; });
    return engine;
  };

  const filters = (): Filters => Object.fromEntries(selects.filter((x) => x.value).map((x) => [x.name, x.value]));

  const run = async () => {
    const q = input.value.trim();
    const e = await load().catch(() => undefined);
    if (!e) return;
    const params = e.paramsFromState(q, filters());
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    results.replaceChildren();
    none.hidden = true;
    if (!q) { status.textContent = ''; return; }
    const outcome = e.searcher.search(q, filters());
    render(outcome, e.searcher, e.hitView);
    // While parts of the index are still coming, more results may come: "nothing matches" waits for all of them.
    if (pending > 0) status.textContent = outcome.total ? `${s.search.count({ n: outcome.total, places: outcome.groups.length })} ${s.search.loading}` : s.search.loading;
    else status.textContent = outcome.total ? s.search.count({ n: outcome.total, places: outcome.groups.length }) : s.search.none({ q });
    if (!outcome.total && pending === 0) {
      none.querySelector('[data-none-message]')!.textContent = s.search.none({ q });
      none.hidden = false;
    }
  };
  const soon = () => { window.clearTimeout(timer); timer = window.setTimeout(run, 120); };

  const render = (outcome: Outcome, searcher: Searcher, hitView: typeof import('../search/display.ts').hitView) => {
    const placeName = new Map(searcher.index.places.map((p) => [p.id, p[`name_${lang}`]]));
    const themeName = new Map(searcher.index.themes.map((x) => [x.id, x[`name_${lang}`]]));
    for (const group of outcome.groups) {
      const section = el('section', 'search-group');
      section.dataset.place = group.place;
      const h2 = el('h2');
      h2.append(el('span', 'swatch'), placeName.get(group.place) ?? group.place, ' ', el('span', 'note', `(${group.hits.length})`));
      const list = el('ol', 'search-hits');
      group.hits.forEach((hit, i) => {
        const r = hit.record;
        const view = hitView(hit, outcome.terms, lang, searcher.byId);
        const li = el('li', 'search-hit');
        li.hidden = i >= FIRST_SHOWN;
        const link = el('a', 'search-hit-link') as HTMLAnchorElement;
        // A figure or an item opens its receipt; a sentence, its place in the text.
        const receipt = /^([tm])-(.+)$/.exec(r.anchor);
        link.href = receipt ? href(locale, receiptPath(receipt[1] === 't' ? 'targets' : 'measures', receipt[2])) : `${href(locale, `regions/${r.place}/`)}#${r.anchor}`;
        if (view.section) link.append(el('span', 'search-hit-section', view.section), ' ');
        link.append(shownElement('span', view.heading, locale.htmlLang));
        if (r.value) link.append(' ', el('span', 'search-hit-value', r.value));
        const meta = el('p', 'search-hit-meta');
        meta.append(el('span', 'tag', r.kind ? `${s.search.types.figure} · ${s.kinds[r.kind]}` : s.search.types[r.type]), ' ',
          r.themes.length ? r.themes.map((x) => themeName.get(x) ?? x).join(' · ') : s.search.noTheme);
        li.append(link, meta);
        if (view.snippet) li.append(shownElement('p', view.snippet, locale.htmlLang, 'search-hit-snippet'));
        list.append(li);
      });
      section.append(h2, list);
      const hidden = group.hits.length - FIRST_SHOWN;
      if (hidden > 0) {
        const more = el('button', 'search-more', s.search.showMore({ n: hidden })) as HTMLButtonElement;
        more.type = 'button';
        more.addEventListener('click', () => {
          const first = list.querySelector<HTMLElement>('li[hidden] a');
          list.querySelectorAll<HTMLElement>('li[hidden]').forEach((x) => { x.hidden = false; });
          more.remove();
          first?.focus();
        });
        section.append(more);
      }
      results.append(section);
    }
  };

  // Arrow keys: from the box into the results, then through every visible link and button.
  const stops = () => [...results.querySelectorAll<HTMLElement>('a.search-hit-link, button.search-more')].filter((x) => x.offsetParent !== null);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !composing) {
      const first = stops()[0];
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  results.addEventListener('keydown', (event) => {
    const list = stops();
    const at = list.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else list[Math.min(next, list.length - 1)].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  input.addEventListener('focus', () => { load().catch(() => undefined); }, { once: true });
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; soon(); });
  input.addEventListener('input', () => { if (!composing) soon(); });
  selects.forEach((x) => x.addEventListener('change', () => { if (input.value.trim()) run(); else soon(); }));
  form.addEventListener('submit', (event) => { event.preventDefault(); window.clearTimeout(timer); run(); });

  const params = new URLSearchParams(location.search);
  // What was typed while the words loaded is kept; a query in the URL comes first.
  input.value = params.get('q') ?? input.value;
  for (const x of selects) {
    const v = params.get(x.name);
    if (v && [...x.options].some((o) => o.value === v)) x.value = v;
  }
  if (input.value.trim()) run();
}

function el(tag: string, className?: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Text in the language it is written in, marked as such where that is not the page's. */
function shownElement(tag: string, shown: Shown, pageLang: string, className?: string): HTMLElement {
  const e = el(tag, className);
  if (DATA_LANG_TAGS[shown.lang] !== pageLang) e.lang = DATA_LANG_TAGS[shown.lang];
  for (const p of shown.pieces) e.append(p.hit ? el('mark', undefined, p.text) : document.createTextNode(p.text));
  return e;
}
