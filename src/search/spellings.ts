// English spellings readers type that the curated English writes otherwise. Policy terms and the
// words readers use for them come from data/glossary.csv (the index's synonyms), not from here.
export const SPELLINGS: Record<string, readonly string[]> = {
  startup: ['start-up'],
  startups: ['start-ups'],
};
