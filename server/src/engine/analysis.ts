/**
 * One pass over a document: normalize, tokenize, find every glossary mention, link titles to
 * people, read citations and the dates each sentence states. Checks, hover and completion read
 * this; none of them re-scans the text.
 */
import type { AsOf, CheckOptions } from './api';
import type { Glossary } from './glossary/glossary';
import { prepareText, type PreparedText } from './text/normalize';
import { tokenize, type Token } from './text/tokens';
import { sentenceSpans, type Span } from './text/sentences';
import type { Mention } from './match/phrase-index';
import { linkTitles, type TitleLink } from './match/title-links';
import { findCitations, type Citation } from './match/citations';
import { findDateExpressions, type DateExpression } from './time/date-expressions';
import { resolveAsOf } from './time/as-of';
import { isoToDay, type DayWindow } from './time/dates';

export interface Sentence extends Span {
  /** Dates the sentence states about when things happened (not horizons like "đến năm 2030"). */
  dates: DateExpression[];
}

export interface Analysis {
  text: PreparedText;
  tokens: Token[];
  mentions: Mention[];
  links: TitleLink[];
  citations: Citation[];
  sentences: Sentence[];
  asOf: AsOf;
  asOfDay: number;
}

/** Words before a date that make it a horizon or a range bound rather than when the event happened. */
const NOT_EVENT_LEADS = new Set(['đến', 'tới', 'trước', 'sau', 'giai đoạn', 'nhiệm kỳ', 'đến hết', 'hết']);

export function analyze(original: string, glossary: Glossary, options: CheckOptions): Analysis {
  const text = prepareText(original);
  const tokens = tokenize(text.norm);
  const mentions = glossary.phrases.find(text.norm, tokens);
  const links = linkTitles(text.norm, tokens, mentions);
  const citations = findCitations(text.norm, mentions);
  const asOf = resolveAsOf(original, options);
  const statedStart = asOf.source === 'document' ? asOf.start ?? -1 : -1;
  const statedEnd = asOf.source === 'document' ? asOf.end ?? -1 : -1;
  const inCitation = (e: DateExpression) => citations.some((c) => e.start >= c.start && e.end <= c.end);
  const asOfDay = isoToDay(asOf.date);
  const sentences = sentenceSpans(text.norm).map((s) => ({
    ...s,
    dates: findDateExpressions(text.norm, s.start, s.end, asOfDay).filter((e) => {
      const o = text.toOriginal(e.start);
      if (o >= statedStart && o < statedEnd) return false;
      // A period ("giai đoạn 2021-2025") is what the sentence is about; a lone horizon ("đến năm 2030") is not.
      if (!e.range && e.lead && NOT_EVENT_LEADS.has(e.lead)) return false;
      return !inCitation(e);
    }),
  }));
  return { text, tokens, mentions, links, citations, sentences, asOf, asOfDay };
}

/** The sentence containing a normalized offset. */
export function sentenceAt(a: Analysis, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = a.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = a.sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/**
 * The dates a statement at `offset` is about: the dates its sentence states, else the as-of day.
 * Reporting on the past ("Ngày 10/9/2023, …") is checked against the past.
 */
export function datesFor(a: Analysis, offset: number): { windows: DayWindow[]; stated: boolean } {
  const s = sentenceAt(a, offset);
  if (s && s.dates.length) return { windows: s.dates.map((d) => d.window), stated: true };
  return { windows: [{ first: a.asOfDay, last: a.asOfDay }], stated: false };
}
