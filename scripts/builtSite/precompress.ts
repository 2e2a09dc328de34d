// Precompressed copies of the built text files (<file>.gz and <file>.br) for hosts that serve them
// (nginx gzip_static/brotli_static, Caddy precompressed…). Fixed settings, so two builds stay
// byte-identical; budgets stay in gzip. The frozen releases under data/releases/ are published
// exactly as they were, so nothing is added beside them.
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip } from 'node:zlib';

export const PRECOMPRESSED = /\.(html|css|js|mjs|json|xml|txt|svg|csv|md|cff)$/;
/** Smaller files gain nothing worth a second request path. */
export const MIN_BYTES = 1024;
// Brotli quality 5 compresses the whole site in well under a second; 11 would take tens of seconds.
export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 9;

const brotliOptions = (bytes: Uint8Array) => ({ params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
export const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, brotliOptions(bytes));
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The files a build precompresses: text files big enough to gain, outside the frozen releases. */
export function precompressible(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => PRECOMPRESSED.test(file) && file.split(sep).slice(0, 2).join('/') !== 'data/releases')
    .map((file) => join(root, file))
    .filter((path) => { const s = statSync(path); return s.isFile() && s.size >= MIN_BYTES; });
}

/**
 * Compresses on zlib's thread pool, a few files in flight per core: at 50 places (about 15,000
 * files) one thread spent about 7 s here. Each file's output depends only on its bytes, so the
 * order files finish in cannot change the build.
 */
export async function precompress(root: string, inFlight = availableParallelism() * 4): Promise<number> {
  const paths = precompressible(root);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++];
      const bytes = await readFile(path);
      const [gz, br] = await Promise.all([gzipAsync(bytes, { level: GZIP_LEVEL }), brotliAsync(bytes, brotliOptions(bytes))]);
      await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, paths.length) }, worker));
  return paths.length;
}
