/** document-issuer: the citation names a body that did not issue the document. */
import { messages, t } from '../i18n/messages';
import { resolveCitation } from './document-resolve';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const documentIssuer: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.issuer) continue;
    const { chosen } = resolveCitation(glossary, c);
    if (!chosen || chosen.issuer === c.issuer.bodyId) continue;
    const real = glossary.bodyName(chosen.issuer);
    if (!real) continue;
    out.push({
      code: 'document-issuer',
      start: c.issuer.start,
      end: c.issuer.end,
      message: t(messages.documentIssuer, locale, {
        cite: norm.slice(c.kind.start, (c.symbol ?? c.number).end),
        stated: c.issuer.text,
        real,
      }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: real }),
          edits: [{ start: c.issuer.start, end: c.issuer.end, newText: real }],
          preferred: true,
        },
      ],
      confidence: chosen.confidence,
      refs: [chosen.id],
    });
  }
  return out;
};
