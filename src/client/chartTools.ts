// Chart tools on site pages: the Embed link opens a dialog with copy-paste snippets (without
// JavaScript it simply goes to the embed page), and Download SVG / PNG save the chart as drawn. A
// chart's dialog also offers the quote card of each figure in its table; a figure's receipt page
// opens the same dialog for its own quote card.
import { pageWords } from './locale.ts';
import type { Words } from '../i18n/words.ts';
import { exportSvg } from '../charts/exportImage.ts';
import { escapeMarkup } from '../site/markup.ts';

/** The dialog's words, loaded the first time it opens. */
let words: Words['chartTools'];
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');


/** The embed of the view on screen: a chart with its own view control embeds the view chosen there
 *  (?view=, which the embed page selects) under that view's title; a page that sets ?view= itself keeps it. */
function embedOf(link: HTMLAnchorElement): { src: string; title: string } {
  const figure = link.closest<HTMLElement>('[data-chart-id]');
  const url = new URL(link.getAttribute('href') ?? '', location.href);
  const chosen = figure?.querySelector<HTMLInputElement>('input[data-view]:checked')?.dataset.view;
  if (chosen && !url.searchParams.has('view')) url.searchParams.set('view', chosen);
  const view = url.searchParams.get('view');
  const title = (view && figure?.querySelector(`.view-title-${CSS.escape(view)}`)?.textContent) || link.dataset.embedTitle || '';
  return { src: url.href, title };
}

/** A quote card's height before embed.js resizes it (a card is a few lines and its sentence). */
const QUOTE_HEIGHT = 280;

function snippets(link: HTMLAnchorElement) {
  if (link.dataset.embedId) return snippetsOf(new URL(link.href, location.href).href, link.dataset.embedTitle ?? '', link.dataset.embedId, Number(link.dataset.embedHeight) || QUOTE_HEIGHT);
  const id = link.closest<HTMLElement>('[data-chart-id]')?.dataset.chartId ?? '';
  const { src, title } = embedOf(link);
  return snippetsOf(src, title, id, Number(link.dataset.embedHeight) || 500);
}

function snippetsOf(src: string, title: string, id: string, height: number) {
  const script = new URL(`${BASE}embed.js`, location.href).href;
  const iframe = `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" data-shuangchuang-chart="${escapeMarkup(id)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy"></iframe>`;
  return { withScript: `${iframe}\n<script src="${escapeMarkup(script)}" async></script>`, iframeOnly: iframe, src };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string | number | boolean> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children);
  return el;
}

async function copy(text: string, area: HTMLTextAreaElement, button: HTMLButtonElement) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    area.select(); // no clipboard permission (e.g. plain http): leave it selected for Ctrl+C
    area.focus();
    return;
  }
  button.textContent = words.copied;
  setTimeout(() => { button.textContent = words.copy; }, 2000);
}

/** The quote card of each figure a chart's table or its list of figures not compared links to. */
function quoteCardsOf(link: HTMLAnchorElement) {
  const figure = link.closest<HTMLElement>('[data-chart-id]');
  const links = [...(figure?.querySelectorAll<HTMLAnchorElement>('.chart-table a[href], .not-compared a[href]') ?? [])];
  const cards = new Map<string, { src: string; id: string; label: string }>();
  for (const a of links) {
    const url = new URL(a.href, location.href);
    const id = /\/figures\/([^/]+)\/$/.exec(url.pathname)?.[1];
    if (!id || cards.has(id)) continue;
    url.pathname = url.pathname.replace(/figures\/[^/]+\/$/, `embed/figure/${id}/`);
    const row = a.closest('tr');
    const label = (row ? `${row.cells[0]?.textContent ?? ''} · ${a.textContent ?? ''}` : (a.textContent ?? '')).replace(/\s+/g, ' ').trim();
    cards.set(id, { src: url.href, id, label });
  }
  return [...cards.values()];
}

