/**
 * One pass over a paragraph: normalize, tokenize, find every glossary mention, link titles to people, read citations
 * and the dates each sentence states. Checks, hover and completion read this; none of them re-scans the text.
 * A document is its paragraphs (text/paragraphs.ts) plus what only the whole document knows: its as-of date and
 * where it states it (`DocumentFacts`).
 */
import type { AsOf, CheckOptions } from './api';
import type { Glossary } from './glossary/glossary';
import { prepareText, unchangedText, type PreparedText } from './text/normalize';
import { tokenizeIfPlain, tokenizeText, type Tokens } from './text/tokens';
import { forEachSentence, type Span } from './text/sentences';
import { paragraphs } from './text/paragraphs';
import { mentionClass, type Mention } from './match/phrase-index';
import { phraseKey } from './text/normalize';
import { linkTitles, type TitleLink } from './match/title-links';
import { findUnknownNames, type UnknownName } from './match/unknown-names';
import { findCitations, type Citation } from './match/citations';
import { findDateExpressions, type DateExpression } from './time/date-expressions';
import { resolveAsOf } from './time/as-of';
import { isoToDay, type DayWindow } from './time/dates';
import { MemoSlot, type Memoizable } from './memo';

export interface Sentence extends Span, Memoizable {
  /** Dates the sentence states about when things happened (not horizons like "đến năm 2030"). */
  dates: DateExpression[];
}

export interface Analysis extends Memoizable {
  text: PreparedText;
  tokens: Tokens;
  mentions: Mention[];
  links: TitleLink[];
  /** Names the glossary does not know, written with a title it knows. */
  unknownNames: UnknownName[];
  citations: Citation[];
  sentences: Sentence[];
  asOf: AsOf;
  asOfDay: number;
}

/** What a paragraph's analysis needs to know about its document. */
export interface DocumentFacts {
  asOf: AsOf;
  asOfDay: number;
  /** Where the document states its own date (original offsets; -1 when it states none). */
  statedStart: number;
  statedEnd: number;
}

export function documentFacts(original: string, options: CheckOptions): DocumentFacts {
  const asOf = resolveAsOf(original, options);
  const stated = asOf.source === 'document';
  return {
    asOf,
    asOfDay: isoToDay(asOf.date),
    statedStart: stated ? (asOf.start ?? -1) : -1,
    statedEnd: stated ? (asOf.end ?? -1) : -1,
  };
}

