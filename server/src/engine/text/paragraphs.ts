/**
 * A document is analysed paragraph by paragraph: a blank line ends every phrase, apposition, citation and date (the
 * matcher never reads across one), so a paragraph's findings depend only on its own text and on the few facts that
 * are the document's (its as-of date, its directives). That is what lets an edit re-check one paragraph.
 */

export interface Span {
  start: number;
  end: number;
}

/** A line break (CRLF, LF or a lone CR) followed by one or more blank lines. */
const PARAGRAPH_BREAK = /(?:\r\n|\n|\r)(?:[ \t]*(?:\r\n|\n|\r))+/g;

/**
 * The paragraphs of a text, each with the blank lines after it, so that they tile the text: [0, a), [a, b) … [z, n).
 * An empty text has none.
 */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  PARAGRAPH_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PARAGRAPH_BREAK.exec(text))) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The paragraph holding `offset` (the last one for the end of the text). */
export function paragraphAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
