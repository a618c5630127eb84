/**
 * document-number: no document of that kind has that number, but the stated subject names a
 * known document: suggest its number.
 */
import { messages, t } from '../i18n/messages';
import { bestBySubject, numberOrSymbol, resolveCitation, shortCitation } from './document-resolve';
import type { Check, RawFinding } from './types';

export const documentNumber: Check = ({ glossary, analysis, locale }) => {
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.subject) continue;
    const { candidates } = resolveCitation(glossary, c);
    if (candidates.length) continue;
    const match = bestBySubject(glossary, c.subject.text, c.kindCanonical);
    if (!match) continue;
    const target = c.symbol ?? c.number;
    const newText = c.symbol ? numberOrSymbol(match) : match.number;
    const cite = norm.slice(c.kind.start, target.end);
    out.push({
      code: 'document-number',
      start: c.kind.start,
      end: target.end,
      message: t(messages.documentNumber, locale, { cite, match: shortCitation(match) }),
      fixes: [{ title: t(messages.fixReplace, locale, { text: newText }), edits: [{ start: target.start, end: target.end, newText }], preferred: true }],
      confidence: match.confidence,
      refs: [match.id],
    });
  }
  return out;
};
