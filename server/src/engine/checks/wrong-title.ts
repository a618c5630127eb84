/**
 * wrong-title: the glossary knows the person, and they never held the title written with their name.
 * Certain only for offices one person holds at a time whose holder on that date the glossary knows
 * (then it is someone else). Memberships (Ủy viên Bộ Chính trị …) are recorded less completely,
 * so there the finding is only information and says so.
 */
import { messages, t } from '../i18n/messages';
import { evaluateTitles, titleNameRange } from './title-evaluation';
import type { Holding } from '../glossary/glossary';
import type { Confidence } from '../glossary/model';
import type { CheckContext } from './types';
import type { TitleVerdict } from './title-evaluation';
import { NO_FINDINGS, weakest, type Check, type RawFinding } from './types';

export const wrongTitle: Check = (ctx) => {
  const { glossary, analysis, locale } = ctx;
  const verdicts = evaluateTitles(ctx);
  if (verdicts.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  for (const v of verdicts) {
    if (v.status !== 'never' || v.link.shared) continue;
    const person = glossary.people.get(v.personId)!;
    const written = analysis.text.norm.slice(v.link.title.start, v.link.title.end);
    const all = glossary.holdingsOf.get(person.id) ?? [];
    const held = [...new Set(all.map((h) => h.office.title))];
    const window = v.windows[0];
    const current = glossary.titlesOn(person.id, window).filter((h) => h.window.first <= window.first);
    const fixes = current.length
      ? [
          {
            title: t(messages.fixReplaceTitle, locale, { title: current[0].office.title }),
            edits: [{ start: v.link.title.start, end: v.link.title.end, newText: current[0].office.title }],
            preferred: true,
          },
        ]
      : [];
    const confidence = certainty(ctx, v);
    out.push({
      code: 'wrong-title',
      ...titleNameRange(v.link),
      message: t(confidence === 'unconfirmed' ? messages.notRecorded : messages.neverHeld, locale, {
        name: person.name,
        title: written,
        held,
      }),
      fixes,
      confidence,
      refs: [person.id],
    });
  }
  return out;
};

function certainty(ctx: CheckContext, v: TitleVerdict): Confidence {
  const { glossary } = ctx;
  const person = glossary.people.get(v.personId)!;
  const t = v.link.title.target;
  // A bare role ("Đại sứ", "Bộ trưởng") is held by many at once: that someone else holds one of its offices says nothing.
  if (t.type !== 'office') return 'unconfirmed';
  const offices = [glossary.offices.get(t.id)!];
  if (!offices.every((o) => o.single)) return 'unconfirmed';
  // Further along a chain of titles, a title may be someone else's ("… của Thủ tướng, Phó Thủ tướng X").
  if (v.link.position > 0) return 'unconfirmed';
  // The glossary knows nothing the person held then: their record is incomplete there, so do not assert.
  const held = v.windows.flatMap((w) => glossary.titlesOn(person.id, w));
  if (held.length === 0) return 'unconfirmed';
  const others = offices.flatMap((o) =>
    v.windows.flatMap((w) => glossary.holdersOn(o.id, w).filter((h) => h.person.id !== person.id)),
  );
  // Nobody known in office then: the record is incomplete, not the text wrong.
  if (others.length === 0) return 'unconfirmed';
  // The finding is as certain as the best evidence of where the person was and of who held the office: a team
  // entry without a source (unconfirmed) cannot make it an error.
  const best = (hs: Holding[]) => strongest(hs.map((h) => h.tenure.confidence));
  // Foreign leaders' records are thinner: never call that an error.
  return weakest(person.country ? 'partly-confirmed' : 'confirmed', best(held), best(others));
}

function strongest(cs: Confidence[]): Confidence {
  return cs.includes('confirmed') ? 'confirmed' : cs.includes('partly-confirmed') ? 'partly-confirmed' : 'unconfirmed';
}
