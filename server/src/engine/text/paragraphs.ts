/**
 * A document is analysed paragraph by paragraph: a blank line ends every phrase, apposition, citation and date (the
 * matcher never reads across one), so a paragraph's findings depend only on its own text and on the few facts that
 * are the document's (its as-of date, its directives). That is what lets an edit re-check one paragraph.
 *
 * A paragraph longer than MAX_UNIT characters (no prose has one; a pasted or generated text can: a 10 MB single
 * line) is cut into units of about that size, after the end of a sentence or clause if there is one, else after a
 * word (then at about half that size), so that no unit of work, hover or re-check grows with the document. Each cut
 * depends only on the text before it (and a few characters after), so an edit never moves the cuts before it; cuts
 * are preferably at clause ends picked by their own words (anchor), so an edit rarely moves the cuts after it either.
 */

export interface Span {
  start: number;
  end: number;
}

/**
 * A line break (CRLF, LF or a lone CR) followed by one or more blank lines. A CR is a lone one only when no LF
 * follows: else the search, backtracking, read one CRLF as two breaks and made every line of a CRLF file a paragraph.
 */
export const PARAGRAPH_BREAK = /(?:\r\n|\n|\r(?!\n))(?:[ \t]*(?:\r\n|\n|\r(?!\n)))+/g;

/**
 * Past this many characters a paragraph is cut (see the module comment). A unit is at most twice this, and what one
 * step of a check does grows with its unit: a unit dense with titles (a pasted 5 MB run of one title and name, cut
 * at words: about 48 KB a unit with 32 KB here) cost 150 ms in its title check on a cold engine; 8 KB, and half that
 * at words, keeps the step near 15 ms. Prose never comes near it (the longest paragraph of the real articles is
 * 6.5 KB).
 */
export const MAX_UNIT = 8 * 1024;
/** How far past a cut its choice may look (a hard cut moves over marks that belong to the character before). */
const CUT_LOOKAHEAD = 65;

/**
 * The paragraphs of a text (units, for one too long), each with the blank lines after it, so that they tile the text:
 * [0, a), [a, b) … [z, n). An empty text has none. `max` is MAX_UNIT except in tests.
 */
export function paragraphs(text: string, max = MAX_UNIT): Span[] {
  const splitter = new Splitter(text, max);
  splitter.advance(text.length);
  return splitter.spans;
}

/** Characters split between two pauses of `paragraphsStepwise`. */
const SPLIT_SLICE = 256 * 1024;

/**
 * `paragraphs`, pausing (yield) every SPLIT_SLICE characters: splitting a 10 MB draft at once held the thread for
 * over 100 ms before a check could first let a request through. Same spans as `paragraphs`. `splitter` lets another
 * reader (hover) share the split while it is under way.
 */
export function* paragraphsStepwise(
  text: string,
  max = MAX_UNIT,
  splitter = new Splitter(text, max),
): Generator<void, Span[], void> {
  while (!splitter.done) {
    splitter.advance(splitter.end + SPLIT_SLICE);
    if (!splitter.done) yield;
  }
  return splitter.spans;
}

/**
 * A split of one text made in parts, from its start: `paragraphs` is one that ran to the end. Every span is final
 * once made (a cut depends only on the text before it and a few characters after), so a reader that needs only the
 * paragraph at an offset splits no further than that offset, and what it split serves the next reader.
 */
export class Splitter {
  readonly spans: Span[] = [];
  private readonly breaks: Breaks;

  constructor(
    readonly text: string,
    private readonly max = MAX_UNIT,
  ) {
    this.breaks = new Breaks(text);
  }

  /** Where the split has got to: the end of its last span. */
  get end(): number {
    return this.spans.length ? this.spans[this.spans.length - 1].end : 0;
  }

  get done(): boolean {
    return this.end >= this.text.length;
  }

  /** Splits on until the spans reach `offset` or past it (or the text ends). */
  advance(offset: number): void {
    const { text, breaks, max, spans } = this;
    for (let start = this.end; start < Math.min(offset, text.length);) {
      const end = unitEnd(text, start, breaks, max);
      spans.push({ start, end });
      start = end;
    }
  }

