/**
 * not-in-glossary: a title the glossary knows, written with a personal name it does not ("Bộ trưởng Bộ Công Thương
 * Nguyễn Hồng Diên"). Nothing is wrong in the text as far as we know; the point is that the title cannot be checked
 * until the person is added, so a team sees what to add. Information by default.
 */
import { messages, t } from '../i18n/messages';
import { isOffice } from '../match/mention';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const notInGlossary: Check = ({ glossary, analysis, locale }) => {
  const norm = analysis.text.norm;
  if (analysis.unknownNames.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  for (const u of analysis.unknownNames) {
    const office = isOffice(u.title) ? glossary.offices.get(u.title.target.id) : undefined;
    const title = norm.slice(u.title.start, u.title.end);
    out.push({
      code: 'not-in-glossary',
      start: u.start,
      end: u.end,
      message: t(messages.notInGlossary, locale, { name: norm.slice(u.start, u.end), title: office?.title ?? title }),
      fixes: [],
      confidence: 'confirmed',
      refs: office ? [office.id] : [],
    });
  }
  return out;
};
