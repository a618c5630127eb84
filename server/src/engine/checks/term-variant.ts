/**
 * term-variant: a discouraged form of an official term ("Đại hội 14" for "Đại hội XIV").
 * Discouraged forms come from the glossary; congress and term numbers written in Arabic digits
 * are caught by one rule, so "Đại hội Đảng lần thứ 15" needs no entry. Capitals are the capitalization check's.
 */
import { messages, t } from '../i18n/messages';
import { isDiscouraged } from '../match/mention';
import { toRoman } from '../text/numbers';
import { letterOrMarkBefore } from '../text/chars';
import { syllableKey } from '../text/normalize';
import { tagKeys } from '../text/tokens';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

// Tried at given positions only (sticky). Not after a letter or mark: checked by hand (letterOrMarkBefore).
const CONGRESS_RE =
  /(?<head>Đại\s+hội(?:\s+(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc|Đảng|Đảng\s+Cộng\s+sản\s+Việt\s+Nam))?(?:\s+lần\s+thứ)?|(?:Ban\s+Chấp\s+hành\s+Trung\s+ương|BCH\s+Trung\s+ương|BCH\s+TW|Quốc\s+hội|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)\s+khóa|khoá)\s+(?<num>\d{1,2})(?![\p{L}\p{N}/.,-]\d|[\p{L}/])/iuy;
/** The first words of the pattern above. */
const CONGRESS_START = tagKeys(['Đại', 'Ban', 'BCH', 'Quốc', 'Bộ', 'khoá'].map(syllableKey));

export const termVariant: Check = ({ glossary, analysis, locale }) => {
  // Made at the first finding: most paragraphs have none.
  let out: RawFinding[] | undefined;
  const norm = analysis.text.norm;
  const { mentions } = analysis;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!isDiscouraged(m)) continue;
    const term = glossary.terms.get(m.target.termId);
    const form = term?.discouraged?.[m.target.index];
    if (!term || !form) continue;
    const preferred = form.preferred ?? term.canonical;
    const found = norm.slice(m.start, m.end);
    (out ??= []).push({
      code: 'term-variant',
      start: m.start,
      end: m.end,
      message: t(messages.termVariant, locale, { found, preferred, reason: form.reason }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: preferred }),
          edits: [{ start: m.start, end: m.end, newText: preferred }],
          preferred: true,
        },
      ],
      confidence: 'confirmed',
      refs: [term.id],
    });
  }
  // The number comes after the head words: no match starts at or after the last digit (-1, none, when there is none).
  const lastDigitEnd = analysis.tokens.lastDigitEnd();
  if (lastDigitEnd < 0) return out ?? NO_FINDINGS;
  // Findings so far (discouraged forms: the first `terms` of out, then congress numbers after them) in two runs sorted
  // by start whose spans do not overlap one another, so an overlap is found by binary search.
  const terms = out?.length ?? 0;
  // Tried only where one of its first words starts, in order, going on after each match as one search would.
  let from = 0;
  for (const at of analysis.tokens.starts(CONGRESS_START, lastDigitEnd)) {
    if (at < from) continue;
    CONGRESS_RE.lastIndex = at;
    const r = CONGRESS_RE.exec(norm);
    if (!r || letterOrMarkBefore(norm, at)) continue;
    from = at + r[0].length;
    const n = Number(r.groups!.num);
    if (n < 1 || n > 30) continue;
    const start = r.index;
    const end = start + r[0].length;
    if (out && (overlapsAny(out, 0, terms, start, end) || overlapsAny(out, terms, out.length, start, end))) continue;
    const numStart = end - r.groups!.num.length;
    const found = r[0];
    const preferred = found.slice(0, numStart - start) + toRoman(n);
    (out ??= []).push({
      code: 'term-variant',
      start,
      end,
      message: t(messages.termVariant, locale, {
        found,
        preferred,
        reason: t(messages.congressRoman, locale, undefined as never),
      }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: preferred }),
          edits: [{ start: numStart, end, newText: toRoman(n) }],
          preferred: true,
        },
      ],
      confidence: 'confirmed',
    });
  }
  return out ?? NO_FINDINGS;
};

/**
 * Some span of list[from, to), sorted by start, whose spans overlap no other (same spans aside), overlaps [start, end).
 */
function overlapsAny(
  list: readonly { start: number; end: number }[],
  from: number,
  to: number,
  start: number,
  end: number,
): boolean {
  // Their ends are sorted too: the first span ending after `start` is the only candidate, with any of the same span.
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && list[lo].start < end;
}
