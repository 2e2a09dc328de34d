// Tooltips for chart marks: the mark's own accessible label, shown beside the pointer. Without
// this script the marks keep their native <title> tooltips.
const tip = document.createElement('div');
tip.className = 'chart-tooltip';
tip.setAttribute('role', 'presentation');
tip.hidden = true;
document.body.append(tip);

const markOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGElement>('figure.chart svg g[aria-label] [aria-label]:not(g)') : null;

document.addEventListener('pointerover', (event) => {
  const mark = markOf(event.target);
  if (!mark) { tip.hidden = true; return; }
  mark.querySelector('title')?.remove(); // the custom tooltip replaces the native one
  tip.textContent = mark.getAttribute('aria-label');
  tip.hidden = false;
});
document.addEventListener('pointermove', (event) => {
  if (tip.hidden) return;
  const x = Math.min(event.clientX + 12, window.innerWidth - tip.offsetWidth - 8);
  tip.style.left = `${Math.max(8, x)}px`;
  tip.style.top = `${event.clientY + 16}px`;
});
document.addEventListener('pointerout', (event) => { if (markOf(event.target)) tip.hidden = true; });
