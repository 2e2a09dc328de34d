// Words a reader should never meet, in one list for every language: the site's build variables, the
// language of building and configuring it, the data's column names set as prose or as labels, and
// links named “receipt”. Pages say what a reader can do instead, and name a link by what it opens; method lives on
// the about page. tests/plain-words.test.ts reads every reader page (all but embeds and the API) with it.
import { Parser } from 'htmlparser2';
import { textRuns } from './languages.ts';

export interface InsiderWord {
  pattern: RegExp;
  /** What the word is, as a problem names it. */
  what: string;
  /** Also inside code: a build variable is insider wherever it stands; a column name in code is a name, not prose. */
  evenInCode?: boolean;
  /** Page types (scripts/builtSite/site.ts) whose subject the word is: the data dictionary lists the columns. */
  except?: string[];
}

export const INSIDER_WORDS: readonly InsiderWord[] = [
  { pattern: /\b(?:REPORT_URL|SITE_URL|BASE_URL|PRECOMPRESS|PAGE_SHARDS?|CARDS=|DIST_DIR|SITE_JSON)\b/, what: 'a build variable', evenInCode: true },
  { pattern: /\b(?:this|the|a|each|every) build\b|\bbuild (?:time|step|had|was|stops|fails)\b|\b(?:is|was|were|been|being) built\b|\bbuilt (?:from|with) (?:the|its)\b|\bwhen (?:this|the) site (?:is|was) built\b/i, what: 'build language' },
  { pattern: /\bconfigur(?:e|ed|es|ing|ation)\b|\bunconfigured\b/i, what: 'configuration language' },
  { pattern: /构建时|本次构建|否则构建|由构建|构建本网站|构建失败|构建停止|构建检查|未配置|配置了|网站配置/, what: 'build or configuration language' },
  { pattern: /\bheadline (?:targets?|figures?|commitments?)\b/i, what: 'a column name (headline) as prose', except: ['data/dictionary', 'data/*'] },
  { pattern: /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/, what: 'a column name or code', except: ['data/dictionary', 'data/*'] },
];

/** A label's whole text (a link, a heading cell, a tag) that names the machinery or a column instead of what it is or opens. */
export const INSIDER_LABELS: readonly InsiderWord[] = [
  { pattern: /^\s*(?:receipts?|收据|凭据)\s*$/i, what: 'a label naming the machinery, not what it opens' },
  { pattern: /^\s*(?:headline|in_chart)\s*$/i, what: 'a column name as a label', except: ['data/dictionary', 'data/*'] },
];
/** Elements whose whole text is a label. */
const LABELS = new Set(['a', 'th', 'dt', 'label', 'button', 'summary', 'legend']);
const isLabel = (name: string, attrs: Record<string, string>) => LABELS.has(name) || /\btag\b/.test(attrs.class ?? '');

export interface InsiderProblem { what: string; text: string }

/** The whole text of each label of the page (links, heading cells, tags…), as a reader sees it. */
function labelTexts(html: string): string[] {
  const texts: string[] = [];
  const open: { name: string; text: string }[] = [];
  const parser = new Parser({
    onopentag(name, attrs) { if (isLabel(name, attrs)) open.push({ name, text: '' }); },
    ontext(text) { for (const o of open) o.text += text; },
    onclosetag(name) { if (open.at(-1)?.name === name) texts.push(open.pop()!.text); },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  return texts;
}

/** The insider words of one built page of type `pageType`, each with the text around it. */
export function insiderWords(html: string, pageType = ''): InsiderProblem[] {
  const problems: InsiderProblem[] = [];
  const runs = textRuns(html);
  for (const word of INSIDER_WORDS) {
    if (word.except?.includes(pageType)) continue;
    for (const run of runs) {
      if (run.code && !word.evenInCode) continue;
      const global = new RegExp(word.pattern.source, `${word.pattern.flags.replace('g', '')}g`);
      for (const m of run.text.matchAll(global)) problems.push({ what: word.what, text: run.text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30).replace(/\s+/g, ' ').trim() });
    }
  }
  const labels = labelTexts(html);
  for (const word of INSIDER_LABELS) {
    if (word.except?.includes(pageType)) continue;
    for (const label of labels) if (word.pattern.test(label)) problems.push({ what: word.what, text: label.trim() });
  }
  return problems;
}
