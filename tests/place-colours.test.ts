// npm run validate checks place colours (not only npm test): a colour too close to another place's
// for a colour-vision deficiency, or too faint on a background, is named with what it fails against,
// and the colour it suggests passes every check, recomputed here with culori and WCAG's formula.
import { expect, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, rgb } from 'culori';
import { brokenCopy } from './badInput.ts';
import { contrastRatio } from '../scripts/builtSite/contrast.ts';
import { themeBackgrounds } from '../scripts/rules/placeColours.ts';

type Row = Record<string, string>;
const de2000 = differenceCiede2000();
const seen = [(c: string) => rgb(c)!, (c: string) => filterDeficiencyDeuter(1)(rgb(c)!), (c: string) => filterDeficiencyProt(1)(rgb(c)!), (c: string) => filterDeficiencyTrit(1)(rgb(c)!)];

function validateWith(change: (rows: Row[]) => void) {
  const copy = brokenCopy();
  const path = join(copy.data, 'regions.csv');
  const parsed = Papa.parse<Row>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: 'greedy' });
  change(parsed.data);
  writeFileSync(path, Papa.unparse({ fields: parsed.meta.fields!, data: parsed.data.map((r) => parsed.meta.fields!.map((f) => r[f])) }, { newline: '\n' }) + '\n');
  const r = spawnSync(process.execPath, ['scripts/validate.ts'], { env: { ...process.env, DATA_DIR: copy.data }, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, rows: parsed.data };
}

const suggested = (stderr: string) => /try (#[0-9A-F]{6})/.exec(stderr)?.[1];

test('a colour that merges with another place’s for deuteranopia is named with the pair, and the suggestion passes', () => {
  // An orange and an olive of the same lightness merge for deuteranopia: the olive is given to the
  // second place, against the first place's orange.
  const { status, stderr, rows } = validateWith((r) => { r[0].colour_light = '#B35900'; r[1].colour_light = '#6B6B00'; });
  expect(status).toBe(1);
  expect(stderr).toMatch(new RegExp(`data/regions\\.csv:3: colour_light: #6B6B00 \\(light theme\\) is too close to ${rows[0].region_id}'s #B35900: [\\d.]+ apart in CIEDE2000 with deuteranopia`));
  const hex = suggested(stderr);
  expect(hex).toBeDefined();
  const bg = themeBackgrounds().light;
  for (const b of Object.values(bg)) expect(contrastRatio(hex!, b)).toBeGreaterThanOrEqual(3);
  for (const other of rows.filter((_, i) => i !== 1)) {
    for (const vision of seen) expect(de2000(vision(hex!), vision(other.colour_light)), other.region_id).toBeGreaterThanOrEqual(10);
  }
});

test('a dark-theme colour too faint on the dark backgrounds is named with the background and its ratio', () => {
  const bg = themeBackgrounds().dark['--bg'];
  const { status, stderr } = validateWith((r) => { r.at(-1)!.colour_dark = bg; });
  expect(status).toBe(1);
  expect(stderr).toMatch(/colour_dark: #\w+ \(dark theme\) has 1\.00:1 against the background --bg/);
  expect(suggested(stderr)).toBeDefined();
  expect(contrastRatio(suggested(stderr)!, bg)).toBeGreaterThanOrEqual(3);
});

test('the curated colours pass', () => {
  const { status, stderr } = validateWith(() => {});
  expect(stderr).not.toMatch(/colour_(light|dark):/);
  expect(status, stderr).toBe(0);
});
