// Copy-paste code for the static API, shown on the data page and run by the tests against a build.
import { API_ROOT } from '../schema/api.ts';

/** `root` is the site's address (https://example.org/) or, in the tests, a local server's. */
export const apiSnippets = (root: string) => {
  const api = `${root}${API_ROOT}`;
  return {
    python: [
      'import pandas as pd',
      `figures = pd.read_json("${api}tables/targets.json")`,
      'print(figures.groupby("kind").size())',
    ].join('\n'),
    r: [
      'library(jsonlite)',
      `figures <- fromJSON("${api}tables/targets.json")`,
      'table(figures$kind)',
    ].join('\n'),
    javascript: [
      `const figures = await (await fetch("${api}tables/targets.json")).json();`,
      'const byKind = Object.groupBy(figures, (f) => f.kind);',
      'console.log(Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.length])));',
    ].join('\n'),
  };
};
