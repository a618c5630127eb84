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

/** The paragraphs of a text after an edit, and where each was among the paragraphs before it (-1: new). */
export interface Resplit {
  spans: Span[];
  /** For each paragraph, the index of the same paragraph (same text) before the edit, or -1. */
  before: Int32Array;
}

/**
 * The paragraphs of `text`, knowing those of `before`, an earlier version of it: the unchanged paragraphs at the start
 * and at the end are found by comparing their text in place (in the text's own order, no new strings), and only the
 * stretch between them is split again. Exactly `paragraphs(text)`; costs little more than the edited stretch.
 */
export function paragraphsAfterEdit(before: string, beforeSpans: readonly Span[], text: string): Resplit {
  const n = beforeSpans.length;
  if (before === text) return { spans: [...beforeSpans], before: Int32Array.from({ length: n }, (_, i) => i) };
  // Unchanged paragraphs: those wholly inside the common start of the two texts, or wholly inside their common end.
  const same = commonPrefix(before, text);
  const sameEnd = commonSuffix(before, text, Math.min(before.length, text.length) - same);
  let head = 0;
  while (head < n && beforeSpans[head].end <= same) head++;
  // The last unchanged paragraph may now end elsewhere (its blank lines may run on): it is split again. Before it,
  // a boundary holds unless blanks there could now run into a line break.
  let keep = Math.max(0, head - 1);
  while (keep > 0 && mayRunOn(text, beforeSpans[keep - 1].end)) keep--;
  const from = keep > 0 ? beforeSpans[keep - 1].end : 0;
  const delta = text.length - before.length;
  let tail = 0;
  while (
    tail < n - keep &&
    beforeSpans[n - 1 - tail].start + delta >= from &&
    beforeSpans[n - 1 - tail].start >= before.length - sameEnd
  )
    tail++;
  const tailFirst = n - tail;
  const to = tail > 0 ? beforeSpans[tailFirst].start + delta : Infinity;

  const spans: Span[] = beforeSpans.slice(0, keep);
  const origin: number[] = spans.map((_, i) => i);
  PARAGRAPH_BREAK.lastIndex = from;
  let start = from;
  let joined = false;
  let m: RegExpExecArray | null;
  while ((m = PARAGRAPH_BREAK.exec(text))) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    origin.push(-1);
    start = end;
    if (end === to) {
      joined = true;
      break;
    }
  }
  if (joined) {
    for (let k = tailFirst; k < n; k++) {
      spans.push({ start: beforeSpans[k].start + delta, end: beforeSpans[k].end + delta });
      origin.push(k);
    }
  } else if (start < text.length) {
    spans.push({ start, end: text.length });
    origin.push(-1);
  }
  return { spans, before: Int32Array.from(origin) };
}

/**
 * How many characters two texts share at their start. A binary search over string equality, which compares memory at
 * once: a few comparisons of long stretches instead of a loop over every character.
 */
function commonPrefix(a: string, b: string): number {
  let lo = 0;
  let hi = Math.min(a.length, b.length);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many characters two texts share at their end, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Blank lines ending at `at` could continue past it: only spaces or tabs, then a line break. */
function mayRunOn(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k < text.length && (text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d);
}
