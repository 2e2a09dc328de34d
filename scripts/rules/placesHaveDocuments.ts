import type { Rule } from './context.ts';

/** Every place has at least one document: a place without one has nothing to show and breaks its page. */
export const placesHaveDocuments: Rule = ({ dataset }) => {
  const documented = new Set(dataset.documents.map(({ row }) => row.region_id));
  return dataset.regions
    .filter(({ row }) => !documented.has(row.region_id))
    .map(({ row, line }) => ({ file: 'data/regions.csv', line, column: 'region_id', message: `${row.region_id} has no document in documents.csv` }));
};
