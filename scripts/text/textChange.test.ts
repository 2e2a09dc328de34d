import { expect, test } from 'vitest';
import { shiftOffset } from './textChange.ts';

const change = { start: 10, end: 20, delta: -2 };

test('offsets before a change stay, offsets after it move by its length', () => {
  expect(shiftOffset(5, change)).toBe(5);
  expect(shiftOffset(10, change)).toBe(10);
  expect(shiftOffset(20, change)).toBe(18);
  expect(shiftOffset(100, change)).toBe(98);
  expect(shiftOffset(20, change, true)).toBe(18);
});

test('an offset inside the changed span cannot be carried over', () => {
  expect(() => shiftOffset(15, change)).toThrow(/inside the changed span 10–20/);
});
