// For tests: every message of a catalogue, the arguments it takes (read from the message itself), and
// sample arguments that reach its branches: each count as 0, 1, 2 and many (and as one in words and
// in digits above ten, and one that reaches 万), each select through its options, and for rankings a
// tie and a single place.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { isMessage, PARSE_OPTIONS } from './catalogueAst.ts';
import type { Args } from './messageFormat.ts';

/** How a message uses an argument: a number (with the styles it is written in, and whether a branch says 0), a string, or a select. */
export type ArgKind = { kind: 'number'; styles: string[]; zero: boolean } | { kind: 'string' } | { kind: 'select'; options: string[] };

/** Every string of a catalogue with its path (aboutSections.caveats.paragraphs[0]). */
export function stringsOf(catalogue: unknown, at = ''): { path: string; text: string }[] {
  if (typeof catalogue === 'string') return [{ path: at, text: catalogue }];
  if (Array.isArray(catalogue)) return catalogue.flatMap((v, i) => stringsOf(v, `${at}[${i}]`));
  if (catalogue && typeof catalogue === 'object') return Object.entries(catalogue).flatMap(([k, v]) => stringsOf(v, at ? `${at}.${k}` : k));
  return [];
}

export const messagesOf = (catalogue: unknown) => stringsOf(catalogue).filter((m) => isMessage(m.text));

/** The arguments a message takes and how it uses each; throws when one argument is used two ways. */
export function argumentsOf(message: string): Map<string, ArgKind> {
  const args = new Map<string, ArgKind>();
  const add = (name: string, kind: ArgKind) => {
    const had = args.get(name);
    if (!had) return void args.set(name, kind);
    if (had.kind !== kind.kind) throw new Error(`argument "${name}" is used both as ${had.kind} and as ${kind.kind}`);
    if (had.kind === 'select' && kind.kind === 'select') had.options = [...new Set([...had.options, ...kind.options])];
    if (had.kind === 'number' && kind.kind === 'number') { had.styles = [...new Set([...had.styles, ...kind.styles])]; had.zero ||= kind.zero; }
  };
  const walk = (els: MessageFormatElement[]) => {
    for (const el of els) {
      if (el.type === TYPE.argument) add(el.value, { kind: 'string' });
      else if (el.type === TYPE.number) add(el.value, { kind: 'number', styles: typeof el.style === 'string' ? [el.style] : [], zero: false });
      else if (el.type === TYPE.plural) { add(el.value, { kind: 'number', styles: [], zero: '=0' in el.options }); Object.values(el.options).forEach((o) => walk(o.value)); }
      else if (el.type === TYPE.select) { add(el.value, { kind: 'select', options: Object.keys(el.options).filter((k) => k !== 'other') }); Object.values(el.options).forEach((o) => walk(o.value)); }
    }
  };
  walk(parse(message, PARSE_OPTIONS));
  return args;
}

/** Counts as the pages pass them: none, one, two, many in words, many in digits, and one that reaches 万. */
export const SAMPLE_COUNTS = [0, 1, 2, 5, 12, 30_000] as const;

export interface Sample {
  args: Args;
  /** Whether a page could give these: no ranking out of order, and no 0 for a count whose message has no words for none. */
  sensible: boolean;
}

/**
 * Sample arguments for a message: one set per count (every number argument that count) and per
 * option of its selects. A ranking (a message with a position) is given coherent ranks for each
 * count ranked: the first, the last, one between, a tie at each, and a single place ranked alone.
 * Strings are the locale's sample names, so what is rendered reads as the language checked.
 */
export function sampleArgs(args: Map<string, ArgKind>, names: (arg: string) => string): Sample[] {
  const selects = [...args.values()].filter((a) => a.kind === 'select') as { options: string[] }[];
  const branches = Math.max(1, ...selects.map((s) => s.options.length + 1));
  const zeroSaid = (n: number) => n !== 0 || [...args.values()].every((a) => a.kind !== 'number' || a.zero);
  const plain = (n: number, b: number): Args => Object.fromEntries([...args].filter(([name]) => !RANKING.has(name)).map(([name, a]) => [name,
    a.kind === 'number' ? n : a.kind === 'select' ? (a.options[b % (a.options.length + 1)] ?? 'other') : names(name)]));
  const sets: Sample[] = [];
  const ranked = args.has('position') ? (args.has('among') ? 'among' : 'of') : undefined;
  for (const n of SAMPLE_COUNTS) {
    for (let b = 0; b < branches; b++) {
      if (!ranked) { sets.push({ args: plain(n, b), sensible: zeroSaid(n) }); continue; }
      for (const of of SAMPLE_COUNTS.filter((x) => x > 0 && x <= 12)) {
        const ranks: [number, number, string][] = [[1, 0, 'first'], ...(of > 1 ? [[of, 0, 'last'] as [number, number, string], [1, 1, 'first'] as [number, number, string], [of - 1, 1, 'last'] as [number, number, string]] : []),
          ...(of > 3 ? [[2, 0, 'middle'] as [number, number, string], [2, 1, 'middle'] as [number, number, string]] : [])];
        for (const [rank, ties, position] of ranks) {
          sets.push({ args: { ...plain(n, b), [ranked]: of, rank, ties, position, tied: ties ? names('tied') : '' }, sensible: zeroSaid(n) });
        }
      }
    }
  }
  return sets;
}

/** The arguments of a ranking (src/i18n/sentences.ts: rankingArgs), given together. */
const RANKING = new Set(['rank', 'ties', 'tied', 'position']);
