// The bench report: per page type, the heaviest page's weights beside its budget, as rows for a table.
import { BUDGETS, BUILD_SECONDS_BUDGET, KB, budgeted, type WeighedPage } from './budgets.ts';

export interface TypeRow {
  type: string; lang: string; pages: number; heaviest: string;
  html: number; css: number; js: number; data: number; total: number;
  onUse: number; onUseJs: number; budgetKb?: number; budgetedKb: number; ok: boolean;
  /** Brotli bytes of the same page: what it loads, and what it loads on use. */
  brotliLoad: number; brotliUse: number;
}

export function typeRows(pages: readonly WeighedPage[]): TypeRow[] {
  const groups = new Map<string, WeighedPage[]>();
  for (const p of pages) groups.set(`${p.type}\t${p.lang}`, [...(groups.get(`${p.type}\t${p.lang}`) ?? []), p]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => {
    const [type, lang] = key.split('\t');
    const budget = BUDGETS[type];
    const measure = (p: WeighedPage) => (budget ? budgeted(p.weight, budget) : p.weight.load.total);
    const heaviest = group.reduce((a, b) => (measure(b) > measure(a) ? b : a));
    const w = heaviest.weight;
    return {
      type, lang, pages: group.length, heaviest: heaviest.path,
      html: w.load.html, css: w.load.css, js: w.load.js, data: w.load.data, total: w.load.total,
      onUse: w.use.total, onUseJs: w.use.js, budgetKb: budget?.kb, budgetedKb: measure(heaviest) / KB, ok: !group.some((p) => p.overBudget),
      brotliLoad: w.brotli.load, brotliUse: w.brotli.use,
    };
  });
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

export function formatTable(rows: readonly TypeRow[], buildSeconds?: number): string {
  const head = ['page type', 'lang', 'pages', 'HTML', 'CSS', 'JS', 'data', 'load total', 'on use (JS)', 'brotli: load / on use', 'budget', ''];
  const body = rows.map((r) => [
    r.type, r.lang, String(r.pages), kb(r.html), kb(r.css), kb(r.js), kb(r.data), kb(r.total),
    r.onUse ? `${kb(r.onUse)} (${kb(r.onUseJs)})` : '–', `${kb(r.brotliLoad)} / ${r.brotliUse ? kb(r.brotliUse) : '–'}`, r.budgetKb ? `${r.budgetedKb.toFixed(1)} / ${r.budgetKb}` : '–', r.budgetKb ? (r.ok ? 'ok' : 'OVER') : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  const out = [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)];
  out.push('', 'KB = 1000 gzip bytes of the heaviest page of each type (brotli beside them, at the build\'s fixed quality); "on use" loads on a click or use (search counts it in its budget).');
  if (buildSeconds !== undefined) out.push(`clean build: ${buildSeconds.toFixed(1)} s (budget ${BUILD_SECONDS_BUDGET} s) ${buildSeconds <= BUILD_SECONDS_BUDGET ? 'ok' : 'OVER'}`);
  return out.join('\n');
}
