// npm run changelog: writes the computed diff against the previous frozen release into the current
// release's entry of data/CHANGELOG.md (between the diff markers), so its counts are never typed,
// and rewrites the release's CITATION.cff and .zenodo.json at the project's root from the data.
import { rewriteChangelog } from './release/changelog.ts';
import { packageVersion } from './downloads/write.ts';

try {
  for (const line of rewriteChangelog(process.env.DATA_DIR ?? 'data', packageVersion())) console.log(line);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
