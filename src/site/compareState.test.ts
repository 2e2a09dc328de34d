import { describe, expect, test } from 'vitest';
import { formatCompareState, parseCompareState } from './compareState.ts';

const places = ['a', 'b', 'c', 'd', 'e'];
const metrics = ['jobs', 'firms'];

describe('compare state in the URL', () => {
  test('reads places, metric and view, keeping the canonical place order', () => {
    expect(parseCompareState('?places=d,b&metric=firms&per=capita', places, metrics)).toEqual({ places: ['b', 'd'], metric: 'firms', per: 'capita' });
  });
  test('falls back to every place, the first metric and absolute values', () => {
    expect(parseCompareState('?places=b&metric=nope&per=weird', places, metrics)).toEqual({ places, metric: 'jobs', per: 'absolute' });
  });
  test('drops unknown and repeated places', () => {
    expect(parseCompareState('?places=a,zz,a,c', places, metrics).places).toEqual(['a', 'c']);
  });
  test('a formatted state reads back to itself', () => {
    const state = { places: ['a', 'e'], metric: 'firms', per: 'capita_year' as const };
    expect(parseCompareState(formatCompareState(state), places, metrics)).toEqual(state);
  });
});
