/** Sentence spans of a text: ends after 。！？；; or at a line break; blank spans are skipped. */
export function sentences(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    const s = text.slice(start, end);
    const lead = s.length - s.trimStart().length;
    const trail = s.length - s.trimEnd().length;
    if (s.trim()) spans.push([start + lead, end - trail]);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') push(i + 1);
    else if ('。！？；;'.includes(ch)) {
      let end = i + 1;
      while (end < text.length && '”’」)'.includes(text[end])) end++; // keep a closing quote with its sentence
      i = end - 1;
      push(end);
    }
  }
  push(text.length);
  return spans;
}
