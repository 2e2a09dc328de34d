// A catalogue's messages parsed when the site is built, in the small form the browser's formatter
// reads (messageFormat.ts): browser code that loads a locale's words carries no ICU parser.
// Build-time only (astro.config.mjs hands it to Vite for imports of a catalogue with ?browser).
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { ParsedMessage, Part } from './messageFormat.ts';

/** A string of the catalogue is a message when it holds an argument; any other string is plain text. */
export const isMessage = (s: string) => s.includes('{');

/** The parser's options, the same for the build's formatter and the browser's: tags are plain text. */
export const PARSE_OPTIONS = { ignoreTag: true } as const;

function parts(elements: MessageFormatElement[]): Part[] {
  const options = (o: Record<string, { value: MessageFormatElement[] }>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, parts(v.value)]));
  return elements.map((el): Part => {
    switch (el.type) {
      case TYPE.literal: return el.value;
      case TYPE.pound: return 0;
      case TYPE.argument: return [el.value];
      case TYPE.number:
        if (el.style && typeof el.style !== 'string') throw new Error(`{${el.value}, number, ::…}: number skeletons are not read in the browser; name a style of the catalogue's numbers`);
        return el.style ? [el.value, 'n', el.style] : [el.value, 'n'];
      case TYPE.plural: return [el.value, el.pluralType === 'ordinal' ? 'o' : 'p', el.offset, options(el.options)];
      case TYPE.select: return [el.value, 's', options(el.options)];
      default: throw new Error(`{${'value' in el ? el.value : ''}}: only plain, number, plural, selectordinal and select arguments are used in the catalogue`);
    }
  });
}

/** One message parsed. */
export const parsedMessage = (message: string): ParsedMessage => ({ $: parts(parse(message, PARSE_OPTIONS)) });

/** Groups of the catalogue no browser code reads (the about page's prose, the home page's story and its rules): left out of what the browser loads. */
export const PAGE_ONLY = new Set(['aboutSections', 'story']);

/** The catalogue with each message parsed (all of it, or what browser code reads); plain strings, numbers and flags stay as they are. */
export function parsedCatalogue(catalogue: object, groups: 'browser' | 'all' = 'browser'): unknown {
  const walk = (v: unknown, path: string): unknown => {
    if (typeof v === 'string') {
      if (!isMessage(v)) return v;
      try { return parsedMessage(v); } catch (e) { throw new Error(`message ${path}: ${(e as Error).message}`); }
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !(path === '' && groups === 'browser' && PAGE_ONLY.has(k))).map(([k, x]) => [k, walk(x, path ? `${path}.${k}` : k)]));
    return v;
  };
  return walk(catalogue, '');
}
