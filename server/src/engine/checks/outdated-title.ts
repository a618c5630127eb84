/**
 * outdated-title: the person held the title, but not on the date the sentence is about.
 * Says when they held it, what they hold on that date, and who holds the office then; fixes
 * offer "nguyên"/"cố", the current title, and the current holder. Also the reverse: "nguyên"
 * (former) written for a title the person still held on that date.
 */
import { messages, t } from '../i18n/messages';
import { dayToIso, formatDay, formatPartial, type DayWindow } from '../time/dates';
import { titleOf, type Glossary, type Holding } from '../glossary/glossary';
import type { Confidence } from '../glossary/model';
import type { Locale } from '../api';
import { evaluateTitles, titleNameRange, type TitleVerdict } from './title-evaluation';
import { ownCopy } from './name-capitalization';
import { NO_FINDINGS, weakest, type Check, type RawFinding, type RawFix } from './types';

export const outdatedTitle: Check = (ctx) => {
  const { glossary, analysis, locale } = ctx;
  const verdicts = evaluateTitles(ctx);
  if (verdicts.length === 0) return NO_FINDINGS;
  const out: RawFinding[] = [];
  for (const v of verdicts) {
    if (v.status === 'still-held' && v.closest && v.link.modifier) {
      const person = glossary.people.get(v.personId)!;
      const mod = v.link.modifier;
      const date = formatDay(v.windows[0].first, locale);
      const end = /^[ \t]+/.exec(analysis.text.norm.slice(mod.end))?.[0].length ?? 0;
      out.push({
        code: 'outdated-title',
        ...titleNameRange(v.link),
        message: t(messages.stillHolds, locale, {
          name: person.name,
          title: v.closest.office.title,
          from: formatPartial(v.closest.tenure.from, locale),
          date,
        }),
        fixes: [
          {
            title: t(messages.fixRemove, locale, { word: analysis.text.norm.slice(mod.start, mod.end) }),
            edits: [{ start: mod.start, end: mod.end + end, newText: '' }],
            preferred: true,
          },
        ],
        confidence: v.closest.tenure.confidence,
        refs: [person.id, v.closest.office.id],
      });
      continue;
    }
    if ((v.status === 'acting-only' || v.status === 'no-longer-acting') && v.closest) {
      out.push(actingFinding(ctx, v));
      continue;
    }
    if (v.status !== 'not-on-date' || !v.closest) continue;
    const { link, closest } = v;
    const norm = analysis.text.norm;
    const written = norm.slice(link.title.start, link.title.end);
    const range = titleNameRange(link);
    const slip = yearSlip(v, analysis.asOfDay);
    const { message, confidence, fixWords: words } = describe(glossary, v, closest, written, slip, locale);
    out.push({
      code: 'outdated-title',
      ...range,
      message,
      fixes: fixes(link, words, norm),
      confidence,
      // Naming someone who died in office by that office is usage the press keeps: a hint that "cố" is better.
      maxSeverity: v.diedInOffice || slip ? 'information' : undefined,
      refs: [v.personId, closest.office.id],
    });
  }
  return out;
};

/** What a not-on-date finding says, and what its fixes offer; the same for every mention written alike. */
interface Description {
  message: string;
  confidence: Confidence;
  fixWords: FixWords;
}

/** A description and what it was worked out for, besides the tenure and the words as written. */
interface Described {
  first: number;
  last: number;
  flags: number;
  locale: Locale;
  description: Description;
}

/**
 * A text names the same person by the same title on the same dates again and again: what is said about a tenure is
 * worked out once per tenure and everything else it depends on (the dates, how the title is written, the flags of the
 * verdict, the locale) and kept with the tenure (bounded), which lives as long as the glossary. Keyed by the words as
 * written, the rest compared in a short list: no key string is made and hashed per mention.
 */
