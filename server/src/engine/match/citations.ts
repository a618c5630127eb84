/**
 * Document citations: "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …",
 * "Chỉ thị 12 của Ban Bí thư", "Nghị quyết 250/2025/QH15". Attributes after the number may come
 * in any order; the subject ("về …") runs to the end of the clause or the closing quote.
 */
import type { Mention } from './phrase-index';
import { findDateExpressions, type DateExpression } from '../time/date-expressions';

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

export interface Citation {
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
const HEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?<kind>${KIND_ALT})\\s+(?:(?:số|so)\\s*:?\\s*)?(?<num>\\d{1,5})(?<sym>(?:[-/][\\p{L}\\p{N}]+)+)?(?![\\p{L}\\p{N}])`,
  'giu',
);
/** A document cited inside another's subject: a kind word followed by a number. */
export const EMBEDDED_CITATION = new RegExp(`(?<![\\p{L}\\p{M}])(?:${KIND_ALT})\\s+(?:số\\s*)?\\d`, 'iu');
const SUBJECT_END_RE =
  /[.;!?\n()[\]]|,\s+(?:và|đồng thời|cùng|trong đó|theo đó|nhằm)\s|\s+(?:và|cùng)\s+(?:các\s+)?(?:Nghị quyết|Chỉ thị|Quy định|Quy chế|Đề án|Kết luận|Nghị định|Luật|Quyết định)\b/iu;

export function findCitations(norm: string, bodyMentions: Mention[]): Citation[] {
  const out: Citation[] = [];
  HEAD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HEAD_RE.exec(norm))) {
    const g = m.groups!;
    const start = m.index;
    const kindText = g.kind;
    const kindCanonical =
      DOCUMENT_KINDS.find((k) => k.toLowerCase() === kindText.replace(/\s+/g, ' ').toLowerCase()) ?? kindText;
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
      const next = attribute(norm, pos, c, bodyMentions);
      if (next === undefined) break;
      pos = next;
    }
    c.end = Math.max(c.end, pos);
    out.push(c);
    HEAD_RE.lastIndex = Math.max(HEAD_RE.lastIndex, c.number.end);
  }
  return out;
}

/** Try to read one attribute (date, issuer, subject) at pos; returns the new end or undefined. */
function attribute(norm: string, pos: number, c: Citation, bodies: Mention[]): number | undefined {
  const rest = norm.slice(pos, pos + 400);
  // Date: " ngày 9/1/2023", ", ngày 9/1/2023", " (5/1/2022)", " ban hành ngày …"
  if (!c.date) {
    const dm = /^,?\s*(?:\(|(?:ban hành|ký)\s+)?(?:ngày\s+)?/iu.exec(rest)!;
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
    const im = /^,?\s*(?:của|do)\s+/iu.exec(rest);
    if (im) {
      const at = pos + im[0].length;
      const body = bodies.find((b) => b.start === at && b.target.type === 'body');
      if (body && body.target.type === 'body') {
        c.issuer = { start: body.start, end: body.end, text: norm.slice(body.start, body.end), bodyId: body.target.id };
        return body.end;
      }
    }
  }
  // Subject: " về …" possibly quoted; always last.
  if (!c.subject) {
    const sm = /^,?\s*(?:về\s+việc|về)\s+(["“«]?)/iu.exec(rest);
    if (sm) {
      const at = pos + sm[0].length;
      let end: number;
      if (sm[1]) {
        const close = norm.slice(at).search(/["”»]/u);
        end = close < 0 ? at + norm.slice(at).search(/\n|$/u) : at + close;
      } else {
        const stop = norm.slice(at, at + 300).search(SUBJECT_END_RE);
        end = stop < 0 ? Math.min(norm.length, at + 300) : at + stop;
      }
      const text = norm.slice(at, end).trim();
      if (text.length > 0) {
        c.subject = { start: at, end: at + text.length, text };
        return sm[1] && norm[end] && /["”»]/u.test(norm[end]) ? end + 1 : at + text.length;
      }
    }
  }
  return undefined;
}
