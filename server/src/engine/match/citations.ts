/**
 * Document citations: "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …",
 * "Chỉ thị 12 của Ban Bí thư", "Nghị quyết 250/2025/QH15". Attributes after the number may come
 * in any order; the subject ("về …") runs to the end of the clause or the closing quote.
 */
import type { Mention } from './phrase-index';
import { findDateExpressions, type DateExpression } from '../time/date-expressions';
import { letterOrMarkBefore } from '../text/chars';
import { syllableKey } from '../text/normalize';
import type { Memoizable } from '../memo';
import { tagKeys, type Tokens } from '../text/tokens';

export const DOCUMENT_KINDS = [
  'Nghị quyết',
  'Chỉ thị',
  'Quy định',
  'Quy chế',
  'Đề án',
  'Kết luận',
  'Nghị định',
  'Luật',
  'Quyết định',
  'Thông tư',
  'Hướng dẫn',
  'Chương trình hành động',
  'Chiến lược',
  'Văn kiện',
] as const;

export interface Piece {
  start: number;
  end: number;
  text: string;
}

export interface Citation extends Memoizable {
  start: number;
  end: number;
  /** The kind as written, and its canonical spelling. */
  kind: Piece;
  kindCanonical: string;
  number: Piece;
  /** Symbol as written after the number, e.g. "-NQ/TW" is part of "34-NQ/TW": this holds the full "34-NQ/TW". */
  symbol?: Piece;
  date?: Piece & { expr: DateExpression };
  issuer?: Piece & { bodyId: string };
  subject?: Piece;
}

const KIND_ALT = DOCUMENT_KINDS.map((k) => k.replace(/ /g, '\\s+')).join('|');
// Tried at given positions only (sticky). Not after a letter or mark: checked by hand (letterOrMarkBefore).
const HEAD_RE = new RegExp(
  `(?<kind>${KIND_ALT})\\s+(?:(?:số|so)\\s*:?\\s*)?(?<num>\\d{1,5})(?<sym>(?:[-/][\\p{L}\\p{N}]+)+)?(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** A document cited inside another's subject: a kind word followed by a number. */
export const EMBEDDED_CITATION = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KIND_ALT})\\s+(?:số\\s*)?\\d`, 'iu');
const SUBJECT_END_RE =
  /[.;!?\n()[\]]|,\s+(?:và|đồng thời|cùng|trong đó|theo đó|nhằm)\s|\s+(?:và|cùng)\s+(?:các\s+)?(?:Nghị quyết|Chỉ thị|Quy định|Quy chế|Đề án|Kết luận|Nghị định|Luật|Quyết định)\b/iu;