  /** The spans so far, split far enough that one holds `offset` (the last one for the end of the text). */
  covering(offset: number): Span[] {
    this.advance(offset + 1);
    return this.spans;
  }
}

/**
 * The next paragraph break at or after a position; asked from growing positions, the last answer is reused. Found as
 * PARAGRAPH_BREAK would find it (paragraphs.test.ts compares them), but by jumping from line break to line break with
 * indexOf, which skips a line in a few instructions, where the expression tried a match at every character (about
 * 2 % of a check).
 */
class Breaks {
  private asked = -1;
  private found: { index: number; end: number } | null = null;
  /** The first CR at or after `crFrom` (-1: none to the end); most texts have none, and then one search says so. */
  private cr = -1;
  private crFrom = -1;
  constructor(private readonly text: string) {}

  from(at: number): { index: number; end: number } | null {
    if (this.asked >= 0 && at >= this.asked && (!this.found || at <= this.found.index)) return this.found;
    this.asked = at;
    this.found = this.scan(at);
    return this.found;
  }

  private scan(at: number): { index: number; end: number } | null {
    const { text } = this;
    const n = text.length;
    for (let q = at; q < n;) {
      const lf = text.indexOf('\n', q);
      const cr = this.crAt(q);
      const p = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (p < 0) return null;
      let end = p + lineBreakLength(text, p);
      let more = false;
      for (;;) {
        let k = end;
        while (k < n && isSpaceOrTab(text.charCodeAt(k))) k++;
        const len = k < n ? lineBreakLength(text, k) : 0;
        if (len === 0) break;
        end = k + len;
        more = true;
      }
      if (more) return { index: p, end };
      // A lone line break: no match starts inside it (the LF of a CRLF is followed by what followed the CRLF).
      q = end;
    }
    return null;
  }

  private crAt(q: number): number {
    if (this.crFrom < 0 || q < this.crFrom || (this.cr >= 0 && this.cr < q)) {
      this.cr = this.text.indexOf('\r', q);
      this.crFrom = q;
    }
    return this.cr;
  }
}

/** The length of the line break at k (CRLF 2, LF or a lone CR 1), 0 when none starts there. */
function lineBreakLength(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c === 0x0a) return 1;
  if (c !== 0x0d) return 0;
  return text.charCodeAt(k + 1) === 0x0a ? 2 : 1;
}

/** Where the unit starting at `start` ends: at the paragraph's end, or at a cut when that is too far. */
function unitEnd(text: string, start: number, breaks: Breaks, max: number): number {
  const b = breaks.from(start);
  const limit = b ? b.index : text.length;
  const end = b ? b.end : text.length;
  if (limit - start <= max) return end;
  const half = max >> 1;
  // Preferably at an anchor: a clause end chosen by the words before it, not by where the unit started, so that after
  // an edit the cuts that follow fall where they fell before (one unit is re-checked, not the rest of the paragraph).
  for (let c = start + half; c <= Math.min(limit, start + 2 * max); c++)
    if (clauseEnds(text, c) && anchor(text, c)) return c;
  for (let c = start + max; c <= Math.min(limit, start + max + half); c++) if (clauseEnds(text, c)) return c;
  // No clause end where one was looked for: text without punctuation, such as titles and names run together, where a
  // check's work per character peaks (5 MB of one title and name: 1,400 findings in 48 KB). Its units are the smallest.
  for (let c = start + half; c <= Math.min(limit, start + 2 * max); c++) if (wordEnds(text, c)) return c;
  if (limit - start <= 2 * max) return end;
  return hardCut(text, start + 2 * max);
}

/** One clause end in about 64, picked by a hash of the 16 characters before it (content-defined, like rsync's). */
function anchor(text: string, c: number): boolean {
  let h = 0x811c9dc5;
  for (let k = Math.max(0, c - 18); k < c - 2; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h >>> 0) % 64 === 0;
}

const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09;
const isWhite = (c: number) => isSpaceOrTab(c) || c === 0x0a || c === 0x0d;

/** After ". ", "; ", ", " and the like: a sentence or clause has ended. */
function clauseEnds(text: string, c: number): boolean {
  return c >= 2 && isSpaceOrTab(text.charCodeAt(c - 1)) && '.!?…;:,'.includes(text[c - 2]);
}

