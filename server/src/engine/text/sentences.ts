/** Sentence spans, so a date stated in a sentence applies to the titles in that sentence only. */

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? followed by space + capital/quote/end, or at a line break (LF, CRLF or a lone CR).
const BOUNDARY_RE = /[.!?…]+["”’)]*(?=\s+[\p{Lu}"“‘(\d-]|\s*$)|\r?\n|\r/gu;

export function sentenceSpans(norm: string): Span[] {
  const spans: Span[] = [];
  forEachSentence(norm, (start, end) => spans.push({ start, end }));
  return spans;
}

/**
 * Calls `each` with the start and end of every sentence, in order: sentenceSpans without an object per sentence, for a
 * caller that makes its own. `each` must not ask for sentences itself (the search's state is shared).
 */
export function forEachSentence(norm: string, each: (start: number, end: number) => void): void {
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  // Only where each boundary ends is needed: test() leaves it in lastIndex without making a match array per sentence.
  // (No boundary is empty: each holds a punctuation mark or a line break, so the search always moves on.)
  while (BOUNDARY_RE.test(norm)) {
    const end = BOUNDARY_RE.lastIndex;
    if (end > start) each(start, end);
    start = end;
  }
  if (start < norm.length) each(start, norm.length);
}
