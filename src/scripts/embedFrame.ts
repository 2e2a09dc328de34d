// Inside an embed: follow ?theme=dark|light, and tell the host page our height whenever it changes.
const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
const id = document.querySelector<HTMLElement>('[data-chart-id]')?.dataset.chartId ?? '';
let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'shuangchuang:height', id, height }, '*');
};
new ResizeObserver(report).observe(document.body);
report();