/** The facts as seen from a paragraph starting at `offset`: the stated date's place is relative to it. */
export function factsAt(doc: DocumentFacts, offset: number): DocumentFacts {
  if (doc.statedStart < 0 || offset === 0) return doc;
  // Written out, not spread: this runs for every paragraph of a document that states its date.
  return {
    asOf: doc.asOf,
    asOfDay: doc.asOfDay,
    statedStart: doc.statedStart - offset,
    statedEnd: doc.statedEnd - offset,
  };
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

/**
 * The analysis of one paragraph (or of any text that holds no paragraph break), offsets relative to it. `whole` and
 * `offset`, when given, are the document the paragraph was sliced from and where: its flat string is faster to read.
 */
export function analyzeParagraph(
  original: string,
  glossary: Glossary,
  facts: DocumentFacts,
  whole = original,
  offset = 0,
): Analysis {
  const a = new ParagraphAnalysis(original, glossary, facts, whole, offset);
  for (let stage = 0; stage < STAGES; stage++) a.run(stage);
  return a;
}

/**
 * Past this many characters a paragraph's analysis pauses between its stages (see analyzeSteps), and its check between
 * checks: half a unit (text/paragraphs.ts MAX_UNIT), so that every unit cut from a long paragraph pauses.
 */
export const STEP_CHARS = 4 * 1024;

/**
 * The same analysis as steps: a generator that pauses between stages when the paragraph is long, so that a caller
 * checking cooperatively (incremental/document-checker.ts) can answer other requests in between. Short paragraphs
 * run through without pausing.
 */
export function* analyzeSteps(
  original: string,
  glossary: Glossary,
  facts: DocumentFacts,
  whole = original,
  offset = 0,
): Generator<void, Analysis> {
  const a = new ParagraphAnalysis(original, glossary, facts, whole, offset);
  const long = original.length > STEP_CHARS;
  for (let stage = 0; stage < STAGES; stage++) {
    a.run(stage);
    if (long) yield;
  }
  return a;
}

const STAGES = 6;

/** A paragraph's analysis, made stage by stage (each stage reads what the ones before it made). */
class ParagraphAnalysis implements Analysis {
  text: PreparedText = IDENTITY;
  tokens: Tokens = NO_TOKENS;
  mentions: Mention[] = [];
  links: TitleLink[] = [];
  unknownNames: UnknownName[] = [];
  citations: Citation[] = [];
  readonly asOf: AsOf;
  readonly asOfDay: number;
  private dates: LazySentence[] | undefined;
  private tokenized = false;

  constructor(
    private readonly original: string,
    private readonly glossary: Glossary,
    private readonly facts: DocumentFacts,
    /** The document `original` was sliced from, at `offset` (or `original` itself). */
    private readonly whole: string,
    private readonly offset: number,
  ) {
    this.asOf = facts.asOf;
    this.asOfDay = facts.asOfDay;
  }

  /** Only statements need dates: a paragraph whose checks never ask is not searched for them. */
  get sentences(): Sentence[] {
    return this.readSentences();
  }

  private readSentences(): LazySentence[] {
    return (this.dates ??= datedSentences(this.text, this.tokens, this.citations, this.facts));
  }

  run(stage: number): void {
    const { glossary } = this;
    const norm = this.text.norm;
    switch (stage) {
      case 0: {
        // Most paragraphs hold no character normalization could change: the pass that finds that out reads their
        // syllables too, and they are their own normal form.
        const plain = tokenizeIfPlain(this.original, this.whole, this.offset);
        if (plain) {
          this.text = unchangedText(this.original);
          this.tokens = plain;
          this.tokenized = true;
        } else this.text = prepareText(this.original);
        break;
      }
      case 1:
        if (!this.tokenized) this.tokens = tokenizeText(norm);
        break;
      case 2:
        if (this.tokens.length)
          this.mentions = withoutEmbeddedTitles(norm, this.tokens, glossary.phrases.find(norm, this.tokens));
        break;
      case 3:
        this.links = linkTitles(norm, this.tokens, this.mentions);
        this.unknownNames = findUnknownNames(norm, this.tokens, this.mentions, this.links, (m) =>
          isForeignTitle(glossary, m),
        );
        break;
      case 4:
        if (this.tokens.length) this.citations = findCitations(norm, this.tokens, this.mentions);
        break;
      default:
        // A long paragraph reads its dates now, while pausing is possible, rather than inside a check.
        if (this.original.length > STEP_CHARS) for (const sentence of this.readSentences()) sentence.read();
    }
  }
}

const IDENTITY: PreparedText = { original: '', norm: '', toOriginal: () => 0 };
const NO_TOKENS = tokenizeText('');

/** Runs steps to the end without pausing. */
export function finish<T>(steps: Generator<void, T>): T {
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The sentences of a paragraph. Each finds the dates it states the first time a check asks (only a sentence with a
 * digit can state one, and only sentences with something to date are asked).
 */
function datedSentences(
  text: PreparedText,
  tokens: Tokens,
  citations: Citation[],
  facts: DocumentFacts,
): LazySentence[] {
  // Made for the first sentence with a digit (most paragraphs have none).
  let reader: DateReader | undefined;
  const out: LazySentence[] = [];
  let t = 0;
  forEachSentence(text.norm, (start, end) => {
    let digitsEnd = -1;
    for (; t < tokens.length && tokens.start(t) < end; t++) if (tokens.hasDigit(t)) digitsEnd = tokens.end(t);
    if (digitsEnd >= 0) reader ??= new DateReader(text, citations, facts);
    out.push(new LazySentence(start, end, digitsEnd >= 0 ? reader : undefined, digitsEnd));
  });
  return out;
}

const NO_DATES: DateExpression[] = [];

class LazySentence implements Sentence {
  private found: DateExpression[] | undefined;
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly reader: DateReader | undefined,
    /** Where the sentence's last token holding a digit ends (-1: none, and no date to read). */
    private readonly digitsEnd: number,
  ) {}

  get dates(): DateExpression[] {
    return (this.found ??= this.reader ? this.reader.datesIn(this, this.digitsEnd) : NO_DATES);
  }

  /** Reads the dates now. */
  read(): void {
    this.found ??= this.reader ? this.reader.datesIn(this, this.digitsEnd) : NO_DATES;
  }
}

/** Reads the dates of a paragraph's sentences, setting aside those that are not when something happened. */
class DateReader {
  private inCitation: ((start: number, end: number) => boolean) | undefined;
  constructor(
    private readonly text: PreparedText,
    private readonly citations: Citation[],
    private readonly facts: DocumentFacts,
  ) {}

  /**
   * The dates of sentence `s`, whose last digit ends at `digitsEnd`. Every date ends with a digit and looks at most two
   * characters past it, so the search stops there rather than at the end of the sentence.
   */
  datesIn(s: Span, digitsEnd: number): DateExpression[] {
    const { text, facts } = this;
    const norm = text.norm;
    const { statedStart, statedEnd } = facts;
    const inCitation = (this.inCitation ??= containment(this.citations));
    const searchEnd = Math.min(s.end, digitsEnd + 2);
    return findDateExpressions(norm, s.start, searchEnd, facts.asOfDay).filter((e) => {
      const o = text.toOriginal(e.start);
      if (o >= statedStart && o < statedEnd) return false;
      // A period ("giai đoạn 2021-2025") is what the sentence is about; a lone horizon ("đến năm 2030") is not.
      if (!e.range && e.lead && NOT_EVENT_LEADS.has(e.lead)) return false;
      // "nhiệm kỳ 2016-2021" right after a title qualifies that title (title-links reads it), not the sentence.
      if (e.range && e.lead === 'nhiệm kỳ') return false;
      if (BIOGRAPHY_BEFORE.test(norm.slice(Math.max(s.start, e.start - 30), e.start))) return false;
      // A plan is not an event: "(dự kiến vào tháng 4/2024)".
      if (PLANNED_BEFORE.test(norm.slice(Math.max(s.start, e.start - 24), e.start))) return false;
      return !inCitation(e.start, e.end);
    });
  }
}

/**
 * Whether some span of a list sorted by start contains [start, end): a binary search over the starts and the
 * running maximum of the ends, instead of a scan of every span for every question.
 */
export function containment(spans: readonly Span[]): (start: number, end: number) => boolean {
  if (spans.length === 0) return () => false;
  const sorted = spans.every((s, i) => i === 0 || spans[i - 1].start <= s.start)
    ? spans
    : [...spans].sort((a, b) => a.start - b.start);
  // A plain array: a typed one would cost a buffer allocation per paragraph.
  const maxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i++) maxEnd.push(Math.max(i ? maxEnd[i - 1] : -Infinity, sorted[i].end));
  return (start, end) => {
    // The last span starting at or before `start`: only spans up to it can contain the range.
    let lo = 0;
    let hi = sorted.length - 1;
    if (sorted[0].start > start) return false;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sorted[mid].start <= start) lo = mid;
      else hi = mid - 1;
    }
    return maxEnd[lo] >= end;
  };
}

