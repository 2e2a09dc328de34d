/** A change to a text: characters start–end (of the old text) replaced, the text growing by delta. */
export interface TextChange { start: number; end: number; delta: number }

/**
 * Where an offset of the old text lies in the new one: before the change it stays; after it, it
 * moves by delta. An offset inside the changed span cannot be carried over, except an end offset
 * at the span's end, which moves with it.
 */
export function shiftOffset(offset: number, change: TextChange, isEnd = false): number {
  if (offset <= change.start && !(isEnd && offset === change.end)) return offset;
  if (offset >= change.end) return offset + change.delta;
  throw new Error(`offset ${offset} lies inside the changed span ${change.start}–${change.end}: code it again by hand`);
}
