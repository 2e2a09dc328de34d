// The compare page's state and its URL form (?places=yuetang,putuo&metric=jobs_created&per=capita),
// kept apart from drawing so that a copied link reproduces the view.
import { VIEWS, type View } from '../model/site.ts';

export interface CompareState { places: string[]; metric: string; per: View }

/** Fewer than two places is no comparison; any number up to all of them may be compared. */
export const MIN_PLACES = 2;

/** Reads a query string; anything unknown or out of range falls back to the defaults. */
export function parseCompareState(search: string, placeIds: readonly string[], metricIds: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const asked = (params.get('places') ?? '').split(',').filter((p) => placeIds.includes(p));
  const unique = placeIds.filter((p) => asked.includes(p)); // canonical order, no repeats
  const places = unique.length >= MIN_PLACES ? unique : [...placeIds];
  const metric = metricIds.includes(params.get('metric') ?? '') ? params.get('metric')! : metricIds[0];
  const per = (VIEWS as readonly string[]).includes(params.get('per') ?? '') ? (params.get('per') as View) : 'absolute';
  return { places, metric, per };
}

export function formatCompareState(s: CompareState): string {
  return `?places=${s.places.join(',')}&metric=${encodeURIComponent(s.metric)}&per=${s.per}`;
}
