import { expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { MIN_BYTES, PRECOMPRESSED } from './precompress.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const files = (readdirSync(dist, { recursive: true }) as string[]).map((f) => f.split('\\').join('/'));

test('every text file of the build has .gz and .br copies that decompress to it', () => {
  const text = files.filter((f) => PRECOMPRESSED.test(f) && !f.startsWith('data/releases/') && statSync(join(dist, f)).size >= MIN_BYTES);
  expect(text.length).toBeGreaterThan(100);
  for (const f of text) {
    const original = readFileSync(join(dist, f));
    expect(gunzipSync(readFileSync(join(dist, `${f}.gz`))).equals(original), `${f}.gz`).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(dist, `${f}.br`))).equals(original), `${f}.br`).toBe(true);
  }
});

test('frozen releases are published as they were: nothing is added beside them', () => {
  expect(files.filter((f) => f.startsWith('data/releases/') && /\.(gz|br)$/.test(f))).toEqual([]);
  expect(existsSync(join(dist, 'index.html.gz'))).toBe(true);
});

test('compressing many files at once writes what compressing one at a time writes', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { precompress } = await import('./precompress.ts');
  const outputs: string[][] = [];
  for (const inFlight of [1, 8]) {
    const root = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(root, 'a'));
    for (let i = 0; i < 20; i++) writeFileSync(join(root, 'a', `${i}.html`), `<p>${'字'.repeat(200 + i)} ${i}</p>`.repeat(3));
    writeFileSync(join(root, 'small.css'), 'a{}');
    expect(await precompress(root, inFlight)).toBe(20);
    outputs.push((readdirSync(root, { recursive: true }) as string[]).sort().filter((f) => /\.(gz|br)$/.test(f)).map((f) => `${f} ${readFileSync(join(root, f)).toString('base64')}`));
    rmSync(root, { recursive: true });
  }
  expect(outputs[0].length).toBe(40);
  expect(outputs[1]).toEqual(outputs[0]);
});
