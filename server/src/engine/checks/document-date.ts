/** document-date: the citation states a date the document does not have. */
import { messages, t } from '../i18n/messages';
import { overlaps } from '../glossary/glossary';
import { formatPartial, partialWindow } from '../time/dates';
import { resolveCitation } from './document-resolve';
import type { Check, RawFinding } from './types';

export const documentDate: Check = ({ glossary, analysis, locale }) => {
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  for (const c of analysis.citations) {
    if (!c.date) continue;
    const { chosen } = resolveCitation(glossary, c);
    const real = partialWindow(chosen?.date);
    if (!chosen || !real || overlaps(real, c.date.expr.window)) continue;
    const written = c.date.text;
    // Keep the writer's style: "ngày 9 tháng 1 năm 2023" or "9/1/2023".
    const [y, m, d] = chosen.date!.split('-');
    const newText =
      /tháng/iu.test(written) && d
        ? written.replace(/\d{1,2}(\s+tháng\s+)\d{1,2}(\s*(?:năm|,)\s*)\d{4}/iu, `${Number(d)}$1${Number(m)}$2${y}`)
        : formatPartial(chosen.date, 'vi');
    out.push({
      code: 'document-date',
      start: c.date.start,
      end: c.date.end,
      message: t(messages.documentDate, locale, {
        cite: norm.slice(c.kind.start, (c.symbol ?? c.number).end),
        stated: written,
        real: formatPartial(chosen.date, locale),
      }),
      fixes: d
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
