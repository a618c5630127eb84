/**
 * term-variant: a discouraged form of an official term ("Đại hội 14" for "Đại hội XIV").
 * Discouraged forms come from the glossary; congress and term numbers written in Arabic digits
 * are caught by one rule, so "Đại hội Đảng lần thứ 15" needs no entry. Capitals are the capitalization check's.
 */
import { messages, t } from '../i18n/messages';
import { toRoman } from '../text/numbers';
import type { Check, RawFinding } from './types';

const CONGRESS_RE =
  /(?<![\p{L}\p{M}])(?<head>Đại\s+hội(?:\s+(?:đại\s+biểu\s+toàn\s+quốc|Đảng\s+toàn\s+quốc|toàn\s+quốc|Đảng|Đảng\s+Cộng\s+sản\s+Việt\s+Nam))?(?:\s+lần\s+thứ)?|(?:Ban\s+Chấp\s+hành\s+Trung\s+ương|BCH\s+Trung\s+ương|BCH\s+TW|Quốc\s+hội|Bộ\s+Chính\s+trị|Ban\s+Bí\s+thư)\s+khóa|khoá)\s+(?<num>\d{1,2})(?![\p{L}\p{N}/.,-]\d|[\p{L}/])/giu;

export const termVariant: Check = ({ glossary, analysis, locale }) => {
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const m of analysis.mentions) {
    if (m.target.type !== 'discouraged') continue;
    const term = glossary.terms.get(m.target.termId);
    const form = term?.discouraged?.[m.target.index];
    if (!term || !form) continue;
    const preferred = form.preferred ?? term.canonical;
    const found = norm.slice(m.start, m.end);
    out.push({
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
  CONGRESS_RE.lastIndex = 0;
  let r: RegExpExecArray | null;
  while ((r = CONGRESS_RE.exec(norm))) {
    const n = Number(r.groups!.num);
    if (n < 1 || n > 30) continue;
    const start = r.index;
    const end = start + r[0].length;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const numStart = end - r.groups!.num.length;
    const found = r[0];
    const preferred = found.slice(0, numStart - start) + toRoman(n);
    out.push({
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
  return out;
};
