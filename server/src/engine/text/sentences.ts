/** Sentence spans, so a date stated in a sentence applies to the titles in that sentence only. */

export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? followed by space + capital/quote/end, or at a line break (LF, CRLF or a lone CR).
const BOUNDARY_RE = /[.!?…]+["”’)]*(?=\s+[\p{Lu}"“‘(\d-]|\s*$)|\r?\n|\r/gu;

export function sentenceSpans(norm: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOUNDARY_RE.exec(norm))) {
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
    if (m[0].length === 0) BOUNDARY_RE.lastIndex++;
  }
  if (start < norm.length) spans.push({ start, end: norm.length });
  return spans;
}
