import { expect, test } from 'vitest';
import { shotFile, shotLocales, shotPages } from './pages.ts';

test('every shot has its own file name, in every language', () => {
  const names = shotLocales().flatMap((l) => shotPages('a b', 't', 'c').flatMap((p) => [360, 1280].map((w) => shotFile(l.id, p.kind, w))));
  expect(new Set(names).size).toBe(names.length);
});

test('paths from data are encoded and stay one segment', () => {
  const region = shotPages('../x', 't', 'c').find((p) => p.kind === 'region')!;
  expect(region.path).toBe('regions/..%2Fx/');
});
