// Words readers type that the curated English does not use, with the words the data uses instead.
// Each query word is searched together with its alternatives (any one may match).
export const GLOSSARY: Record<string, readonly string[]> = {
  veteran: ['ex-servicemen', '退役军人'],
  veterans: ['ex-servicemen', '退役军人'],
  'ex-serviceman': ['ex-servicemen', '退役军人'],
  退伍军人: ['退役军人'],
  startup: ['start-up'],
  startups: ['start-ups'],
};