const descriptions = new WeakMap<Holding, Map<string, Described[]>>();
function describe(
  glossary: Glossary,
  v: TitleVerdict,
  closest: Holding,
  written: string,
  slip: boolean,
  locale: Locale,
): Description {
  const w = v.windows[0];
  const flags = (v.notYet ? 4 : 0) | (v.diedInOffice ? 2 : 0) | (slip ? 1 : 0);
  let known = descriptions.get(closest);
  if (!known) descriptions.set(closest, (known = new Map<string, Described[]>()));
  let list = known.get(written);
  if (list) {
    for (const d of list)
      if (d.first === w.first && d.last === w.last && d.flags === flags && d.locale === locale) return d.description;
  } else {
    if (known.size >= 64) known.clear();
    known.set(ownCopy(written), (list = []));
  }
  if (list.length >= 64) list.length = 0;
  // Copies: a kept key or message cut from the paragraph would keep the whole paragraph alive.
  const description = describeNow(glossary, v, closest, ownCopy(written), slip, locale);
  list.push({ first: w.first, last: w.last, flags, locale, description });
  return description;
}

function describeNow(
  glossary: Glossary,
  v: TitleVerdict,
  closest: Holding,
  written: string,
  slip: boolean,
  locale: Locale,
): Description {
  const person = glossary.people.get(v.personId)!;
  const date = formatDay(v.windows[0].first, locale);
  const window: DayWindow = v.windows[0];
  // The finding rests on the tenure's dates; who holds the office now is context.
  const confidence = weakest(closest.tenure.confidence);
  const title = closest.office.title;
  // Offices held by one person at a time say most about who someone is: list them first.
  const current = glossary
    .titlesOn(person.id, window)
    .filter(
      (h) =>
        h.window.first <= window.first &&
        !(h.office.id === closest.office.id && !!h.tenure.acting === !!closest.tenure.acting),
    )
    .sort((a, b) => Number(!!b.office.single) - Number(!!a.office.single));
  const holders = closest.office.single
    ? glossary.holdersOn(closest.office.id, window).filter((h) => h.person.id !== person.id)
    : [];
  const span = t(messages.heldSpan, locale, {
    name: person.name,
    title,
    from: formatPartial(closest.tenure.from, locale),
    to: closest.tenure.to ? formatPartial(closest.tenure.to, locale) : undefined,
    unsure: confidence !== 'confirmed',
  });
  const former = v.notYet ? undefined : deceasedBy(person.died, window) ? 'cố' : 'nguyên';
  const parts: string[] = [];
  if (v.diedInOffice) {
    parts.push(
      t(messages.diedInOffice, locale, { name: person.name, title, died: formatPartial(person.died, locale) }),
    );
  } else {
    // Lead with what to write: the person's title then, or who held the office then, or "nguyên …".
    const currentHolding = current.find((h) => h.office.single) ?? current[0];
    const currentTitle = currentHolding && titleOf(currentHolding);
    if (currentTitle) parts.push(t(messages.nowTitle, locale, { title: currentTitle }));
    else if (holders.length)
      parts.push(t(messages.holderOn, locale, { title, date, holders: holders.map((h) => h.person.name) }));
    else if (former) parts.push(t(messages.writeFormer, locale, { word: former, title: written }));
    else parts.push(t(messages.notYetHeld, locale, { date }));
    parts.push(
      `${span}, ${v.notYet ? t(messages.notYetHeld, locale, { date }).toLowerCase() : t(messages.noLongerOn, locale, { date })}`,
    );
    if (slip) parts.push(t(messages.checkDate, locale, { date }));
    if (currentTitle && holders.length)
      parts.push(t(messages.holderOn, locale, { title, date, holders: holders.map((h) => h.person.name) }));
    if (current.length > 1)
      parts.push(t(messages.titlesOn, locale, { name: person.name, date, titles: current.slice(0, 3).map(titleOf) }));
  }
  return {
    message: parts.join('. '),
    confidence,
    fixWords: fixWords(locale, written, former, current, holders),
  };
}