const QUOTE_RE = /["”»]/gu;
const LINE_END_RE = /\n|$/gu;

/** The first syllable of each kind: a citation can only start at a syllable tagged with one (or inside "5Luật"). */
/** Each kind by its lower-case form (the first kind of a form, as a search of the list would find it). */
const KIND_BY_LOWER = new Map<string, string>();
for (const k of DOCUMENT_KINDS) if (!KIND_BY_LOWER.has(k.toLowerCase())) KIND_BY_LOWER.set(k.toLowerCase(), k);
const SPACES = /\s+/g;
const KIND_START = tagKeys(DOCUMENT_KINDS.map((k) => syllableKey(k.split(' ')[0])));

/**
 * Every citation, in order. The head pattern is tried only where a kind word starts, in order, continuing after each
 * match exactly as one search through the text would.
 */
export function findCitations(
  norm: string,
  tokens: Tokens,
  bodyMentions: Mention[],
  /** false: the head pattern is tried at every start, as before the digit test (the tests' oracle). */
  digitTest = true,
): Citation[] {
  const out: Citation[] = [];
  // A citation has a number after its kind word: none starts at or after the last digit (most paragraphs have none).
  const digitsEnd = tokens.lastDigitEnd();
  if (digitsEnd < 0) return out;
  const starts = tokens.starts(KIND_START, digitsEnd);
  if (starts.length === 0) return out;
  const ahead: Lookups = { quote: new NextMatch(norm, QUOTE_RE), lineEnd: new NextMatch(norm, LINE_END_RE) };
  let from = 0;
  // The token holding `at` (starts are in order).
  let t = 0;
  for (const at of starts) {
    if (at >= digitsEnd) break;
    if (at < from) continue;
    while (tokens.end(t) <= at) t++;
    // Most kind words start no citation ("quy mô", "kết quả", "thông tin"): without a digit close enough, the head
    // pattern is not tried.
    if (digitTest && !digitWithin(tokens, t, t + HEAD_TOKENS)) continue;
    HEAD_RE.lastIndex = at;
    const m = HEAD_RE.exec(norm);
    if (!m || letterOrMarkBefore(norm, at)) continue;
    const g = m.groups!;
    const start = m.index;
    const kindText = g.kind;
    const kindCanonical = KIND_BY_LOWER.get(kindText.replace(SPACES, ' ').toLowerCase()) ?? kindText;
    const numStart = start + m[0].length - g.num.length - (g.sym?.length ?? 0);
    const c: Citation = {
      start,
      end: start + m[0].length,
      kind: { start, end: start + kindText.length, text: kindText },
      kindCanonical,
      number: { start: numStart, end: numStart + g.num.length, text: g.num },
    };
    if (g.sym) c.symbol = { start: numStart, end: c.end, text: g.num + g.sym };
    let pos = c.end;
    for (let round = 0; round < 3; round++) {
      const next = attribute(norm, pos, c, bodyMentions, ahead);
      if (next === undefined) break;
      pos = next;
    }
    c.end = Math.max(c.end, pos);
    out.push(c);
    from = Math.max(start + m[0].length, c.number.end);
  }
  return out;
}

/**
 * How many tokens a head's number can be after the token it starts in: the kind's words are tokens of their own (each
 * after white space; the first may sit inside "5Luật"), then "số" (which may hold the digits: "số34") and the number.
 */
const HEAD_TOKENS = Math.max(...DOCUMENT_KINDS.map((k) => k.split(' ').length)) + 1;

/** Some token in [from, to] holds an ASCII digit. */
function digitWithin(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (tokens.hasDigit(k)) return true;
  return false;
}

/** The words that lead to a citation's date, issuer and subject (made once: literals here were made per call). */
const DATE_LEAD = /^,?\s*(?:\(|(?:ban hành|ký)\s+)?(?:ngày\s+)?/iu;
const ISSUER_LEAD = /^,?\s*(?:của|do)\s+/iu;
const SUBJECT_LEAD = /^,?\s*(?:về\s+việc|về)\s+(["“«]?)/iu;
const CLOSING_QUOTE = /["”»]/u;

/** Try to read one attribute (date, issuer, subject) at pos; returns the new end or undefined. */
function attribute(norm: string, pos: number, c: Citation, bodies: Mention[], ahead: Lookups): number | undefined {
  const rest = norm.slice(pos, pos + 400);
  // Date: " ngày 9/1/2023", ", ngày 9/1/2023", " (5/1/2022)", " ban hành ngày …"
  if (!c.date) {
    const dm = DATE_LEAD.exec(rest)!;
    const exprs = findDateExpressions(norm, pos + dm[0].length, pos + Math.min(rest.length, dm[0].length + 40));
    const e = exprs[0];
    if (e && e.start === pos + dm[0].length && e.precision !== 'year') {
      let end = e.end;
      if (norm[end] === ')' && dm[0].includes('(')) end++;
      c.date = { start: e.start, end: e.end, text: norm.slice(e.start, e.end), expr: e };
      return end;
    }
  }
  // Issuer: " của Bộ Chính trị"
  if (!c.issuer) {
    const im = ISSUER_LEAD.exec(rest);
    if (im) {
      const at = pos + im[0].length;
      const body = bodyAt(bodies, at);
      if (body && body.target.type === 'body') {
        c.issuer = { start: body.start, end: body.end, text: norm.slice(body.start, body.end), bodyId: body.target.id };
        return body.end;
      }
    }
  }
  // Subject: " về …" possibly quoted; always last.
  if (!c.subject) {
    const sm = SUBJECT_LEAD.exec(rest);
    if (sm) {
      const at = pos + sm[0].length;
      let end: number;
      if (sm[1]) {
        const close = ahead.quote.from(at);
        end = close < 0 ? ahead.lineEnd.from(at) : close;
      } else {
        const stop = norm.slice(at, at + 300).search(SUBJECT_END_RE);
        end = stop < 0 ? Math.min(norm.length, at + 300) : at + stop;
      }
      const text = norm.slice(at, end).trim();
      if (text.length > 0) {
        c.subject = { start: at, end: at + text.length, text };
        return sm[1] && norm[end] && CLOSING_QUOTE.test(norm[end]) ? end + 1 : at + text.length;
      }
    }
  }
  return undefined;
}

/** The first body mention starting at `at` (mentions are sorted by start): a binary search, not a scan. */
function bodyAt(mentions: Mention[], at: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < mentions.length && mentions[i].start === at; i++)
    if (mentions[i].target.type === 'body') return mentions[i];
  return undefined;
}

interface Lookups {
  quote: NextMatch;
  lineEnd: NextMatch;
}

/**
 * Where a pattern next occurs at or after a position. Citations ask from positions that mostly grow, so the last
 * answer is reused while it still holds: many citations with an unclosed quote cost one search, not one each.
 */
class NextMatch {
  private asked = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly re: RegExp,
  ) {}

  from(at: number): number {
    if (this.asked >= 0 && at >= this.asked && (this.found < 0 || at <= this.found)) return this.found;
    this.re.lastIndex = at;
    const m = this.re.exec(this.text);
    this.asked = at;
    this.found = m ? m.index : -1;
    return this.found;
  }
}
