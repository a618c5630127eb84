/**
 * Part of term-variant: an official body name written with too few capitals ("Bộ chính trị",
 * "ban Đối ngoại Trung ương"). Only under-capitalization counts: headings in capitals and
 * sentence-initial capitals are fine, and an all-lower-case phrase is ordinary prose
 * ("các chính phủ"), which the matcher does not even take for a name.
 */
import type { Glossary } from '../glossary/glossary';
import type { Mention } from '../match/phrase-index';
import { normalizeText, phraseKey } from '../text/normalize';
import { tokenize } from '../text/tokens';

/** The official spelling the written form should have, or undefined when it is fine. */
export function officialCapitalization(glossary: Glossary, m: Mention, written: string): string | undefined {
  if (m.target.type !== 'body') return undefined;
  const body = glossary.bodies.get(m.target.id);
  if (!body) return undefined;
  const forms = [body.name, ...(body.aliases ?? [])].map(normalizeText);
  const key = phraseKey(written);
  const same = forms.filter((f) => phraseKey(f) === key);
  if (same.length === 0 || same.includes(written)) return undefined;
  const mine = tokenize(written);
  if (mine.every((t) => t.text === t.text.toUpperCase())) return undefined; // a heading in capitals
  for (const form of same) {
    const theirs = tokenize(form);
    if (theirs.length !== mine.length) continue;
    // Under-capitalized: some syllable is lower case where the official form has a capital, and none the other way round
    // (except the first, which a sentence start may capitalize).
    let missing = false;
    let extra = false;
    theirs.forEach((t, i) => {
      if (t.upper && !mine[i].upper) missing = true;
      if (!t.upper && mine[i].upper && i > 0) extra = true;
    });
    if (missing && !extra) return form;
  }
  return undefined;
}
