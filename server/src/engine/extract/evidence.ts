/**
 * Where a statement was read and when it speaks of: the sentence as written, its line, and its date — the date the
 * sentence states (as the checks read it: a leading date first), else the article's own date. A date is kept as
 * precise as written: a month stays a month. An article that states no date gives none (today is not a fact about it).
 */
import { datesFor, sentenceAt, type Analysis } from '../analysis';
import { dayToIso, type DayWindow } from '../time/dates';
import { firstIndex } from './search';
import type { Evidence } from './types';

export interface Article {
  /** The input's name as given. */
  name: string;
  original: string;
  analysis: Analysis;
  /** Source id the proposals cite. */
  source: string;
  /** Offsets where the original's lines start (see lineStarts). */
  lines: number[];
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based line of an offset in the original text. */
function lineAt(a: Article, offset: number): number {
  return firstIndex(a.lines, (start) => start <= offset);
}

/** Evidence quotes at most this much of a sentence: around the words read, when the sentence is longer. */
const MAX_SENTENCE = 600;
const CONTEXT = 200;

/** A window of days as the partial date it is: one day, a whole month, a whole year; else undefined. */
export function windowToPartial(w: DayWindow): string | undefined {
  const first = dayToIso(w.first);
  const last = dayToIso(w.last);
  if (w.first === w.last) return first;
  const nextDay = dayToIso(w.last + 1);
  if (first.endsWith('-01') && nextDay.endsWith('-01') && first.slice(0, 7) === last.slice(0, 7))
    return first.slice(0, 7);
  if (first.endsWith('-01-01') && nextDay.endsWith('-01-01') && first.slice(0, 4) === last.slice(0, 4))
    return first.slice(0, 4);
  return undefined;
}

/** The statement's date: the sentence's own, else the article's stated (or given) date. */
export function statementDate(a: Article, normOffset: number): Pick<Evidence, 'date' | 'dateFrom'> {
  const dates = datesFor(a.analysis, normOffset);
  if (dates.stated) {
    // Two different dates in one sentence: which one the title goes with is not known.
    const [w] = dates.windows;
    if (dates.windows.some((x) => x.first !== w.first || x.last !== w.last)) return {};
    const date = windowToPartial(w);
    return date ? { date, dateFrom: 'sentence' } : {};
  }
  return a.analysis.asOf.source === 'today' ? {} : { date: a.analysis.asOf.date, dateFrom: 'article' };
}

/** The evidence for a span of the normalized text, dated at `dateOffset` (normalized). */
export function evidenceOf(a: Article, start: number, end: number, dateOffset = start): Evidence {
  const map = a.analysis.text.toOriginal;
  const s = sentenceAt(a.analysis, start);
  let [from, to] = s ? [map(s.start), map(s.end)] : [map(start), map(end)];
  let [lead, tail] = ['', ''];
  if (to - from > MAX_SENTENCE) {
    // A run-on "sentence" (a list, a text without full stops): the words read with some context either side.
    [lead, tail] = [map(start) - CONTEXT > from ? '…' : '', map(end) + CONTEXT < to ? '…' : ''];
    [from, to] = [Math.max(from, map(start) - CONTEXT), Math.min(to, map(end) + CONTEXT)];
  }
  const sentence = lead + a.original.slice(from, to).replace(/\s+/g, ' ').trim() + tail;
  return {
    file: a.name,
    line: lineAt(a, map(start)),
    sentence,
    span: a.original.slice(map(start), map(end)).replace(/\s+/g, ' '),
    ...statementDate(a, dateOffset),
  };
}
