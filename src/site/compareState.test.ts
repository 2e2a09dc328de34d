import { describe, expect, test } from 'vitest';
import { formatCompareState, parseCompareState } from './compareState.ts';

const places = ['a', 'b', 'c', 'd', 'e'];
const metrics = ['jobs', 'firms'];

describe('compare state in the URL', () => {
  test('reads places, metric and view, keeping the canonical place order', () => {
    expect(parseCompareState('?places=d,b&metric=firms&per=capita', places, metrics)).toEqual({ places: ['b', 'd'], metric: 'firms', per: 'capita', diff: false });
  });
  test('falls back to every place, the first metric and absolute values', () => {
    expect(parseCompareState('?places=b&metric=nope&per=weird', places, metrics)).toEqual({ places, metric: 'jobs', per: 'absolute', diff: false });
  });
  test('drops unknown and repeated places', () => {
    expect(parseCompareState('?places=a,zz,a,c', places, metrics).places).toEqual(['a', 'c']);
  });
  test('a formatted state reads back to itself, with differences only on or off', () => {
    for (const diff of [true, false]) {
      const state = { places: ['a', 'e'], metric: 'firms', per: 'capita_year' as const, diff };
      expect(parseCompareState(formatCompareState(state), places, metrics)).toEqual(state);
    }
  });
  test('differences only is on for diff=1 alone', () => {
    expect(parseCompareState('?diff=1', places, metrics).diff).toBe(true);
    for (const q of ['?diff=0', '?diff=yes', '']) expect(parseCompareState(q, places, metrics).diff, q).toBe(false);
  });
  test('a page without numeric comparisons still reads its places', () => {
    expect(parseCompareState('?places=a,b&diff=1', places, [])).toEqual({ places: ['a', 'b'], metric: '', per: 'absolute', diff: true });
  });
});
