// @ts-check
import { defineConfig } from 'astro/config';
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parsedCatalogue } from './src/i18n/catalogueAst.ts';

/**
 * A locale's catalogue imported with ?browser (src/client/locale.ts) is its messages parsed here, at
 * build time, so the browser loads no ICU parser. The catalogue is plain data: Node reads it as it is.
 */
const catalogueForBrowser = {
  name: 'catalogue-for-browser',
  /** @this {{ addWatchFile: (file: string) => void }} @param {string} id */
  async load(id) {
    const [file, query = ''] = id.split('?');
    if (!new URLSearchParams(query).has('browser')) return undefined;
    this.addWatchFile(file);
    const catalogue = (await import(`${pathToFileURL(file).href}?mtime=${statSync(file).mtimeMs}`)).default;
    return `export default ${JSON.stringify(parsedCatalogue(catalogue))};`;
  },
};

// BASE lets the site be served from a folder (e.g. BASE=/shuangchuang/); OUT_DIR is where the
// atomic build writes before it replaces dist/.
const base = process.env.BASE ?? '/';

export default defineConfig({
  output: 'static',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  // Pages render four at a time: thousands of receipt pages wait on file writes more than on the CPU.
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets', concurrency: 4 },
  compressHTML: true,
  devToolbar: { enabled: false },
  // CSP allows only same-origin scripts and styles: never inline small assets into the HTML.
  vite: {
    plugins: [catalogueForBrowser],
    // Stylesheets are named by their content alone: a chunk's own name can come from a derived file
    // whose path differs between builds (SITE_JSON), and two builds of the same data must be identical.
    build: { assetsInlineLimit: 0, rollupOptions: { output: { assetFileNames: (asset) => (/\.css$/.test(asset.names?.[0] ?? '') ? 'assets/style.[hash][extname]' : 'assets/[name].[hash][extname]') } } },
    // A build of other data (tests) reads its own derived files: SITE_JSON (see scripts/build.ts) and
    // the files derive writes beside it (site.search-index.json, site.places.css → <SITE_JSON>.….).
    resolve: { alias: process.env.SITE_JSON ? [{ find: /^.*\/generated\/site(\.[a-z-]+)?\.(json|css)$/, replacement: `${process.env.SITE_JSON.replace(/\.json$/, '')}$1.$2` }] : [] },
  },
});