function actingFinding(ctx: Parameters<Check>[0], v: ReturnType<typeof evaluateTitles>[number]): RawFinding {
  const { glossary, analysis, locale } = ctx;
  const person = glossary.people.get(v.personId)!;
  const h = v.closest!;
  const args = {
    name: person.name,
    title: h.office.title,
    date: formatDay(v.windows[0].first, locale),
    from: formatPartial(h.tenure.from, locale),
  };
  const mod = v.link.modifier;
  const title = v.link.title;
  const gapEnd = mod ? mod.end + (/^[ \t]+/.exec(analysis.text.norm.slice(mod.end))?.[0].length ?? 0) : 0;
  const fix: RawFix =
    v.status === 'acting-only'
      ? {
          title: t(messages.fixAdd, locale, { word: 'Quyền' }),
          edits: [{ start: title.start, end: title.start, newText: 'Quyền ' }],
          preferred: true,
        }
      : {
          title: t(messages.fixRemove, locale, { word: 'Quyền' }),
          edits: [{ start: mod!.start, end: gapEnd, newText: '' }],
          preferred: true,
        };
  return {
    code: 'outdated-title',
    ...titleNameRange(v.link),
    message: t(v.status === 'acting-only' ? messages.actingOnly : messages.noLongerActing, locale, args),
    fixes: [fix],
    confidence: h.tenure.confidence,
    refs: [person.id, h.office.id],
  };
}

/**
 * "Not yet held" by less than a year on a date the sentence states, while held when the document was written: more
 * often a slip of the year ("7/2/2025" for 2026) than an anachronism, so only information, asking to check the date.
 */
function yearSlip(v: ReturnType<typeof evaluateTitles>[number], asOfDay: number): boolean {
  if (!v.notYet || !v.stated || !v.closest) return false;
  const h = v.closest;
  return h.window.first <= asOfDay && asOfDay <= h.window.last && h.window.first - v.windows[0].last <= 366;
}

function deceasedBy(died: string | undefined, w: DayWindow): boolean {
  return !!died && died <= dayToIso(w.first);
}

/** The words of the fixes a not-on-date finding offers, the same for every mention its description fits. */
interface FixWords {
  former?: { title: string; word: string; inserted: string };
  replace?: { title: string; text: string };
  holder?: { title: string; text: string };
}

function fixWords(
  locale: Locale,
  written: string,
  former: 'nguyên' | 'cố' | undefined,
  current: Holding[],
  holders: Holding[],
): FixWords {
  const words: FixWords = {};
  if (former)
    words.former = {
      title: t(messages.fixFormer, locale, { word: former, title: written }),
      word: former,
      inserted: `${former} `,
    };
  if (current.length) {
    // The most senior office held alone is the title a drafter would write; else the most senior.
    const title = titleOf(current.find((h) => h.office.single) ?? current[0]);
    words.replace = { title: t(messages.fixReplaceTitle, locale, { title }), text: title };
  }
  if (holders.length === 1) {
    const text = `${holders[0].office.title} ${holders[0].person.name}`;
    words.holder = { title: t(messages.fixHolder, locale, { text }), text };
  }
  return words;
}

function fixes(link: ReturnType<typeof evaluateTitles>[number]['link'], words: FixWords, norm: string): RawFix[] {
  const fx: RawFix[] = [];
  const t0 = link.title;
  if (words.former) {
    const mod =
      link.modifier && link.modifier.kind !== 'nguyên' && link.modifier.kind !== 'cố' ? link.modifier : undefined;
    fx.push({
      title: words.former.title,
      edits: [
        mod
          ? { start: mod.start, end: mod.end, newText: words.former.word }
          : { start: t0.start, end: t0.start, newText: words.former.inserted },
      ],
      preferred: true,
    });
  }
  if (words.replace) {
    fx.push({
      title: words.replace.title,
      edits: [{ start: t0.start, end: t0.end, newText: words.replace.text }],
    });
  }
  if (!link.apposition && words.holder) {
    const { text } = words.holder;
    const start = link.modifier?.start ?? t0.start;
    if (norm.slice(start, link.person.end) !== text)
      fx.push({
        title: words.holder.title,
        edits: [{ start, end: link.person.end, newText: text }],
      });
  }
  return fx;
}
