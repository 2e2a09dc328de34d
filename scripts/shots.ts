// npm run shots: screenshots of the pages readers land on (home, compare, a region, a theme, an embed)
// at 360 and 1280 px in every language, written to shots/ (gitignored), from the built dist/. Fails
// on a console error or a failed request, and on a page that scrolls sideways at 360 px.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './server/static.ts';
import { CHROMIUM_FLAGS, ensureChromium } from './chromium.ts';
import { OVERFLOW_SCRIPT, SHOT_HEIGHTS, SHOT_WIDTHS, shotFile, shotLocales, shotPages } from './shots/pages.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const out = process.env.SHOTS_DIR ?? 'shots';
const site = JSON.parse(readFileSync(process.env.SITE_JSON ?? 'src/generated/site.json', 'utf8')) as { regions: { region_id: string }[]; themes: { theme_id: string }[] };
const executablePath = ensureChromium();
if (!executablePath) { console.error('shots: Chromium not found (apt-get install chromium fonts-noto-cjk)'); process.exit(1); }

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, { base: process.env.BASE ?? '/' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
const failures: string[] = [];
let taken = 0;
try {
  for (const locale of shotLocales()) {
    for (const { kind, path } of shotPages(site.regions[0].region_id, site.themes[0].theme_id, 'concreteness')) {
      for (const width of SHOT_WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: SHOT_HEIGHTS[width] } });
        const problems: string[] = [];
        page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
        const url = `${server.url}${locale.prefix}${path}`;
        await page.goto(url, { waitUntil: 'networkidle' });
        const overflow = await page.evaluate(OVERFLOW_SCRIPT) as number;
        if (width === 360 && overflow > 0) problems.push(`scrolls sideways by ${overflow} px at 360 px`);
        await page.screenshot({ path: join(out, shotFile(locale.id, kind, width)), fullPage: true });
        taken += 1;
        failures.push(...problems.map((p) => `${locale.prefix}${path || '(home)'} at ${width} px: ${p}`));
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`shots: ${taken} screenshots in ${out}/`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
