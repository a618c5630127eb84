/**
 * document-subject: the number exists but the stated subject is another document's: name the
 * document that matches the stated subject.
 */
import { messages, t } from '../i18n/messages';
import {
  bestMatch,
  contentKeys,
  numberOrSymbol,
  resolveCitation,
  shortCitation,
  subjectScore,
  SUBJECT_MATCH,
} from './document-resolve';
import { EMBEDDED_CITATION } from '../match/citations';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const documentSubject: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.subject) continue;
    const { chosen } = resolveCitation(glossary, c);
    if (!chosen) continue;
    // A subject that cites another document ("về triển khai Chỉ thị 15", "… và 5 năm thực hiện Chỉ thị số 45 …") is
    // judged by what comes before that citation; if little comes before, it is about the other document: no verdict.
    const inner = c.subject.text.search(EMBEDDED_CITATION);
    const stated = inner >= 0 ? c.subject.text.slice(0, inner) : c.subject.text;
    if (inner >= 0 && contentKeys(stated).length < 3) continue;
    const own = subjectScore(stated, chosen);
    if (own >= SUBJECT_MATCH) continue;
    const best = bestMatch(glossary, stated, c.kindCanonical, chosen);
    // Words like "đối ngoại" are in nearly every subject here, so a partial overlap with the cited
    // document does not excuse a subject that names another document exactly (one of its keywords).
    const match = best && (own < 0.3 || best.score >= 1) ? best.doc : undefined;
    // Without another document to point to, only a subject with nothing in common is reported.
    if (!match && (own > 0 || contentKeys(stated).length < 3)) continue;
    const target = c.symbol ?? c.number;
    const fixes = [];
    if (match) {
      const newText = c.symbol ? numberOrSymbol(match) : match.number;
      fixes.push({
        title: t(messages.fixReplace, locale, { text: `${match.kind} ${newText}` }),
        edits: [{ start: target.start, end: target.end, newText }],
        preferred: true,
      });
    }
    fixes.push({
      title: t(messages.fixReplace, locale, { text: chosen.subject }),
      edits: [{ start: c.subject.start, end: c.subject.end, newText: chosen.subject.replace(/^về\s+/iu, '') }],
    });
    out.push({
      code: 'document-subject',
      start: c.kind.start,
      end: c.subject.end,
      message: t(messages.documentSubject, locale, {
        cite: norm.slice(c.kind.start, target.end),
        real: `"${chosen.subject}"`,
        match: match ? shortCitation(match) : undefined,
      }),
      fixes,
      confidence: chosen.confidence,
      refs: [chosen.id, ...(match ? [match.id] : [])],
    });
  }
  return out;
};
