// npm run build: validate → derive → Astro build into a staging folder → downloads → swap into dist/.
// Any failure, Ctrl-C or SIGTERM removes the staging folder and leaves the previous dist/ untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { derive, generatedFiles } from './derive.ts';
import { writeApi } from './downloads/api.ts';
import { robotsTxt, sitemap } from './builtSite/discovery.ts';
import { precompress } from './builtSite/precompress.ts';
import { writeCards } from './cards/cards.ts';
import { listPages } from './builtSite/site.ts';
import { siteAddress } from '../src/site/siteAddress.ts';
import { addDatasetJsonLd, datasetJsonLd, releaseFiles } from './downloads/jsonLd.ts';
import { packageVersion, writeDownloads } from './downloads/write.ts';
import { zipFileOf } from '../src/site/downloads.ts';
import { tables } from '../src/schema/index.ts';

const started = performance.now();
// Where a build's time goes, printed with its total: the scale bench reads which step grows.
const phases: [string, number][] = [];
let lap = started;
const phaseDone = (name: string) => { const now = performance.now(); phases.push([name, (now - lap) / 1000]); lap = now; };
const dataDir = process.env.DATA_DIR ?? 'data';
const dist = resolve(process.env.DIST_DIR ?? 'dist');
// Astro puts its prerender bundle in <outDir>/.prerender/ only when outDir is inside the project,
// and otherwise in the one shared .astro/.prerender/, where concurrent builds overwrite each other:
// so a build for a folder elsewhere (DIST_DIR=/tmp/…) is staged inside the project (.dist-* is ignored).
const staging = dist.startsWith(process.cwd() + sep) ? `${dist}.staging-${process.pid}` : resolve(`.dist-staging-${process.pid}`);
let astro: ChildProcess | undefined;

const removeStaging = () => rmSync(staging, { recursive: true, force: true });
const fail = (message: string): never => {
  removeStaging();
  console.error(`build failed: ${message}; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}`);
  process.exit(1);
};
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    astro?.kill(signal);
    removeStaging();
    console.error(`build stopped by ${signal}; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}`);
    process.exit(code);
  });
}

// SITE_JSON lets a test build other data without touching the src/generated/site.json others build from.
const dataset = derive(dataDir, process.env.SITE_JSON) ?? fail('the data is not valid');
phaseDone('validate and derive');
// Asynchronous, so that a signal reaches the handlers above while Astro runs.
const status = await new Promise<number | null>((done) => {
  astro = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astro.on('exit', (code) => done(code));
  astro.on('error', () => done(null));
});
astro = undefined;
if (status !== 0) fail(`the Astro build exited with ${status}`);
phaseDone('pages');
// Hosts answer a missing address under a folder with that folder's 404.html (Cloudflare Pages,
// npm run preview); Astro writes each locale's 404 page as <locale>/404/index.html, a page of its own.
for (const file of readdirSync(staging, { recursive: true }) as string[]) {
  const parts = file.split(sep);
  if (parts.length >= 2 && parts.at(-2) === '404' && parts.at(-1) === 'index.html') {
    const folder = join(staging, ...parts.slice(0, -2));
    renameSync(join(folder, '404', 'index.html'), join(folder, '404.html'));
    rmSync(join(folder, '404'), { recursive: true, force: true });
  }
}
try {
  writeDownloads(dataset, staging);
} catch (e) {
  fail(`writing the downloads: ${(e as Error).message}`);
}
const generated = generatedFiles(process.env.SITE_JSON ?? 'src/generated/site.json');
try {
  writeApi(staging, dataset, JSON.parse(readFileSync(generated.site, 'utf8')), JSON.parse(readFileSync(generated.receipts, 'utf8')), (process.env.BASE ?? '/').replace(/\/?$/, '/'));
} catch (e) {
  fail(`writing the API: ${(e as Error).message}`);
}
const address = siteAddress();
addDatasetJsonLd(staging, datasetJsonLd({
  version: packageVersion(), regions: dataset.regions.map((r) => r.row), documents: dataset.documents.map((d) => d.row),
  files: releaseFiles(zipFileOf(packageVersion()), tables.map((t) => t.file)),
  root: address?.href ?? (process.env.BASE ?? '/').replace(/\/?$/, '/'),
}));
writeFileSync(join(staging, 'robots.txt'), robotsTxt(address));
if (address) writeFileSync(join(staging, 'sitemap.xml'), sitemap(listPages(staging), address));
phaseDone('downloads and API');
// Card images are cached by content; CARDS=off skips them (the bench's scale builds time the site alone).
if (process.env.CARDS !== 'off') {
  const cards = await writeCards(staging, {
    siteCss: readFileSync('src/styles/site.css', 'utf8'), placesCss: readFileSync(generated.placeStyles, 'utf8'), site: address, base: (process.env.BASE ?? '/').replace(/\/?$/, '/'),
  });
  if (cards && cards.rendered) console.log(`cards: ${cards.cards} (${cards.rendered} rendered, the others from the cache)`);
}
phaseDone('cards');
// Last, once every file is final.
await precompress(staging);
phaseDone('precompression');
const old = `${dist}.old-${process.pid}`;
try {
  if (existsSync(dist)) renameSync(dist, old);
  try {
    renameSync(staging, dist);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(staging, dist, { recursive: true });
  }
} catch (e) {
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  fail(`moving the build into place: ${(e as Error).message}`);
}
removeStaging();
rmSync(old, { recursive: true, force: true });
console.log(`built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ')})`);
