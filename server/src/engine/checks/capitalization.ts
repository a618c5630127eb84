/**
 * capitalization: an official body or title written with other capitals than its official form ("Bộ chính trị",
 * "Ban Đối Ngoại Trung Ương", "Tổng bí thư"). A matter of style, not of fact: information by default, and silent on
 * the forms official sources print themselves (see name-capitalization.ts).
 */
import { messages, t } from '../i18n/messages';
import { officialCapitalization } from './name-capitalization';
import type { Check, RawFinding } from './types';

export const capitalization: Check = ({ glossary, analysis, locale }) => {
  const out: RawFinding[] = [];
  const norm = analysis.text.norm;
  // Bodies before offices, so a title is not flagged again for the body name inside it.
  const named = analysis.mentions
    .filter((m) => m.target.type === 'body' || m.target.type === 'office')
    .sort((a, b) => Number(a.target.type === 'office') - Number(b.target.type === 'office'));
  for (const m of named) {
    const written = norm.slice(m.start, m.end);
    const official = officialCapitalization(glossary, m, written);
    if (!official || out.some((f) => m.start <= f.start && f.end <= m.end)) continue;
    out.push({
      code: 'capitalization',
      start: m.start,
      end: m.end,
      message: t(messages.capitalization, locale, { found: written, preferred: official }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: official }),
          edits: [{ start: m.start, end: m.end, newText: official }],
          preferred: true,
        },
      ],
      confidence: 'confirmed',
      refs: [m.target.type === 'body' || m.target.type === 'office' ? m.target.id : ''],
    });
  }
  return out;
};
