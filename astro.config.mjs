// @ts-check
import { defineConfig } from 'astro/config';

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
    // Stylesheets are named by their content alone: a chunk's own name can come from a derived file
    // whose path differs between builds (SITE_JSON), and two builds of the same data must be identical.
    build: { assetsInlineLimit: 0, rollupOptions: { output: { assetFileNames: (asset) => (/\.css$/.test(asset.names?.[0] ?? '') ? 'assets/style.[hash][extname]' : 'assets/[name].[hash][extname]') } } },
    // A build of other data (tests) reads its own derived files: SITE_JSON (see scripts/build.ts) and
    // the files derive writes beside it (site.search-index.json, site.places.css → <SITE_JSON>.….).
    resolve: { alias: process.env.SITE_JSON ? [{ find: /^.*\/generated\/site(\.[a-z-]+)?\.(json|css)$/, replacement: `${process.env.SITE_JSON.replace(/\.json$/, '')}$1.$2` }] : [] },
  },
});
