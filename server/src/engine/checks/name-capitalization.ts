/**
 * Part of term-variant: an official name written with the wrong capitals: a body ("Bộ chính trị",
 * "ban Đối ngoại Trung ương", "Ban Đối Ngoại Trung Ương") or a title used as a title ("Tổng bí thư").
 * Headings in capitals are fine, a capital on the first syllable is fine (a sentence may start there),
 * and an all-lower-case phrase is ordinary prose ("các chính phủ", "các bộ trưởng").
 */
import type { Glossary } from '../glossary/glossary';
import type { Mention } from '../match/phrase-index';
import { normalizeText, phraseKey } from '../text/normalize';
import { tokenize } from '../text/tokens';

/** The official spelling the written form should have, or undefined when it is fine. */
export function officialCapitalization(glossary: Glossary, m: Mention, written: string): string | undefined {
  const forms = officialForms(glossary, m)?.map(normalizeText);
  if (!forms) return undefined;
  const key = phraseKey(written);
  const same = forms.filter((f) => phraseKey(f) === key);
  if (same.length === 0 || same.includes(written)) return undefined;
  const mine = tokenize(written);
  if (mine.every((t) => t.text === t.text.toUpperCase())) return undefined; // a heading in capitals
  if (mine.every((t) => !t.upper)) return undefined; // prose, not a name
  for (const form of same) {
    const theirs = tokenize(form);
    if (theirs.length !== mine.length) continue;
    // Any syllable whose capital differs, except an extra capital on the first (a sentence start).
    const differs = theirs.some((t, i) => t.upper !== mine[i].upper && !(i === 0 && mine[i].upper));
    if (differs) return form;
  }
  return undefined;
}

function officialForms(glossary: Glossary, m: Mention): string[] | undefined {
  if (m.target.type === 'body') {
    const b = glossary.bodies.get(m.target.id);
    return b && [b.name, ...(b.aliases ?? [])];
  }
  if (m.target.type === 'office') {
    const o = glossary.offices.get(m.target.id);
    return o && [o.title, ...(o.forms ?? [])];
  }
  return undefined;
}
