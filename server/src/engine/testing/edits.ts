/**
 * Random edits for the property tests of incremental checking (engine and server): an edit at a fraction of the text,
 * so it stays meaningful when fast-check shrinks the draft it applies to.
 */
import fc from 'fast-check';

export interface Edit {
  /** Where, as a fraction of the text's length. */
  at: number;
  /** How many characters are removed there. */
  remove: number;
  insert: string;
}

export function editArbitrary(insert: fc.Arbitrary<string>, maxRemove: number): fc.Arbitrary<Edit> {
  return fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: maxRemove }), insert });
}

/** The offsets an edit replaces in a text of `length` characters. */
export function editSpan(length: number, e: Edit): { start: number; end: number } {
  const start = Math.floor(e.at * length);
  return { start, end: Math.min(length, start + e.remove) };
}
