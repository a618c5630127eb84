/**
 * Which findings the directives in a text silence. A finding is dropped when its range starts inside a silenced line
 * or region for its code; where it ends does not matter, so a long finding is judged where the reader sees it begin.
 */
import { CHECK_CODES, type CheckCode } from '../api';
import { lineAt, lineSpan, lineStarts } from './lines';
import { parseDirectives, type Directive } from './parse';

/** A silenced stretch [from, to) of the original text for one code. */
interface Interval {
  from: number;
  to: number;
}

export type Silenced = (code: CheckCode, offset: number) => boolean;

export function silencedBy(text: string): Silenced {
  const directives = parseDirectives(text);
  if (directives.length === 0) return () => false;
  const byCode = new Map<CheckCode, Interval[]>();
  const add = (code: CheckCode, from: number, to: number) => {
    if (to > from) (byCode.get(code) ?? byCode.set(code, []).get(code)!).push({ from, to });
  };
  const starts = lineStarts(text);
  const open = new Map<CheckCode, number>();
  for (const d of directives) {
    const codes = d.codes === 'all' ? CHECK_CODES : d.codes;
    if (d.kind === 'disable-next-line') {
      const target = nextLine(text, starts, directives, d);
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
  return (code, offset) => (byCode.get(code) ?? []).some((i) => i.from <= offset && offset < i.to);
}

export function dropSilenced<F extends { code: CheckCode; start: number }>(text: string, findings: F[]): F[] {
  const silenced = silencedBy(text);
  return findings.filter((f) => !silenced(f.code, f.start));
}

type Span = { start: number; end: number };

/**
 * The line a next-line directive governs: the first line after it that is not itself only directives, so that
 * "Ignore here" applied twice (two codes, two directive lines) still silences the text line below both.
 */
function nextLine(text: string, starts: number[], all: Directive[], d: Directive): Span | undefined {
  for (let line = lineAt(starts, Math.max(d.start, d.end - 1)) + 1; line < starts.length; line++) {
    const span = lineSpan(text, starts, line);
    if (!onlyDirectives(text, span, all)) return span;
  }
  return undefined;
}

function onlyDirectives(text: string, span: Span, all: Directive[]): boolean {
  let rest = '';
  let at = span.start;
  for (const d of all) {
    if (d.end <= span.start || d.start >= span.end) continue;
    rest += text.slice(at, Math.max(at, d.start));
    at = Math.max(at, d.end);
  }
  rest += text.slice(at, Math.max(at, span.end));
  // A blank line is not a directive line: a directive followed by a blank line silences nothing, as in ESLint.
  return at > span.start && rest.trim() === '';
}
