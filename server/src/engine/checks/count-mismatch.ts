/** count-mismatch: a fixed enumeration written with the wrong count ("hai trụ cột đối ngoại"). */
import { messages, t } from '../i18n/messages';
import { isEnumHead } from '../match/mention';
import { numberValue, writeNumberLike } from '../text/numbers';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const countMismatch: Check = ({ glossary, analysis, locale }) => {
  if (analysis.mentions.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  const { tokens, text } = analysis;
  for (const m of analysis.mentions) {
    if (!isEnumHead(m) || m.first === 0) continue;
    const e = glossary.enumerations.get(m.target.id);
    const k = m.first - 1;
    const numTok = { start: tokens.start(k), end: tokens.end(k), text: tokens.text(k) };
    if (!e || !tokens.plainBefore(m.first)) continue;
    const found = numberValue(numTok.text);
    if (found === undefined || found === e.count) continue;
    const right = writeNumberLike(e.count, numTok.text);
    out.push({
      code: 'count-mismatch',
      start: numTok.start,
      end: m.end,
      message: t(messages.countMismatch, locale, { found, name: e.canonical, count: e.count, members: e.members }),
      fixes: [
        {
          title: t(messages.fixReplace, locale, { text: `${right} ${text.norm.slice(m.start, m.end)}` }),
          edits: [{ start: numTok.start, end: numTok.end, newText: right }],
          preferred: true,
        },
      ],
      confidence: 'confirmed',
      refs: [e.id],
    });
  }
  return out;
};
