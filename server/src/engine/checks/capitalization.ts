/**
 * capitalization: an official body or title written with other capitals than its official form ("Bộ chính trị",
 * "Ban Đối Ngoại Trung Ương", "Tổng bí thư"). A matter of style, not of fact: information by default, and silent on
 * the forms official sources print themselves (see name-capitalization.ts).
 */
import { messages, t } from '../i18n/messages';
import { isBody, KIND_BODY, KIND_OFFICE } from '../match/mention';
import { officialCapitalization } from './name-capitalization';
import { NO_FINDINGS, type Check, type RawFinding } from './types';

export const capitalization: Check = ({ glossary, analysis, locale }) => {
  if (analysis.mentions.length === 0) return NO_FINDINGS;
  // Lists made at the first finding: most paragraphs have none.
  let out: RawFinding[] | undefined;
  const norm = analysis.text.norm;
  // Bodies before offices, so a title is not flagged again for the body name inside it.
  // (Two passes over the mentions keep their order within each kind, as a stable sort would, without a list made.)
  // Findings on bodies, then on offices: each list sorted by start, so "a finding inside this mention" is a search.
  let onBodies: RawFinding[] | undefined;
  let onOffices: RawFinding[] | undefined;
  const { mentions } = analysis;
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      if (m.kind !== (pass === 0 ? KIND_BODY : KIND_OFFICE)) continue;
      const written = norm.slice(m.start, m.end);
      const official = officialCapitalization(glossary, m, written);
      if (!official || findingWithin(onBodies, m) || findingWithin(onOffices, m)) continue;
      const finding: RawFinding = {
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
      };
      (out ??= []).push(finding);
      if (isBody(m)) (onBodies ??= []).push(finding);
      else (onOffices ??= []).push(finding);
    }
  }
  return out ?? NO_FINDINGS;
};

/** Some finding of a list sorted by start lies within m: only those starting inside m are looked at. */
function findingWithin(list: readonly RawFinding[] | undefined, m: { start: number; end: number }): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < m.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i].start <= m.end; i++) if (list[i].end <= m.end) return true;
  return false;
}
