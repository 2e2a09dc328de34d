// Every place's answer to every question of the codebook, derived by the question's named rule from
// the coded rows. An answer outside the question's closed list is a problem of the codebook (a rule
// returned what data/codebook-answers.csv does not list), reported cause first by the validator.
import type { Check, CodebookAnswer, Definition, Department, Document, InstrumentKind, Measure, Question, Region, Target, TargetGroupRow } from '../../../src/schema/index.ts';
import type { PlaceAnswer } from '../../../src/model/site.ts';
import { answerRules, type PlaceRows } from './rules.ts';
import { TOOL_GROUPS } from '../../../src/schema/vocabulary.ts';
import type { ToolShare } from '../../../src/model/site.ts';

export interface CodedRows {
  regions: readonly Region[];
  documents: readonly Document[];
  measures: readonly Measure[];
  targets: readonly Target[];
  targetGroups: readonly TargetGroupRow[];
  checks: readonly Check[];
  departments: readonly Department[];
  instruments: readonly InstrumentKind[];
  definitions: readonly Definition[];
}

/** The rows of one document, as the rules read them. */
export function placeRows(rows: CodedRows, document: Document): PlaceRows {
  const measures = rows.measures.filter((m) => m.doc_id === document.doc_id);
  const ids = new Set(measures.map((m) => m.measure_id));
  return {
    region: rows.regions.find((r) => r.region_id === document.region_id)!,
    document,
    measures,
    targets: rows.targets.filter((t) => t.doc_id === document.doc_id),
    groups: rows.targetGroups.filter((g) => ids.has(g.measure_id)),
    checks: rows.checks.filter((c) => ids.has(c.measure_id)),
    departments: rows.departments.filter((d) => d.doc_id === document.doc_id),
    instruments: [...rows.instruments],
    definitions: [...rows.definitions],
  };
}

/** An answer a rule gave that the question's closed list does not have. */
export interface UnlistedAnswer { question_id: string; answer: string; doc_id: string }

/**
 * Each document's answer to each question, in the codebook's order of questions and of answers, and
 * the answers no list has (empty when the codebook is whole).
 */
export function deriveAnswers(rows: CodedRows, questions: readonly Question[], closed: readonly CodebookAnswer[]): { answers: PlaceAnswer[]; unlisted: UnlistedAnswer[] } {
  const answers: PlaceAnswer[] = [];
  const unlisted: UnlistedAnswer[] = [];
  const ordered = [...questions].sort((a, b) => a.order - b.order);
  for (const document of rows.documents) {
    const place = placeRows(rows, document);
    for (const q of ordered) {
      const listed = closed.filter((a) => a.question_id === q.question_id).map((a) => a.answer_id);
      const given = answerRules[q.rule](place);
      for (const a of given.answers) if (!listed.includes(a)) unlisted.push({ question_id: q.question_id, answer: a, doc_id: document.doc_id });
      answers.push({
        question_id: q.question_id,
        region_id: document.region_id,
        doc_id: document.doc_id,
        answers: [...given.answers].sort((a, b) => listed.indexOf(a) - listed.indexOf(b)),
        measure_ids: given.measure_ids ?? [],
        target_ids: given.target_ids ?? [],
        quotes: given.quotes ?? [],
        ...(given.facts ? { facts: given.facts } : {}),
      });
    }
  }
  return { answers, unlisted };
}

/** Per document and kind of policy tool: how many of its items use a tool of that kind (items may use several kinds). */
export function toolMix(documents: readonly Document[], measures: readonly Measure[], instruments: readonly InstrumentKind[]): ToolShare[] {
  const kindOf = new Map<string, string>(instruments.map((i) => [i.instrument, i.tool_group]));
  return documents.flatMap((doc) => {
    const items = measures.filter((m) => m.doc_id === doc.doc_id);
    return TOOL_GROUPS.map((tool_group) => ({
      doc_id: doc.doc_id, region_id: doc.region_id, tool_group, of: items.length,
      items: items.filter((m) => m.instruments.some((i) => kindOf.get(i) === tool_group)).length,
    }));
  });
}
