// Precompressed copies of the built text files (<file>.gz and <file>.br) for hosts that serve them
// (nginx gzip_static/brotli_static, Caddy precompressed…). Fixed settings, so two builds stay
// byte-identical; budgets stay in gzip. The frozen releases under data/releases/ are published
// exactly as they were, so nothing is added beside them.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const PRECOMPRESSED = /\.(html|css|js|mjs|json|xml|txt|svg|csv|md|cff)$/;
/** Smaller files gain nothing worth a second request path. */
export const MIN_BYTES = 1024;
// Brotli quality 5 compresses the whole site in well under a second; 11 would take tens of seconds.
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 9;

export const brotli = (bytes: Uint8Array) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });

export function precompress(root: string): number {
  let written = 0;
  for (const file of readdirSync(root, { recursive: true }) as string[]) {
    if (!PRECOMPRESSED.test(file) || file.split(sep).slice(0, 2).join('/') === 'data/releases') continue;
    const path = join(root, file);
    if (!statSync(path).isFile() || statSync(path).size < MIN_BYTES) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: GZIP_LEVEL }));
    writeFileSync(`${path}.br`, brotli(bytes));
    written += 1;
  }
  return written;
}
