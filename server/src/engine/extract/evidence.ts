/**
 * Where a statement was read and when it speaks of: the sentence as written, its line, and its date — the date the
 * sentence states (as the checks read it: a leading date first), else the article's own date. A date is kept as
 * precise as written: a month stays a month. An article that states no date gives none (today is not a fact about it).
 */
import { datesFor, sentenceAt, type Analysis } from '../analysis';
import { dayToIso, type DayWindow } from '../time/dates';
import type { Evidence } from './types';

export interface Article {
  /** The input's name as given. */
  name: string;
  original: string;
  analysis: Analysis;
  /** Source id the proposals cite. */
  source: string;
}

/** The 1-based line of an offset in the original text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

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
    const partials = [...new Set(dates.windows.map(windowToPartial))];
    // Two different dates in one sentence: which one the title goes with is not known.
    return partials.length === 1 && partials[0] ? { date: partials[0], dateFrom: 'sentence' } : {};
  }
  return a.analysis.asOf.source === 'today' ? {} : { date: a.analysis.asOf.date, dateFrom: 'article' };
}

/** The evidence for a span of the normalized text, dated at `dateOffset` (normalized). */
export function evidenceOf(a: Article, start: number, end: number, dateOffset = start): Evidence {
  const map = a.analysis.text.toOriginal;
  const s = sentenceAt(a.analysis, start);
  const sentence = s ? a.original.slice(map(s.start), map(s.end)) : a.original.slice(map(start), map(end));
  return {
    file: a.name,
    line: lineAt(a.original, map(start)),
    sentence: sentence.replace(/\s+/g, ' ').trim(),
    span: a.original.slice(map(start), map(end)).replace(/\s+/g, ' '),
    ...statementDate(a, dateOffset),
  };
}