let dialog: HTMLDialogElement | undefined;
async function openDialog(link: HTMLAnchorElement) {
  words ??= (await pageWords()).chartTools;
  dialog?.remove();
  const code = snippets(link);
  const quote = Boolean(link.dataset.embedId);
  const block = (key: 'withScript' | 'iframeOnly', label: string) => {
    const area = element('textarea', { readOnly: true, rows: key === 'withScript' ? 5 : 4, id: `embed-${key}`, value: code[key], className: 'embed-code' });
    const button = element('button', { type: 'button', textContent: words.copy });
    button.addEventListener('click', () => copy(area.value, area, button));
    return element('div', { className: 'embed-option' }, element('label', { htmlFor: area.id }, label), area, button);
  };
  // A chart's figures, each as a quote card: one snippet, for the figure chosen.
  const cards = quote ? [] : quoteCardsOf(link);
  const quoteBlock = () => {
    const select = element('select', { id: 'embed-quote-figure' }, ...cards.map((c, i) => element('option', { value: String(i), textContent: c.label })));
    const area = element('textarea', { readOnly: true, rows: 5, id: 'embed-quote', className: 'embed-code' });
    const show = () => { const c = cards[Number(select.value)]; area.value = snippetsOf(c.src, c.label, `figure-${c.id}`, QUOTE_HEIGHT).withScript; };
    select.addEventListener('change', show);
    show();
    const button = element('button', { type: 'button', textContent: words.copy });
    button.addEventListener('click', () => copy(area.value, area, button));
    return element('div', { className: 'embed-option embed-quote' },
      element('label', { htmlFor: select.id }, words.quoteCardOf), select,
      element('label', { htmlFor: area.id, className: 'visually-hidden' }, words.quoteWithScript), area, button);
  };
  const close = element('button', { type: 'button', textContent: words.close, className: 'embed-close' });
  dialog = element('dialog', { className: 'embed-dialog' },
    element('h2', { id: 'embed-dialog-title' }, quote ? words.quoteDialogTitle : words.dialogTitle),
    element('p', { className: 'note' }, quote ? words.quoteHelp : words.help),
    ...(link.dataset.embedNote ? [element('p', { className: 'note embed-note' }, link.dataset.embedNote)] : []),
    block('withScript', quote ? words.quoteWithScript : words.withScript),
    block('iframeOnly', words.iframeOnly),
    ...(cards.length ? [quoteBlock()] : []),
    element('p', {}, element('a', { href: code.src, target: '_blank' }, words.openEmbed), ' ', close),
  );
  dialog.setAttribute('aria-labelledby', 'embed-dialog-title');
  close.addEventListener('click', () => dialog?.close());
  dialog.addEventListener('close', () => link.focus());
  document.body.append(dialog);
  dialog.showModal();
}

/**
 * Runs `read` with the page in its light theme, so that exported images are light whatever the
 * reader's mode; the theme is restored before the browser paints again.
 */
function inLightTheme<T>(read: () => T): T {
  const root = document.documentElement;
  const before = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    return read();
  } finally {
    if (before === undefined) delete root.dataset.theme;
    else root.dataset.theme = before;
  }
}

/** The drawing of the view on screen, preferring the wide rendering, with stylesheet colours written in. */
function drawing(figure: HTMLElement, visible: SVGSVGElement) {
  const view = visible.closest<HTMLElement>('[data-view]');
  const svg = view?.querySelector<SVGSVGElement>('.plot-720 svg') ?? visible;
  const style = getComputedStyle(svg);
  const resolve = (value: string) =>
    value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => style.getPropertyValue(name).trim() || style.color).replace(/currentColor/gi, style.color);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) if (/var\(|currentcolor/i.test(attr.value)) el.setAttribute(attr.name, resolve(attr.value));
  }
  const { width, height } = svg.viewBox.baseVal;
  const texts = (selector: string) => [...figure.querySelectorAll<HTMLElement>(selector)].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  const rootStyle = getComputedStyle(document.documentElement);
  const variable = (name: string) => rootStyle.getPropertyValue(name).trim();
  return {
    chart: { markup: clone.innerHTML, width, height },
    title: [...figure.querySelectorAll<HTMLElement>('.chart-title')].find((t) => t.getClientRects().length > 0)?.textContent?.trim() ?? texts('.chart-title')[0] ?? '',
    subtitle: texts('.chart-subtitle')[0],
    legend: [...figure.querySelectorAll<HTMLElement>('.chart-legend li')].map((li) => {
      const path = li.querySelector('path');
      return { label: li.textContent?.trim() ?? '', path: path?.getAttribute('d') ?? '', colour: path ? getComputedStyle(path).fill : variable('--fg') };
    }),
    notes: texts('.chart-notes li'),
    notCompared: { heading: texts('.not-compared-heading')[0] ?? '', items: texts('.not-compared li') },
    source: texts('.chart-source > span')[0] ?? '',
    colours: { background: variable('--bg'), text: variable('--fg'), muted: variable('--muted') },
  };
}

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = element('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function download(figure: HTMLElement, format: 'svg' | 'png') {
  const visible = [...figure.querySelectorAll<SVGSVGElement>('.plot svg, .live-view svg')].find((s) => s.getClientRects().length > 0);
  if (!visible) return;
  const view = visible.closest<HTMLElement>('[data-view]')?.dataset.view;
  const name = `${figure.dataset.chartId}${view && view !== 'default' ? `-${view}` : ''}`;
  words ??= (await pageWords()).chartTools;
  const parts = inLightTheme(() => drawing(figure, visible));
  const page = new URL(location.href);
  page.hash = figure.id;
  const { svg, width, height } = exportSvg({ ...parts, credit: `${words.credit} · ${page.href}`, lang: document.documentElement.lang });
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (format === 'svg') return save(svgBlob, `${name}.svg`);
  const url = URL.createObjectURL(svgBlob);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2; // twice the chart's width: sharp on high-density screens and in print
    const canvas = element('canvas', { width: Math.round(width * scale), height: Math.round(height * scale) });
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
    if (png) save(png, `${name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

for (const tools of document.querySelectorAll<HTMLElement>('.chart-download')) tools.hidden = false;
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const link = target.closest<HTMLAnchorElement>('a.embed-link');
  if (link && !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)) {
    event.preventDefault();
    void openDialog(link);
    return;
  }
  const button = target.closest<HTMLButtonElement>('button[data-download]');
  const figure = button?.closest<HTMLElement>('[data-chart-id]');
  if (button && figure) download(figure, button.dataset.download === 'png' ? 'png' : 'svg');
});