/**
 * The analysis of a whole document: its paragraphs' analyses joined, offsets relative to the document. Checks run per
 * paragraph and never need this; it is for tools that want one view of a document (the real-text evaluation).
 */
export function analyze(original: string, glossary: Glossary, options: CheckOptions): Analysis {
  const doc = documentFacts(original, options);
  const spans = paragraphs(original);
  if (spans.length <= 1) return analyzeParagraph(original, glossary, doc);
  const parts = spans.map((p) => ({
    at: p.start,
    a: analyzeParagraph(original.slice(p.start, p.end), glossary, factsAt(doc, p.start)),
  }));
  return joinAnalyses(original, parts, doc);
}

function joinAnalyses(original: string, parts: { at: number; a: Analysis }[], doc: DocumentFacts): Analysis {
  const norm = parts.map((p) => p.a.text.norm).join('');
  const normStarts: number[] = [];
  let n = 0;
  for (const p of parts) {
    normStarts.push(n);
    n += p.a.text.norm.length;
  }
  const toOriginal = (i: number): number => {
    if (i >= n) return original.length;
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (normStarts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return parts[lo].at + parts[lo].a.text.toOriginal(i - normStarts[lo]);
  };
  const tokens = tokenizeText(norm);
  const out: Analysis = {
    text: { original, norm, toOriginal },
    tokens,
    mentions: [],
    links: [],
    unknownNames: [],
    citations: [],
    sentences: [],
    asOf: doc.asOf,
    asOfDay: doc.asOfDay,
  };
  let tokenBase = 0;
  parts.forEach((p, k) => {
    const d = normStarts[k];
    const moved = new Map<Mention, Mention>();
    const move = (m: Mention): Mention => {
      let x = moved.get(m);
      if (!x)
        moved.set(
          m,
          (x = { ...m, start: m.start + d, end: m.end + d, first: m.first + tokenBase, last: m.last + tokenBase }),
        );
      return x;
    };
    const span = <T extends Span>(s: T): T => ({ ...s, start: s.start + d, end: s.end + d });
    for (const m of p.a.mentions) out.mentions.push(move(m));
    for (const l of p.a.links)
      out.links.push({
        ...l,
        person: move(l.person),
        title: move(l.title),
        modifier: l.modifier && span(l.modifier),
        qualifier: l.qualifier && span(l.qualifier),
      });
    for (const u of p.a.unknownNames)
      out.unknownNames.push({ ...span(u), title: move(u.title), first: u.first + tokenBase, last: u.last + tokenBase });
    for (const c of p.a.citations)
      out.citations.push({
        ...span(c),
        kind: span(c.kind),
        number: span(c.number),
        symbol: c.symbol && span(c.symbol),
        date: c.date && { ...span(c.date), expr: span(c.date.expr) },
        issuer: c.issuer && span(c.issuer),
        subject: c.subject && span(c.subject),
      });
    for (const s of p.a.sentences) out.sentences.push({ start: s.start + d, end: s.end + d, dates: s.dates.map(span) });
    tokenBase += p.a.tokens.length;
  });
  return out;
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
 * At most this many dates of a sentence date one statement: the ones nearest to it. Prose states a handful; the bound
 * keeps a hostile "sentence" of thousands of dates and titles linear (each title would otherwise carry every date).
 */
export const MAX_STATEMENT_DATES = 16;

/**
 * The dates a statement at `offset` is about. A date that opens the sentence before the statement ("Ngày
 * 10/9/2023, Tổng thống …") dates it; else the dates later in the sentence; else the as-of day.
 * Statements of a sentence between the same dates share one answer (kept on the sentence), and every statement dated
 * by the as-of day shares one: callers read the answer, never change it.
 */
export function datesFor(a: Analysis, offset: number): StatementDates {
  const s = sentenceAt(a, offset);
  if (s && s.dates.length) {
    const before = datesEndingBy(s, offset);
    if (before > 0) {
      const byCount = STATED_WINDOWS.of(s, () => []);
      return (byCount[before] ??= {
        windows: s.dates.slice(Math.max(0, before - MAX_STATEMENT_DATES), before).map((d) => d.window),
        stated: true,
        trailing: false,
      });
    }
    // Trailing dates are one array per sentence, shared by every statement before its first date: so are their windows.
    const trailing = trailingDates(s);
    if (trailing.length)
      return TRAILING_WINDOWS.of(s, () => ({ windows: trailing.map((d) => d.window), stated: true, trailing: true }));
  }
  if (asOfDates?.windows[0].first !== a.asOfDay)
    asOfDates = { windows: [{ first: a.asOfDay, last: a.asOfDay }], stated: false, trailing: false };
  return asOfDates;
}

/** Per sentence, the answer of datesFor by how many of its dates end before the statement. */
const STATED_WINDOWS = new MemoSlot<Array<StatementDates | undefined>>();
const TRAILING_WINDOWS = new MemoSlot<StatementDates>();
/** The answer for statements the as-of day dates (the last as-of day asked). */
let asOfDates: StatementDates | undefined;

/** How many of the sentence's dates end by `offset`. Dates do not overlap, so their ends are in order: a prefix. */
function datesEndingBy(s: Sentence, offset: number): number {
  let lo = 0;
  let hi = s.dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s.dates[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The date expressions `datesFor` reads its windows from (with their precision), when the sentence states any. */
export function statedDatesFor(
  a: Analysis,
  offset: number,
): { dates: DateExpression[]; trailing: boolean; sentence: Sentence } | undefined {
  const s = sentenceAt(a, offset);
  if (s && s.dates.length) {
    const lo = datesEndingBy(s, offset);
    if (lo > 0)
      return { dates: s.dates.slice(Math.max(0, lo - MAX_STATEMENT_DATES), lo), trailing: false, sentence: s };
    const trailing = trailingDates(s);
    if (trailing.length) return { dates: trailing, trailing: true, sentence: s };
  }
  return undefined;
}

/**
 * A bare year later in the sentence names a topic ("Chủ tịch ASEAN năm 2024"), not when the title was held, unless
 * the writer says so ("vào năm 2016", "trong năm 2023"). A trailing period is a topic too ("kỷ niệm 30 năm
 * (1992-2022)") unless introduced as one ("giai đoạn …"). The same for every statement of the sentence before its
 * first date: computed once per sentence.
 */
const TRAILING = new MemoSlot<DateExpression[]>();
function trailingDates(sentence: Sentence): DateExpression[] {
  return TRAILING.of(sentence, (s) =>
    s.dates
      .filter((d) =>
        d.range
          ? d.lead === 'giai đoạn' || d.lead === 'trong'
          : d.precision !== 'year' || d.lead === 'vào' || d.lead === 'trong',
      )
      .slice(0, MAX_STATEMENT_DATES),
  );
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
function withoutEmbeddedTitles(norm: string, tokens: Tokens, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => mentionClass(m.target) === 'title')) return mentions;
  // The longest body over each token (its index in `mentions` + 1, 0 for none), so each title is checked in constant
  // time. Only the tokens a body covers are written, and only title starts are read, so the array is reused.
  const bodyAt = bodyScratch(tokens.length);
  try {
    for (let i = 0; i < mentions.length; i++) {
      const b = mentions[i];
      if (b.target.type !== 'body') continue;
      for (let k = b.first; k < b.last; k++) {
        const at = bodyAt[k];
        if (at === 0 || mentions[at - 1].last - mentions[at - 1].first < b.last - b.first) bodyAt[k] = i + 1;
      }
    }
    return mentions.filter((m) => {
      if (mentionClass(m.target) !== 'title') return true;
      const at = bodyAt[m.first];
      const b = at === 0 ? undefined : mentions[at - 1];
      if (b && b.first <= m.first && m.last <= b.last && (b.first < m.first || m.last < b.last)) return false;
      // Every head ends with one of a few words: only after one is a head's key worth making.
      if (m.first === 0 || !PLACE_HEAD_LASTS.has(tokens.key(m.first - 1))) return true;
      for (let len = 1; len <= 3; len++) {
        const i = m.first - len;
        if (i < 0) break;
        // Only letters, digits, marks, spaces and tabs from the head word to the title.
        if (!tokens.plainBefore(i + 1) && NOT_WORD_OR_PLAIN.test(norm.slice(tokens.start(i), tokens.start(m.first))))
          break;
        if (tokens.upper(i) && PLACE_HEADS.has(tokens.keys(i, m.first))) return false;
      }
      return true;
    });
  } finally {
    for (const b of mentions) if (b.target.type === 'body') bodyAt.fill(0, b.first, b.last);
  }
}

/** The last word of each of PLACE_HEADS. */
const PLACE_HEAD_LASTS = new Set([...PLACE_HEADS].map((k) => k.slice(k.lastIndexOf(' ') + 1)));
const NOT_WORD_OR_PLAIN = /[^\p{L}\p{M}\p{N} \t]/u;

/**
 * Per-token scratch for withoutEmbeddedTitles, all zero between calls (each call clears what it wrote): an array per
 * paragraph was a per-token allocation. A huge unit gets its own.
 */
let bodyAtScratch = new Int32Array(1024);
function bodyScratch(n: number): Int32Array {
  if (n > 1 << 16) return new Int32Array(n);
  if (bodyAtScratch.length < n) bodyAtScratch = new Int32Array(Math.max(n, bodyAtScratch.length * 2));
  return bodyAtScratch;
}
