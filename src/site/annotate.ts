// Turns a text and a set of [start, end) spans into a tree for rendering: spans nest inside the
// spans that contain them; a span that crosses another is split, its id kept on the first piece.
export interface Span { start: number; end: number; kind: string; id?: string; data?: Record<string, string> }
export type Node = { text: string } | { span: Span; first: boolean; children: Node[] };

export function annotate(text: string, spans: readonly Span[], from = 0, to = text.length): Node[] {
  const inside = spans
    .filter((s) => s.end > from && s.start < to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: Node[] = [];
  let at = from;
  let i = 0;
  while (at < to) {
    const next = inside.slice(i).find((s) => Math.max(s.start, from) >= at);
    if (!next) { nodes.push({ text: text.slice(at, to) }); break; }
    const start = Math.max(next.start, at);
    if (start > at) nodes.push({ text: text.slice(at, start) });
    const end = Math.min(next.end, to);
    const rest = inside.filter((s) => s !== next);
    nodes.push({ span: next, first: start === next.start, children: annotate(text, rest.filter((s) => s.start < end && s.end > start), start, end) });
    at = end;
    i = inside.indexOf(next) + 1;
  }
  return nodes;
}
