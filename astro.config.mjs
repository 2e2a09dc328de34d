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
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // CSP allows only same-origin scripts and styles: never inline small assets into the HTML.
  vite: {
    build: { assetsInlineLimit: 0 },
    // A build of other data (tests) reads its own derived file: see SITE_JSON in scripts/build.ts.
    resolve: { alias: process.env.SITE_JSON ? [{ find: /^.*\/generated\/site\.json$/, replacement: process.env.SITE_JSON }] : [] },
  },
});
