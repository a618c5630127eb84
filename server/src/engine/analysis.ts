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
import { mentionClass, type Mention } from './match/phrase-index';
import { phraseKey } from './text/normalize';
import { linkTitles, type TitleLink } from './match/title-links';
import { findUnknownNames, type UnknownName } from './match/unknown-names';
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
  /** Names the glossary does not know, written with a title it knows. */
  unknownNames: UnknownName[];
  citations: Citation[];
  sentences: Sentence[];
  asOf: AsOf;
  asOfDay: number;
}

/** Words before a date that make it a horizon or a range bound rather than when the event happened. */
const NOT_EVENT_LEADS = new Set(['đến', 'tới', 'trước', 'sau', 'giai đoạn', 'nhiệm kỳ', 'đến hết', 'hết']);
/**
 * Dates that belong to a life or a career, not to the titles written in the sentence: a birth date ("sinh năm
 * 1962"), the start of a career or a state ("từ năm 1987", "kể từ tháng 2/1985"), a date of joining or graduating.
 */
const PLANNED_BEFORE =
  /(?:dự\s+kiến|dự\s+định|theo\s+kế\s+hoạch|sẽ)\s+(?:(?:vào|trong|diễn\s+ra|tổ\s+chức)\s+)*(?:(?:ngày|tháng|năm)\s+)?$/iu;
const BIOGRAPHY_BEFORE =
  /(?:sinh|năm\s+sinh|ngày\s+sinh|từ|kể\s+từ|vào\s+ngành|tuyển\s+dụng|nhập\s+ngũ|tốt\s+nghiệp|vào\s+Đảng|kết\s+nạp)\s+(?:(?:ngày|tháng|năm|vào|ngày\s+\d{1,2}\s+tháng)\s+)?$/iu;

export function analyze(original: string, glossary: Glossary, options: CheckOptions): Analysis {
  const text = prepareText(original);
  const tokens = tokenize(text.norm);
  const mentions = withoutEmbeddedTitles(text.norm, tokens, glossary.phrases.find(text.norm, tokens));
  const links = linkTitles(text.norm, tokens, mentions);
  const unknownNames = findUnknownNames(text.norm, tokens, mentions, links, (m) => isForeignTitle(glossary, m));
  const citations = findCitations(text.norm, mentions);
  const asOf = resolveAsOf(original, options);
  const statedStart = asOf.source === 'document' ? (asOf.start ?? -1) : -1;
  const statedEnd = asOf.source === 'document' ? (asOf.end ?? -1) : -1;
  const inCitation = (e: DateExpression) => citations.some((c) => e.start >= c.start && e.end <= c.end);
  const asOfDay = isoToDay(asOf.date);
  const sentences = sentenceSpans(text.norm).map((s) => ({
    ...s,
    dates: findDateExpressions(text.norm, s.start, s.end, asOfDay).filter((e) => {
      const o = text.toOriginal(e.start);
      if (o >= statedStart && o < statedEnd) return false;
      // A period ("giai đoạn 2021-2025") is what the sentence is about; a lone horizon ("đến năm 2030") is not.
      if (!e.range && e.lead && NOT_EVENT_LEADS.has(e.lead)) return false;
      // "nhiệm kỳ 2016-2021" right after a title qualifies that title (title-links reads it), not the sentence.
      if (e.range && e.lead === 'nhiệm kỳ') return false;
      if (BIOGRAPHY_BEFORE.test(text.norm.slice(Math.max(s.start, e.start - 30), e.start))) return false;
      // A plan is not an event: "(dự kiến vào tháng 4/2024)".
      if (PLANNED_BEFORE.test(text.norm.slice(Math.max(s.start, e.start - 24), e.start))) return false;
      return !inCitation(e);
    }),
  }));
  return { text, tokens, mentions, links, unknownNames, citations, sentences, asOf, asOfDay };
}

const FOREIGN_KINDS = new Set(['foreign', 'international']);

