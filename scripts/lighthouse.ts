// npm run lighthouse: Lighthouse (mobile defaults) over the built home page, a region page and an
// embed, served locally from dist/ (or DIST_DIR), printing the four category scores. Not part of npm test.
import lighthouse from 'lighthouse';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { serveStatic } from './server/static.ts';
import { listPages } from './builtSite/site.ts';
import { DEFAULT_LOCALE } from '../src/i18n/locales.ts';

const root = process.env.DIST_DIR ?? 'dist';
const base = process.env.BASE ?? '/';
const pages = listPages(root);
const pick = (type: string) => pages.find((p) => p.lang === DEFAULT_LOCALE.id && p.type === type);
const targets = [pick('home'), pick('region'), pick('embed')].filter((p) => p !== undefined);
if (targets.length === 0) { console.error(`no pages in ${root}/: run npm run build first`); process.exit(1); }

const server = await serveStatic(root, { base });
// Lighthouse drives Chromium through a debugging port: take a free one, then start Chromium on it.
const port = await new Promise<number>((ok) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number };
    probe.close(() => ok(port));
  });
});
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [];
try {
  for (const page of targets) {
    const result = await lighthouse(`${server.url}${page.path}`, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for /${page.path}`);
    if (lhr.runtimeError) throw new Error(`/${page.path}: ${lhr.runtimeError.message}`);
    rows.push([`/${page.path}`, ...categories.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)))]);
  }
} finally {
  await browser.close();
  await server.close();
}
const head = ['page', ...categories];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