/** After a space that follows a word. */
function wordEnds(text: string, c: number): boolean {
  return c >= 2 && isSpaceOrTab(text.charCodeAt(c - 1)) && !isWhite(text.charCodeAt(c - 2));
}

/**
 * A cut anywhere: moved past marks and joiners (they belong to the character before), never inside a surrogate pair
 * or a CRLF. It stays before the paragraph's blank lines, which start with a line break.
 */
function hardCut(text: string, c: number): number {
  const last = Math.min(text.length - 1, c + CUT_LOOKAHEAD - 2);
  while (c < last && ATTACHED.test(text[c])) c++;
  const next = text.charCodeAt(c);
  if ((next >= 0xdc00 && next <= 0xdfff) || (next === 0x0a && text.charCodeAt(c - 1) === 0x0d)) c++;
  return c;
}
const ATTACHED = /^[\p{M}\u200B-\u200D\u2060\u00AD\uDC00-\uDFFF]$/u;

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
 * and at the end are those wholly inside the common start and end of the two texts, and only the stretch between
 * them is split again. Exactly `paragraphs(text)`; costs little more than the edited stretch.
 */
export function paragraphsAfterEdit(
  before: string,
  beforeSpans: readonly Span[],
  text: string,
  max = MAX_UNIT,
): Resplit {
  const steps = paragraphsAfterEditStepwise(before, beforeSpans, text, max);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * `paragraphsAfterEdit`, pausing every SPLIT_SLICE characters split again: a text that gives the split nothing to
 * fall back in step with (5 MB of one phrase repeated, whose cuts all look alike) is split again to its end.
 */
export function* paragraphsAfterEditStepwise(
  before: string,
  beforeSpans: readonly Span[],
  text: string,
  max = MAX_UNIT,
): Generator<void, Resplit, void> {
  const n = beforeSpans.length;
  if (before === text) return { spans: [...beforeSpans], before: Int32Array.from({ length: n }, (_, i) => i) };
  const same = commonPrefix(before, text);
  const sameEnd = commonSuffix(before, text, Math.min(before.length, text.length) - same);
  let head = 0;
  while (head < n && beforeSpans[head].end <= same) head++;
  // A paragraph's end was chosen by reading a little past it (blank lines that may run on, the characters after a
  // cut): only ends whose reading stayed in the unchanged start are kept; the last unchanged paragraph always goes.
  let keep = Math.max(0, head - 1);
  while (keep > 0 && (mayRunOn(text, beforeSpans[keep - 1].end) || beforeSpans[keep - 1].end + CUT_LOOKAHEAD > same))
    keep--;
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

  const spans: Span[] = beforeSpans.slice(0, keep);
  const breaks = new Breaks(text);
  let start = from;
  // Split from `from` until the split lands where one of the unchanged paragraphs at the end begins: a unit's end
  // depends only on the text from its start on, so from there on the split is the old one. Not only the first of them:
  // text typed before a paragraph without a blank line joins it, and the split then lands on a later one (waiting for
  // the first re-split all of a 10 MB draft after a word typed at its top).
  let k = tailFirst;
  let pause = start + SPLIT_SLICE;
  while (start < text.length) {
    while (k < n && beforeSpans[k].start + delta < start) k++;
    if (tail > 0 && k < n && beforeSpans[k].start + delta === start) break;
    const end = unitEnd(text, start, breaks, max);
    spans.push({ start, end });
    start = end;
    if (start >= pause) {
      pause = start + SPLIT_SLICE;
      yield;
    }
  }
  const split = spans.length;
  // Stopped before the end: in step with the old split from here on (from its paragraph k).
  const resumed = k;
  if (start < text.length)
    for (; k < n; k++) spans.push({ start: beforeSpans[k].start + delta, end: beforeSpans[k].end + delta });
  // Where each paragraph was: the same index in the unchanged start, none for the split stretch, `resumed` on after.
  const origin = new Int32Array(spans.length);
  for (let i = 0; i < spans.length; i++) origin[i] = i < keep ? i : i < split ? -1 : resumed + i - split;
  return { spans, before: origin };
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
  while (k < text.length && isSpaceOrTab(text.charCodeAt(k))) k++;
  return k < text.length && (text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d);
}
