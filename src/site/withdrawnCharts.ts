// Charts the site once published and has withdrawn, because they set unlike figures side by side.
// Their embed addresses stay, saying so, so that an article that embedded one does not show an
// error or, worse, the old chart; their CSVs are not published any more.
export interface WithdrawnChart { chart_id: string; release: string }

export const WITHDRAWN_RELEASE = '2026.11.22-2';

/** The comparisons by metric of release 2026.11.22, replaced by comparisons by definition. */
export const WITHDRAWN_CHARTS: readonly WithdrawnChart[] = [
  'compare-entrepreneurs_supported', 'compare-incubators_and_spaces', 'compare-jobs_created', 'compare-new_firms', 'compare-service_platforms',
].map((chart_id) => ({ chart_id, release: WITHDRAWN_RELEASE }));
