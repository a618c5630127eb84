/**
 * document-subject: the number exists but the stated subject is another document's: name the
 * document that matches the stated subject.
 */
import { messages, t } from '../i18n/messages';
import { bestMatch, contentKeys, numberOrSymbol, resolveCitation, shortCitation, subjectScore, SUBJECT_MATCH } from './document-resolve';
import type { Check, RawFinding } from './types';

export const documentSubject: Check = ({ glossary, analysis, locale }) => {
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.subject) continue;
    const { chosen } = resolveCitation(glossary, c);
    if (!chosen) continue;
    const own = subjectScore(c.subject.text, chosen);
    if (own >= SUBJECT_MATCH) continue;
    const best = bestMatch(glossary, c.subject.text, c.kindCanonical, chosen);
    // Words like "đối ngoại" are in nearly every subject here, so a partial overlap with the cited
    // document does not excuse a subject that names another document exactly (one of its keywords).
    const match = best && (own < 0.3 || best.score >= 1) ? best.doc : undefined;
    // Without another document to point to, only a subject with nothing in common is reported.
    if (!match && (own > 0 || contentKeys(c.subject.text).length < 3)) continue;
    const target = c.symbol ?? c.number;
    const fixes = [];
    if (match) {
      const newText = c.symbol ? numberOrSymbol(match) : match.number;
      fixes.push({ title: t(messages.fixReplace, locale, { text: `${match.kind} ${newText}` }), edits: [{ start: target.start, end: target.end, newText }], preferred: true });
    }
    fixes.push({ title: t(messages.fixReplace, locale, { text: chosen.subject }), edits: [{ start: c.subject.start, end: c.subject.end, newText: chosen.subject.replace(/^về\s+/iu, '') }] });
    out.push({
      code: 'document-subject',
      start: c.kind.start,
      end: c.subject.end,
      message: t(messages.documentSubject, locale, { cite: norm.slice(c.kind.start, target.end), real: `"${chosen.subject}"`, match: match ? shortCitation(match) : undefined }),
      fixes,
      confidence: chosen.confidence,
      refs: [chosen.id, ...(match ? [match.id] : [])],
    });
  }
  return out;
};
