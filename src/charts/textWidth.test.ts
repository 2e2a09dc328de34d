import { expect, test } from 'vitest';
import { fitText, textWidth } from './textWidth.ts';

test('CJK labels count as wider than Latin ones', () => {
  expect(textWidth('人力资源')).toBeGreaterThan(textWidth('Huma'));
});

test('a label that fits is kept; a long one is cut with an ellipsis and then fits', () => {
  expect(fitText('Tax', 100)).toBe('Tax');
  const cut = fitText('Mass organisations (youth league, women, unions…)', 100);
  expect(cut.endsWith('…')).toBe(true);
  expect(textWidth(cut)).toBeLessThanOrEqual(100);
});
