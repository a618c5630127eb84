/**
 * Which findings the directives in a text silence. A finding is dropped when its range starts inside a silenced line
 * or region for its code; where it ends does not matter, so a long finding is judged where the reader sees it begin.
 */
import { CHECK_CODES, type CheckCode } from '../api';
import { lineAt, lineSpan, lineStarts } from '../text/lines';
import { parseDirectives, type Directive } from './parse';

/** A silenced stretch [from, to) of the original text for one code. */
interface Interval {
  from: number;
  to: number;
}

export type Silenced = (code: CheckCode, offset: number) => boolean;

/** What a text without directives silences: nothing. */
const NOTHING: Silenced = () => false;

export function silencedBy(text: string): Silenced {
  const directives = parseDirectives(text);
  if (directives.length === 0) return NOTHING;
  const byCode = new Map<CheckCode, Interval[]>();
  const add = (code: CheckCode, from: number, to: number) => {
    if (to > from) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push({ from, to });
  };
  const starts = lineStarts(text);
  const lines = new DirectiveLines(text, starts, directives);
  const open = new Map<CheckCode, number>();
  for (const d of directives) {
    const codes = d.codes === 'all' ? CHECK_CODES : d.codes;
    if (d.kind === 'disable-next-line') {
      const target = lines.after(d);
      if (target) for (const c of codes) add(c, target.start, target.end);
    } else if (d.kind === 'disable') {
      // Already open: the earlier start wins, so nested disables do not shorten a region.
      for (const c of codes) if (!open.has(c)) open.set(c, d.end);
    } else {
      for (const c of codes) {
        const from = open.get(c);
        if (from !== undefined) add(c, from, d.start);
        open.delete(c);
      }
    }
  }
  // A region never closed runs to the end of the text.
  for (const [c, from] of open) add(c, from, text.length);
  const index = new Map<CheckCode, (offset: number) => boolean>();
  for (const [code, intervals] of byCode) index.set(code, covering(intervals));
  return (code, offset) => index.get(code)?.(offset) ?? false;
}

export function dropSilenced<F extends { code: CheckCode; start: number }>(text: string, findings: F[]): F[] {
  const silenced = silencedBy(text);
  // Most drafts have no directive: their findings as they are, not a copy.
  if (silenced === NOTHING) return findings;
  return findings.filter((f) => !silenced(f.code, f.start));
}

type Span = { start: number; end: number };

/**
 * Whether some interval holds an offset: intervals sorted by start with the running maximum of their ends, so a
 * finding is judged by a binary search, not by a scan of every interval.
 */
function covering(intervals: Interval[]): (offset: number) => boolean {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const maxTo: number[] = [];
  for (const i of sorted) maxTo.push(Math.max(maxTo.length ? maxTo[maxTo.length - 1] : -Infinity, i.to));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length - 1;
    if (hi < 0 || sorted[0].from > offset) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid].from <= offset) lo = mid;
      else hi = mid - 1;
    }
    return maxTo[lo] > offset;
  };
}

/**
 * The line a next-line directive governs: the first line after it that is not itself only directives, so that
 * "Ignore here" applied twice (two codes, two directive lines) still silences the text line below both. Each line is
 * looked at once however many directives sit above it (a run of directive lines is remembered), and only the
 * directives that touch it are read.
 */
class DirectiveLines {
  /** For a line: the first line at or after it that is not only directives (-1: none), once known. */
  private readonly next = new Map<number, number>();
  /** Running maximum of the directives' ends, in start order: where to begin looking for those touching a span. */
  private readonly maxEnd: number[] = [];

  constructor(
    private readonly text: string,
    private readonly starts: number[],
    private readonly all: Directive[],
  ) {
    for (const d of all)
      this.maxEnd.push(Math.max(this.maxEnd.length ? this.maxEnd[this.maxEnd.length - 1] : -1, d.end));
  }

  after(d: Directive): Span | undefined {
    const first = lineAt(this.starts, Math.max(d.start, d.end - 1)) + 1;
    const seen: number[] = [];
    let line = first;
    let found = -1;
    for (; line < this.starts.length; line++) {
      const known = this.next.get(line);
      if (known !== undefined) {
        found = known;
        break;
      }
      seen.push(line);
      if (!this.onlyDirectives(lineSpan(this.text, this.starts, line))) {
        found = line;
        break;
      }
    }
    for (const l of seen) this.next.set(l, found);
    return found < 0 ? undefined : lineSpan(this.text, this.starts, found);
  }

  private onlyDirectives(span: Span): boolean {
    const { all, text } = this;
    // The first directive that may end after the span starts.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.maxEnd[mid] <= span.start) lo = mid + 1;
      else hi = mid;
    }
    let rest = '';
    let at = span.start;
    for (let i = lo; i < all.length && all[i].start < span.end; i++) {
      const d = all[i];
      if (d.end <= span.start) continue;
      rest += text.slice(at, Math.max(at, d.start));
      at = Math.max(at, d.end);
    }
    rest += text.slice(at, Math.max(at, span.end));
    // A blank line is not a directive line: a directive followed by a blank line silences nothing, as in ESLint.
    return at > span.start && rest.trim() === '';
  }
}
