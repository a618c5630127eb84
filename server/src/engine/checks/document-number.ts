/**
 * document-number: no document of that kind has that number, but the stated subject names a
 * known document: suggest its number. Without a subject, a stated date and issuer that fit exactly
 * one known document of that kind identify it just as well.
 */
import { messages, t } from '../i18n/messages';
import { overlaps, kindKey, type Glossary } from '../glossary/glossary';
import type { DocumentEntry } from '../glossary/model';
import type { Citation } from '../match/citations';
import { partialWindow } from '../time/dates';
import { EMBEDDED_CITATION } from '../match/citations';
import { bestMatch, numberOrSymbol, resolveCitation, shortCitation } from './document-resolve';
import { NO_FINDINGS, weakest, type Check, type RawFinding } from './types';

/** The stated subject must name the document nearly word for word (or by a keyword) to suggest another number. */
const STRONG_MATCH = 0.8;

export const documentNumber: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    const { candidates } = resolveCitation(glossary, c);
    if (candidates.length) continue;
    const match = c.subject ? bySubject(glossary, c) : byDateAndIssuer(glossary, c);
    if (!match) continue;
    const target = c.symbol ?? c.number;
    const newText = c.symbol ? numberOrSymbol(match) : match.number;
    const cite = norm.slice(c.kind.start, target.end);
    out.push({
      code: 'document-number',
      start: c.kind.start,
      end: target.end,
      message: t(messages.documentNumber, locale, { cite, match: shortCitation(match) }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: newText }),
          edits: [{ start: target.start, end: target.end, newText }],
          preferred: true,
        },
      ],
      // "No such number" is a claim about what the glossary knows, never certain enough to be an error.
      confidence: weakest(match.confidence, 'partly-confirmed'),
      refs: [match.id],
    });
  }
  return out;
};

function bySubject(glossary: Glossary, c: Citation): DocumentEntry | undefined {
  const stated = c.subject!.text;
  const cut = EMBEDDED_CITATION.exec(stated);
  const own = cut ? stated.slice(0, cut.index) : stated;
  const best = bestMatch(glossary, own, c.kindCanonical);
  if (!best || best.score < STRONG_MATCH || kindKey(best.doc.kind) !== kindKey(c.kindCanonical)) return undefined;
  if (c.issuer && c.issuer.bodyId !== best.doc.issuer) return undefined;
  return best.doc;
}

function byDateAndIssuer(glossary: Glossary, c: Citation): DocumentEntry | undefined {
  if (!c.date || !c.issuer) return undefined;
  const fits = byKindAndIssuer(glossary, kindKey(c.kindCanonical), c.issuer.bodyId).filter((d) => {
    const w = partialWindow(d.date);
    return !!w && w.first === w.last && overlaps(w, c.date!.expr.window);
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** Documents by kind and issuer, in glossary order: one look-up per citation instead of a scan of every document. */
const kindIssuerIndex = new WeakMap<Glossary, Map<string, DocumentEntry[]>>();
function byKindAndIssuer(glossary: Glossary, kind: string, issuer: string): DocumentEntry[] {
  let index = kindIssuerIndex.get(glossary);
  if (!index) {
    index = new Map();
    for (const d of glossary.data.documents) {
      const key = `${kindKey(d.kind)}|${d.issuer}`;
      const list = index.get(key);
      if (list) list.push(d);
      else index.set(key, [d]);
    }
    kindIssuerIndex.set(glossary, index);
  }
  return index.get(`${kind}|${issuer}`) ?? [];
}
