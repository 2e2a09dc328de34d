// Data flows one way: data/ → scripts/ → generated files → pages. No module the site is built from
// (anything under src/ but its tests) imports from scripts/.
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { listFiles } from '../scripts/builtSite/site.ts';

const root = resolve('.');
const modules = listFiles('src').filter((f) => /\.(ts|astro|mjs|js)$/.test(f) && !/\.test\.ts$/.test(f)).map((f) => join('src', f));

/** Every module specifier in a file: import … from, export … from, import(), bare import, <script src>. */
export const specifiers = (code: string) =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|<script[^>]*\bsrc=)['"]([^'"]+)['"]/g)].map((m) => m[1]);

test('the scan finds imports in every form a module can write them', () => {
  expect(specifiers(`import a from '../x.ts';\nexport { b } from "./y.ts";\nconst c = await import('../../z.ts');\nimport './side.css';\n<script src="../client/w.ts"></script>`))
    .toEqual(['../x.ts', './y.ts', '../../z.ts', './side.css', '../client/w.ts']);
});

test('no non-test module under src/ imports from scripts/', () => {
  expect(modules.length).toBeGreaterThan(20);
  const offending = modules.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8'))
      .filter((s) => s.startsWith('.'))
      .filter((s) => relative(root, resolve(dirname(file), s)).split(/[\\/]/)[0] === 'scripts')
      .map((s) => `${file}: ${s}`));
  expect(offending).toEqual([]);
});
