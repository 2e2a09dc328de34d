// npm run build: validate → derive → Astro build into a staging folder → downloads → swap into dist/.
// Any failure, Ctrl-C or SIGTERM removes the staging folder and leaves the previous dist/ untouched.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
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
// so a build for a folder elsewhere (DIST_DIR=/tmp/…) has Astro write inside the project (.dist-* is
// ignored), and the rest of the build (downloads, precompression) happens beside its destination.
const staging = `${dist}.staging-${process.pid}`;
const astroOut = dist.startsWith(process.cwd() + sep) ? staging : resolve(`.dist-staging-${process.pid}`);
const astros: ChildProcess[] = [];
let shardCount = 1;

/** Moves what `from` holds into `into`: entries `into` lacks are renamed across whole, folders both have are merged. */
function mergeInto(from: string, into: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(into, entry.name);
    if (!existsSync(target)) renameSync(source, target);
    else if (entry.isDirectory()) mergeInto(source, target);
  }
}

/** A rename, or a copy where the two folders are on different file systems. */
function moveFolder(from: string, to: string) {
  try {
    renameSync(from, to);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

const removeStaging = () => {
  for (const folder of new Set([staging, astroOut])) rmSync(folder, { recursive: true, force: true });
  for (let k = 1; k < shardCount; k++) rmSync(`${astroOut}-shard${k}`, { recursive: true, force: true });
};
const fail = (message: string): never => {
  removeStaging();
  console.error(`build failed: ${message}; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}`);
  process.exit(1);
};
// Anything that throws (a card the renderer cannot draw, a download that cannot be written) fails the
// build the same way: staging removed, the previous dist/ untouched, the cause on one line.
process.on('uncaughtException', (e) => fail(e.message));
process.on('unhandledRejection', (e) => fail(e instanceof Error ? e.message : String(e)));

// A build that was killed outright (SIGKILL, a power cut) could not remove its staging folders:
// the next build removes those whose process is gone.
const running = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};
for (const [folder, prefix] of [[dirname(dist), `${basename(dist)}.staging-`], [process.cwd(), '.dist-staging-']] as const) {
  for (const name of existsSync(folder) ? readdirSync(folder) : []) {
    const pid = Number(/^(\d+)(?:-shard\d+)?$/.exec(name.slice(prefix.length))?.[1]);
    if (name.startsWith(prefix) && pid && pid !== process.pid && !running(pid)) rmSync(join(folder, name), { recursive: true, force: true });
  }
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    for (const child of astros) child.kill(signal);
    removeStaging();
    console.error(`build stopped by ${signal}; ${existsSync(dist) ? 'the previous dist/ is untouched' : 'no dist/ was written'}`);
    process.exit(code);
  });
}

// SITE_JSON lets a test build other data without touching the src/generated/site.json others build from.
const dataset = derive(dataDir, process.env.SITE_JSON) ?? fail('the data is not valid, or a finding of the home page does not hold (see above)');
phaseDone('validate and derive');
// Astro renders on one thread: one Astro process per core (PAGE_SHARDS to choose), each rendering
// its share of the pages (src/site/pageShard.ts) into a folder of its own, merged into the staging
// folder when all are done. Asynchronous, so that a signal reaches the handlers above while they run.
// A second Astro process costs its own bundling (a few seconds): worth it only once there are
// thousands of pages (figures and items each have a receipt page per locale). PAGE_SHARDS overrides.
const PAGES_PER_SHARD = 1500;
shardCount = Math.max(1, Number(process.env.PAGE_SHARDS) || Math.min(availableParallelism(), 4, Math.ceil((dataset.targets.length + dataset.measures.length) / PAGES_PER_SHARD)));
const shardFolders = Array.from({ length: shardCount }, (_, k) => (k === 0 ? astroOut : `${astroOut}-shard${k}`));
const statuses = await Promise.all(shardFolders.map((outDir, k) => new Promise<number | null>((done) => {
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, OUT_DIR: outDir, PAGE_SHARD: `${k}/${shardCount}`, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  astros.push(child);
  child.on('exit', (code) => done(code));
  child.on('error', () => done(null));
})));
astros.length = 0;
const failed = statuses.find((code) => code !== 0);
if (failed !== undefined) fail(`the Astro build exited with ${failed}`);
// Every shard writes the same stylesheets and scripts (the same bundle, the same hashes) and its own pages.
for (const folder of shardFolders.slice(1)) {
  mergeInto(folder, astroOut);
  rmSync(folder, { recursive: true, force: true });
}
if (astroOut !== staging) moveFolder(astroOut, staging);
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
// Last, once every file is final. PRECOMPRESS=off leaves it out (the bench times it on its own).
if (process.env.PRECOMPRESS !== 'off') await precompress(staging);
phaseDone('precompression');
const old = `${dist}.old-${process.pid}`;
try {
  if (existsSync(dist)) renameSync(dist, old);
  moveFolder(staging, dist);
} catch (e) {
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  fail(`moving the build into place: ${(e as Error).message}`);
}
removeStaging();
rmSync(old, { recursive: true, force: true });
console.log(`built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s (${phases.map(([name, s]) => `${name} ${s.toFixed(1)}`).join(', ')})`);