/** An office of a foreign state or organisation, or a role that only foreign offices have ("Tổng thống"). */
export function isForeignTitle(glossary: Glossary, m: Mention): boolean {
  const offices =
    m.target.type === 'office'
      ? [glossary.offices.get(m.target.id)]
      : m.target.type === 'role'
        ? (glossary.officesByRole.get(m.target.role) ?? [])
        : [];
  return (
    offices.length > 0 && offices.every((o) => !!o && FOREIGN_KINDS.has(glossary.bodies.get(o.body ?? '')?.kind ?? ''))
  );
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

export interface StatementDates {
  windows: DayWindow[];
  stated: boolean;
  /**
   * True when the dates come after the statement in its sentence ("Bộ trưởng X … vào tháng 2/1985"): such a date
   * may be a step in the person's life told under today's title, not the date of the title.
   */
  trailing: boolean;
}

/**
 * The dates a statement at `offset` is about. A date that opens the sentence before the statement ("Ngày
 * 10/9/2023, Tổng thống …") dates it; else the dates later in the sentence; else the as-of day.
 */
export function datesFor(a: Analysis, offset: number): StatementDates {
  const stated = statedDatesFor(a, offset);
  if (stated) return { windows: stated.dates.map((d) => d.window), stated: true, trailing: stated.trailing };
  return { windows: [{ first: a.asOfDay, last: a.asOfDay }], stated: false, trailing: false };
}

/** The date expressions `datesFor` reads its windows from (with their precision), when the sentence states any. */
export function statedDatesFor(
  a: Analysis,
  offset: number,
): { dates: DateExpression[]; trailing: boolean } | undefined {
  const s = sentenceAt(a, offset);
  if (s && s.dates.length) {
    const leading = s.dates.filter((d) => d.end <= offset);
    if (leading.length) return { dates: leading, trailing: false };
    // A bare year later in the sentence names a topic ("Chủ tịch ASEAN năm 2024"), not when the title was held,
    // unless the writer says so ("vào năm 2016", "trong năm 2023").
    // A trailing period is a topic too ("kỷ niệm 30 năm (1992-2022)") unless introduced as one ("giai đoạn …").
    const trailing = s.dates.filter((d) =>
      d.range
        ? d.lead === 'giai đoạn' || d.lead === 'trong'
        : d.precision !== 'year' || d.lead === 'vào' || d.lead === 'trong',
    );
    if (trailing.length) return { dates: trailing, trailing: true };
  }
  return undefined;
}

/** The words before a title that make it part of the name of a place or an organisation ("Phủ Chủ tịch"). */
const PLACE_HEADS = new Set(
  [
    'phủ',
    'dinh',
    'nhà',
    'văn phòng',
    'lăng',
    'quảng trường',
    'bảo tàng',
    'khu di tích',
    'đền',
    'tượng',
    'đài',
    'trụ sở',
  ].map((w) => phraseKey(w)),
);

/**
 * Titles that are words inside a longer name are not titles: "Bí thư" in "Ban Bí thư", "Chủ tịch" in "Phủ Chủ tịch" or
 * "Văn phòng Chủ tịch nước". A title that contains a body ("Trưởng Ban Đối ngoại Trung ương") is kept.
 */
function withoutEmbeddedTitles(norm: string, tokens: Token[], mentions: Mention[]): Mention[] {
  // The longest body over each token, so each title is checked in constant time.
  const bodyAt = new Array<Mention | undefined>(tokens.length);
  for (const b of mentions) {
    if (b.target.type !== 'body') continue;
    for (let k = b.first; k < b.last; k++)
      if (!bodyAt[k] || bodyAt[k]!.last - bodyAt[k]!.first < b.last - b.first) bodyAt[k] = b;
  }
  return mentions.filter((m) => {
    if (mentionClass(m.target) !== 'title') return true;
    const b = bodyAt[m.first];
    if (b && b.first <= m.first && m.last <= b.last && (b.first < m.first || m.last < b.last)) return false;
    for (const len of [1, 2, 3]) {
      const i = m.first - len;
      if (i < 0) break;
      if (/[^\p{L}\p{M}\p{N} \t]/u.test(norm.slice(tokens[i].start, tokens[m.first].start))) break;
      const words = tokens.slice(i, m.first);
      if (words[0].upper && PLACE_HEADS.has(words.map((t) => t.key).join(' '))) return false;
    }
    return true;
  });
}
