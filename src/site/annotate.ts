// Turns a text and a set of [start, end) spans into a tree for rendering: spans nest inside the
// spans that contain them; a span that crosses another is split, its id kept on the first piece.
export interface Span { start: number; end: number; kind: string; id?: string; data?: Record<string, string> }
export type Node = { text: string } | { span: Span; first: boolean; children: Node[] };

export function annotate(text: string, spans: readonly Span[], from = 0, to = text.length): Node[] {
  const inside = spans.filter((s) => s.end > from && s.start < to && s.end > s.start);
  const nodes: Node[] = [];
  let at = from;
  while (at < to) {
    // The outermost span that starts next; a span cut off by an earlier one continues from here.
    const next = inside
      .filter((s) => s.end > at)
      .map((s) => ({ s, start: Math.max(s.start, at) }))
      .sort((a, b) => a.start - b.start || b.s.end - a.s.end)[0];
    if (!next) { nodes.push({ text: text.slice(at, to) }); break; }
    if (next.start > at) nodes.push({ text: text.slice(at, next.start) });
    const end = Math.min(next.s.end, to);
    const children = inside.filter((s) => s !== next.s && s.start < end && s.end > next.start);
    nodes.push({ span: next.s, first: next.start === next.s.start, children: annotate(text, children, next.start, end) });
    at = end;
  }
  return nodes;
}
