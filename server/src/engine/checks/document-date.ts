/** document-date: the citation states a date the document does not have. */
import { messages, t } from '../i18n/messages';
import { overlaps } from '../glossary/glossary';
import { formatPartial, partialWindow } from '../time/dates';
import { rewriteDate } from './document-date-text';
import { resolveCitation } from './document-resolve';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const documentDate: Check = ({ glossary, analysis, locale }) => {
  if (analysis.citations.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.date) continue;
    const { chosen } = resolveCitation(glossary, c);
    const real = partialWindow(chosen?.date);
    if (!chosen || !real || overlaps(real, c.date.expr.window)) continue;
    const written = c.date.text;
    // The writer's style and precision: "ngày 9 tháng 1 năm 2023", "9/1/2023", "tháng 1/2023"; no fix without one.
    const newText = rewriteDate(written, c.date.expr, chosen.date!);
    out.push({
      code: 'document-date',
      start: c.date.start,
      end: c.date.end,
      message: t(messages.documentDate, locale, {
        cite: norm.slice(c.kind.start, (c.symbol ?? c.number).end),
        stated: written,
        real: formatPartial(chosen.date, locale),
      }),
      fixes: newText
        ? [
            {
              title: t(messages.fixReplace, locale, { text: newText }),
              edits: [{ start: c.date.start, end: c.date.end, newText }],
              preferred: true,
            },
          ]
        : [],
      confidence: chosen.confidence,
      refs: [chosen.id],
    });
  }
  return out;
};
