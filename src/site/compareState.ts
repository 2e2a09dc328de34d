// The compare page's state and its URL form (?places=yuetang,putuo&metric=jobs_created&per=capita&diff=1),
// kept apart from drawing so that a copied link reproduces the view.
import { VIEWS, type View } from '../model/site.ts';

/** diff: show only the questions on which the places chosen answer differently. */
export interface CompareState { places: string[]; metric: string; per: View; diff: boolean }

/** Fewer than two places is no comparison; any number up to all of them may be compared. */
export const MIN_PLACES = 2;

/** Reads a query string; anything unknown or out of range falls back to the defaults. */
export function parseCompareState(search: string, placeIds: readonly string[], metricIds: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const asked = (params.get('places') ?? '').split(',').filter((p) => placeIds.includes(p));
  const unique = placeIds.filter((p) => asked.includes(p)); // canonical order, no repeats
  const places = unique.length >= MIN_PLACES ? unique : [...placeIds];
  const metric = metricIds.includes(params.get('metric') ?? '') ? params.get('metric')! : metricIds[0] ?? '';
  const per = (VIEWS as readonly string[]).includes(params.get('per') ?? '') ? (params.get('per') as View) : 'absolute';
  return { places, metric, per, diff: params.get('diff') === '1' };
}

export function formatCompareState(s: CompareState): string {
  return `?places=${s.places.join(',')}&metric=${encodeURIComponent(s.metric)}&per=${s.per}${s.diff ? '&diff=1' : ''}`;
}
