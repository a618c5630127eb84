/** wrong-title: the glossary knows the person, and they never held the title written with their name. */
import { messages, t } from '../i18n/messages';
import { evaluateTitles, titleNameRange } from './title-evaluation';
import type { Check, RawFinding } from './types';

export const wrongTitle: Check = (ctx) => {
  const { glossary, analysis, locale } = ctx;
  const out: RawFinding[] = [];
  for (const v of evaluateTitles(ctx)) {
    if (v.status !== 'never') continue;
    const person = glossary.people.get(v.personId)!;
    const written = analysis.text.norm.slice(v.link.title.start, v.link.title.end);
    const all = glossary.holdingsOf.get(person.id) ?? [];
    const held = [...new Set(all.map((h) => h.office.title))];
    const window = v.windows[0];
    const current = glossary.titlesOn(person.id, window).filter((h) => h.window.first <= window.first);
    const fixes = current.length
      ? [{ title: t(messages.fixReplaceTitle, locale, { title: current[0].office.title }), edits: [{ start: v.link.title.start, end: v.link.title.end, newText: current[0].office.title }], preferred: true }]
      : [];
    out.push({
      code: 'wrong-title',
      ...titleNameRange(v.link),
      message: t(messages.neverHeld, locale, { name: person.name, title: written, held }),
      fixes,
      // Foreign leaders' records are thinner: never call that an error.
      confidence: person.country ? 'partly-confirmed' : 'confirmed',
      refs: [person.id],
    });
  }
  return out;
};
