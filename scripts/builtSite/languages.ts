// Which language each piece of a built page's text is marked as, and where the marking is wrong: a
// Chinese run on an English page outside an element marked zh-…, English on a Chinese page outside
// lang="en", <code> or <pre>, and half-width punctuation in Chinese context on a Chinese page
// (text shown as it was captured, which an element marks with data-as-captured, is as it was;
// source text as written, marked data-verbatim, may hold the Latin letters its authors wrote).
// Screen readers pick their voice from lang, and browsers pick fonts from it.
import { Parser } from 'htmlparser2';
import { halfWidthInChinese } from '../../src/i18n/punctuation.ts';
import { marksAsWritten } from '../../src/i18n/marksAsWritten.ts';

export interface TextRun { text: string; lang: string; code: boolean; asCaptured: boolean; verbatim: boolean }
export type LanguageProblem = { kind: 'untagged Chinese' | 'untagged English' | 'half-width marks'; text: string };

/** Words readers meet as they are in any language: file formats and units of size. */
export const LATIN_ALLOWED = new Set(['CSV', 'PNG', 'SVG', 'KB', 'MB', 'JSON', 'API', 'URL', 'CC', 'BY', 'PDF', 'ZIP', 'APA', 'BibTeX', 'RIS', 'CFF', 'R', 'Python', 'JavaScript', 'DOI', 'GitHub', 'Excel', 'UTF', 'BOM', 'LF', 'CRLF', 'RSS', 'Atom', 'iframe', 'HTML', 'JSON-LD', 'CSL-JSON', 'CIEDE2000', 'Frictionless', 'Tab', 'ICP', 'Markdown', 'README', 'UTF-8', 'SHA-256', 'RFC', 'Zenodo', 'pandas', 'Esc']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The page's visible text as runs, each with the language its nearest lang attribute gives it. */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: { name: string; lang?: string; asCaptured: boolean; verbatim: boolean }[] = [];
  let inBody = false;
  const current = () => {
    let lang = '';
    let code = false;
    let skipped = false;
    let asCaptured = false;
    let verbatim = false;
    for (const e of stack) {
      if (e.verbatim) verbatim = true;
      if (e.lang !== undefined) lang = e.lang;
      if (e.asCaptured) asCaptured = true;
      if (CODE.has(e.name)) code = true;
      if (SKIPPED.has(e.name)) skipped = true;
    }
    return { lang, code, skipped, asCaptured, verbatim };
  };
  let htmlLang = '';
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'html') htmlLang = attrs.lang ?? '';
      if (name === 'body') inBody = true;
      if (!VOID.has(name)) stack.push({ name, lang: attrs.lang, asCaptured: 'data-as-captured' in attrs, verbatim: 'data-verbatim' in attrs });
    },
    onclosetag(name, implied) {
      if (VOID.has(name) && !implied) return;
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
      if (name === 'body') inBody = false;
    },
    ontext(text) {
      if (!inBody || !text.trim()) return;
      const { lang, code, skipped, asCaptured, verbatim } = current();
      if (skipped) return;
      const last = runs.at(-1);
      const l = lang || htmlLang;
      if (last && last.lang === l && last.code === code && last.asCaptured === asCaptured && last.verbatim === verbatim) last.text += text;
      else runs.push({ text, lang: l, code, asCaptured, verbatim });
    },
  }, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true });
  parser.write(html);
  parser.end();
  return runs;
}

const HAN_RUN = /[\p{Script=Han}][\p{Script=Han}\u3000-\u303f\uff00-\uffef\d\s]*/gu;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]|[A-Za-z]/g;
const isZh = (lang: string) => /^zh\b/i.test(lang);
const isEn = (lang: string) => /^en\b/i.test(lang);

/** The language problems of one built page, whose own language is `pageLang` (its html lang). */
export function languageProblems(html: string, pageLang: string): LanguageProblem[] {
  const runs = textRuns(html);
  const problems: LanguageProblem[] = [];
  if (isEn(pageLang)) {
    for (const r of runs) if (!isZh(r.lang)) for (const m of r.text.matchAll(HAN_RUN)) problems.push({ kind: 'untagged Chinese', text: m[0].trim() });
  }
  if (isZh(pageLang)) {
    for (const r of runs) {
      if (r.code || r.asCaptured || r.verbatim || isEn(r.lang)) continue;
      // A lone letter is Chinese writing's own (“3+5+X”产业政策, A股), not English.
      for (const m of r.text.matchAll(LATIN_WORD)) if (m[0].length > 1 && !LATIN_ALLOWED.has(m[0])) problems.push({ kind: 'untagged English', text: m[0] });
    }
    // Marks are judged on the page's Chinese text read as one, so a comma just before a link counts.
    // Text shown as it was captured (a correction's "as found", marked data-as-captured) keeps its marks.
    const chinese = runs.filter((r) => !r.code && !r.asCaptured && isZh(r.lang)).map((r) => r.text).join('\n');
    // Marks the data keeps as written (a damaged span, code, an unreadable character's ?) stay, as the data rules allow.
    const kept = marksAsWritten(chinese);
    for (const at of halfWidthInChinese(chinese).filter((i) => !kept(i))) problems.push({ kind: 'half-width marks', text: chinese.slice(Math.max(0, at - 8), at + 8) });
  }
  return problems;
}
