// Inside an embed: follow ?theme=dark|light and ?view=, and tell the host page our height whenever it changes.
// The host's embed.js may load after we first report, so it can ask again ("shuangchuang:ping").
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
// ?view= picks one of the views built into the page (the compare page's snippet names the view chosen there).
const view = params.get('view');
const viewInput = view ? document.querySelector<HTMLInputElement>(`input[data-view="${CSS.escape(view)}"]`) : null;
if (viewInput && !viewInput.disabled) viewInput.checked = true;
const id = document.querySelector<HTMLElement>('[data-chart-id]')?.dataset.chartId ?? '';
let last = 0;
// The body's own height, not the document's: scrollHeight never drops below the iframe's current
// height, so a frame made too tall could never shrink back. (Both embed stylesheets give the body no margin.)
const contentHeight = () => Math.ceil(document.body.getBoundingClientRect().height);
const report = (force = false) => {
  const height = contentHeight();
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  // The height is not a secret, and the host's origin is unknown: any parent may hear it.
  window.parent.postMessage({ type: 'shuangchuang:height', id, height }, '*');
};
new ResizeObserver(() => report()).observe(document.body);
window.addEventListener('message', (event) => {
  if (event.source === window.parent && event.data?.type === 'shuangchuang:ping') report(true);
});
report();
