// Synthetic data sets for the bench: the curated data with its places replicated under new ids
// (to see how the build scales with places), or with targets.csv grown to a given size (to see how
// validation scales with rows). Written to a folder of the caller's; data/ is never touched.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tables } from '../../src/schema/index.ts';
import { readCsv, writeCsv } from '../data/csv.ts';
import { comparableMeasures } from '../derive/comparable.ts';
import type { Target } from '../../src/schema/index.ts';
import { PLACE_SYMBOLS } from '../../src/schema/vocabulary.ts';
import { contrastRatio } from '../builtSite/contrast.ts';
import { BACKGROUNDS, MIN_CONTRAST, themeBackgrounds } from '../rules/placeColours.ts';

type Row = Record<string, string>;

function readTable(dataDir: string, file: string): { header: string[]; rows: Row[] } {
  const table = tables.find((t) => t.file === file)!;
  const read = readCsv(file, readFileSync(join(dataDir, file)), Object.keys(table.schema.shape));
  if (read.problems.length) throw new Error(`${file}: ${read.problems[0].message}`);
  return { header: read.header, rows: read.records.map((r) => r.values) };
}

/** Synthetic data is no release: the frozen releases are left behind, and with them the rules about publishing. */
const notReleases = (source: string) => basename(source) !== 'releases';

/**
 * A copy of `dataDir` in `outDir` with `count` places: the curated ones, then copies of them in
 * turn under new ids (<region>-p2, documents <doc>-p2, every id that starts with a document id
 * renamed with it, the texts copied to their new names). Every copy is as valid as its original.
 */
export function replicatePlaces(dataDir: string, outDir: string, count: number) {
  cpSync(dataDir, outDir, { recursive: true, filter: notReleases });
  const regions = readTable(dataDir, 'regions.csv');
  const documents = readTable(dataDir, 'documents.csv');
  const places = regions.rows.length;
  const copies: { round: number; region: Row }[] = [];
  for (let i = places; i < count; i++) copies.push({ round: Math.floor(i / places) + 1, region: regions.rows[i % places] });

  const out: Record<string, { header: string[]; rows: Row[] }> = {};
  for (const t of tables) out[t.file] = readTable(dataDir, t.file);
  for (const { round, region } of copies) {
    const rid = region.region_id;
    const newRegion = `${rid}-p${round}`;
    const docs = documents.rows.filter((d) => d.region_id === rid).map((d) => d.doc_id);
    const rename = (value: string) => {
      for (const d of docs) {
        const newDoc = `${d}-p${round}`;
        if (value === d || value.startsWith(`${d}-`)) return newDoc + value.slice(d.length);
        if (value.endsWith(`/${d}.txt`)) return value.slice(0, -`${d}.txt`.length) + `${newDoc}.txt`;
      }
      return value === rid ? newRegion : value;
    };
    const n = out['regions.csv'].rows.length + 1;
    out['regions.csv'].rows.push({
      ...region, region_id: newRegion, ...drawnAs(n),
      name_en: `${region.name_en} ${round}`, name_zh: `${region.name_zh}${round}`, short_en: `${region.short_en} ${round}`, short_zh: `${region.short_zh}${round}`,
    });
    for (const t of tables) {
      if (t.file === 'regions.csv') continue;
      const source = readTable(dataDir, t.file).rows;
      const idColumns = out[t.file].header.filter((c) => /(_id|_of|_file)$/.test(c));
      for (const row of source) {
        const owner = row.doc_id ?? row.region_id;
        if (owner === undefined || !(docs.includes(owner) || owner === rid)) continue;
        const copy = { ...row };
        for (const c of idColumns) copy[c] = rename(copy[c]);
        out[t.file].rows.push(copy);
      }
    }
    for (const d of docs) {
      for (const kind of ['raw', 'clean']) copyFileSync(join(dataDir, 'sources', kind, `${d}.txt`), join(outDir, 'sources', kind, `${d}-p${round}.txt`));
    }
  }
  recomputeComparable(out);
  for (const [file, { header, rows }] of Object.entries(out)) writeFileSync(join(outDir, file), writeCsv(header, rows));
}

const THEME_BACKGROUNDS = themeBackgrounds();

/** How the n-th place is drawn: its own order and colours (a hue turned by the golden angle), symbols in turn. */
function drawnAs(n: number): Row {
  const hue = Math.round((n * 137.508) % 360);
  const hex = (l: number) => {
    const a = (0.55 * Math.min(l, 1 - l));
    const f = (k: number) => { const t = (k + hue / 30) % 12; return Math.round(255 * (l - a * Math.max(-1, Math.min(t - 3, 9 - t, 1)))).toString(16).padStart(2, '0'); };
    return `#${f(0)}${f(8)}${f(4)}`;
  };
  // Darker (light theme) or lighter (dark theme) until it keeps 3:1 against both backgrounds.
  const legible = (l: number, step: number, theme: 'light' | 'dark') => {
    while (BACKGROUNDS.some((b) => contrastRatio(hex(l), THEME_BACKGROUNDS[theme][b]) < MIN_CONTRAST)) l += step;
    return hex(l);
  };
  return { order: String(n), colour_light: legible(0.35 + (n % 7) / 100, -0.01, 'light'), colour_dark: legible(0.7 + (n % 7) / 100, 0.01, 'dark'), symbol: PLACE_SYMBOLS[n % PLACE_SYMBOLS.length] };
}

/** More places share more definitions: the comparable flag follows the replicated headlines, as the rule requires. */
function recomputeComparable(out: Record<string, { header: string[]; rows: Row[] }>) {
  const blank = (v: string | undefined) => (v === '' || v === undefined ? undefined : v);
  const targets = out['targets.csv'].rows.map((t) => ({
    target_id: t.target_id, doc_id: t.doc_id, definition: t.definition, kind: t.kind as Target['kind'], headline: t.headline === 'true',
    scope: t.scope as Target['scope'], measure: t.measure as Target['measure'], part_of: blank(t.part_of),
    period_start: blank(t.period_start) === undefined ? undefined : Number(t.period_start), period_end: blank(t.period_end) === undefined ? undefined : Number(t.period_end),
  }));
  const comparable = comparableMeasures(targets, out['documents.csv'].rows.map((d) => ({ doc_id: d.doc_id, region_id: d.region_id })));
  for (const d of out['definitions.csv'].rows) d.comparable = String(comparable.has(d.definition_id));
}

/**
 * A copy of `dataDir` whose targets.csv holds at least `bytes` bytes: the curated rows, then
 * copies of them under new ids (not headlines, so the one-headline rule still holds).
 */
export function growTargets(dataDir: string, outDir: string, bytes: number) {
  cpSync(dataDir, outDir, { recursive: true, filter: notReleases });
  const { header, rows } = readTable(dataDir, 'targets.csv');
  const once = Buffer.byteLength(writeCsv(header, rows));
  const rounds = Math.max(0, Math.ceil(bytes / once) - 1);
  const chunks = [writeCsv(header, rows)];
  for (let round = 1; round <= rounds; round++) {
    chunks.push(writeCsv(header, rows.map((r) => ({ ...r, target_id: `${r.target_id}-x${round}`, headline: 'false' }))).slice(header.join(',').length + 1));
  }
  writeFileSync(join(outDir, 'targets.csv'), chunks.join(''));
}
