/**
 * document-superseded: a cited document that the glossary records as replaced by another, on a date after the
 * replacement was issued. Citing an older document can be right (history, a comparison), so this is information by
 * default; the message names the replacement and the source that says so.
 */
import { datesFor } from '../analysis';
import { messages, t } from '../i18n/messages';
import { formatPartial, partialWindow } from '../time/dates';
import { resolveCitation, shortCitation } from './document-resolve';
import { NO_FINDINGS, weakest, type Check, type RawFinding } from './types';

export const documentSuperseded: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    const doc = resolveCitation(glossary, c).chosen;
    const next = doc?.supersededBy ? glossary.documents.get(doc.supersededBy) : undefined;
    if (!doc || !next) continue;
    const since = partialWindow(next.date);
    const { windows } = datesFor(analysis, c.start);
    if (since && !windows.every((w) => w.first >= since.first)) continue;
    const target = c.symbol ?? c.number;
    const source = next.sources
      .map((id) => glossary.sources.get(id)?.url ?? (/^https?:/.test(id) ? id : ''))
      .find(Boolean);
    out.push({
      code: 'document-superseded',
      start: c.kind.start,
      end: target.end,
      message: t(messages.documentSuperseded, locale, {
        cite: norm.slice(c.kind.start, target.end),
        next: shortCitation(next),
        date: next.date ? formatPartial(next.date, locale) : '',
        subject: next.subject,
        source,
      }),
      fixes: [],
      confidence: weakest(doc.confidence, next.confidence),
      refs: [doc.id, next.id],
    });
  }
  return out;
};
