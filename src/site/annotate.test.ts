import { expect, test } from 'vitest';
import { annotate, type Node } from './annotate.ts';

/** Renders the tree as bracketed text so the nesting can be read in one line. */
const show = (nodes: Node[]): string =>
  nodes.map((n) => ('text' in n ? n.text : `[${n.span.kind}${n.first && n.span.id ? `#${n.span.id}` : ''}:${show(n.children)}]`)).join('');

test('spans nest inside the spans that contain them', () => {
  const text = '甲乙丙丁戊己';
  expect(show(annotate(text, [
    { start: 0, end: 6, kind: 'm', id: 'm1' },
    { start: 1, end: 4, kind: 's', id: 's1' },
    { start: 2, end: 3, kind: 'f', id: 't1' },
  ]))).toBe('[m#m1:甲[s#s1:乙[f#t1:丙]丁]戊己]');
});

test('a span that crosses another is split, keeping its id on the first piece only', () => {
  const text = 'abcdef';
  expect(show(annotate(text, [{ start: 0, end: 3, kind: 'm', id: 'm1' }, { start: 2, end: 5, kind: 'e', id: 'e1' }])))
    .toBe('[m#m1:ab[e#e1:c]][e:de]f');
});

test('the text is kept whole, in order, whatever the spans', () => {
  const text = '0123456789';
  const spans = [{ start: 1, end: 8, kind: 'a' }, { start: 3, end: 9, kind: 'b' }, { start: 0, end: 2, kind: 'c' }, { start: 5, end: 5, kind: 'empty' }];
  expect(show(annotate(text, spans)).replace(/\[[a-z]+:|\]/g, '')).toBe(text);
});
