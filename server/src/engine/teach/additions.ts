/**
 * What a draft can teach the glossary: a title written with a name the glossary does not know (the not-in-glossary
 * finding), or with a known person the glossary does not show in that office on that date. For each, a tenure to add
 * to the workspace glossary: the office, the person, and from when (the date the sentence states, with the
 * precision the writer used, else the draft's as-of date). Pure: the server writes the YAML.
 */
import type { CheckOptions, Locale } from '../api';
import { analyze, statedDatesFor, type Analysis } from '../analysis';
import { evaluateTitles, titleNameRange } from '../checks/title-evaluation';
import type { Glossary } from '../glossary/glossary';
import type { Office, PartialDate } from '../glossary/model';
import { slugId } from '../glossary/shorthand';
import { messages, t } from '../i18n/messages';
import type { Mention } from '../match/phrase-index';
import { resolveAsOf } from '../time/as-of';
import type { DateExpression } from '../time/date-expressions';
import { dayToIso } from '../time/dates';

export interface GlossaryAddition {
  /** The mention (title and name) in original offsets. */
  start: number;
  end: number;
  person: { id: string; name: string; known: boolean };
  office: { id: string; title: string };
  acting: boolean;
  /** When the draft shows the person in office: the sentence's date at its own precision, else the as-of date. */
  from: PartialDate;
  /** The draft states its own date (so it can stand as the source's date). */
  draftDate?: string;
  /** The code action's title, in the requested locale. */
  title: string;
}

/** How far around the requested range the text is analysed: the paragraph, bounded. */
const CONTEXT_CHARS = 4000;

/**
 * Additions for mentions that touch [start, end] (original offsets). Only the paragraph around the range is
 * analysed, so a code-action request on a long draft stays cheap; the draft's as-of date comes from the whole text.
 */
export function glossaryAdditions(
  text: string,
  glossary: Glossary,
  options: CheckOptions,
  start: number,
  end: number,
): GlossaryAddition[] {
  const asOf = resolveAsOf(text, options);
  const [from, to] = paragraphAround(text, start, end);
  const slice = text.slice(from, to);
  const a = analyze(slice, glossary, { ...options, asOf: asOf.date });
  const locale: Locale = options.locale ?? 'vi';
  const draftDate = asOf.source === 'document' ? asOf.date : undefined;
  const toOriginal = (n: number) => from + a.text.toOriginal(n);
  const touches = (s: number, e: number) => toOriginal(s) <= end && toOriginal(e) >= start;
  const out: GlossaryAddition[] = [];
  const seen = new Set<string>();
  const add = (x: Omit<GlossaryAddition, 'title' | 'draftDate'>) => {
    const key = `${x.person.id}|${x.office.id}|${x.acting}`;
    if (seen.has(key)) return;
    seen.add(key);
    const titleText = x.acting ? `Quyền ${x.office.title}` : x.office.title;
    const title = t(messages.addToGlossary, locale, { name: x.person.name, title: titleText });
    out.push({ ...x, ...(draftDate ? { draftDate } : {}), title });
  };

  for (const u of a.unknownNames) {
    const office = officeOf(glossary, a, u.title);
    const spanStart = Math.min(u.title.start, u.start);
    const spanEnd = Math.max(u.title.end, u.end);
    if (!office || !touches(spanStart, spanEnd)) continue;
    const name = a.text.norm.slice(u.start, u.end);
    const acting = isActing(a, u.title);
    add({
      start: toOriginal(spanStart),
      end: toOriginal(spanEnd),
      person: { id: slugId(name), name, known: false },
      office: { id: office.id, title: office.title },
      acting,
      from: fromDate(a, u.title.start),
    });
  }

  for (const v of evaluateTitles({ glossary, analysis: a, locale })) {
    const link = v.link;
    const kind = link.modifier?.kind;
    if (link.shared || kind === 'nguyên' || kind === 'cố' || link.qualifier) continue;
    if (v.status !== 'never' && v.status !== 'not-on-date' && v.status !== 'acting-only') continue;
    const office = officeOf(glossary, a, link.title);
    const span = titleNameRange(link);
    const person = glossary.people.get(v.personId);
    if (!office || !person || person.honorific || !touches(span.start, span.end)) continue;
    add({
      start: toOriginal(span.start),
      end: toOriginal(span.end),
      person: { id: person.id, name: person.name, known: true },
      office: { id: office.id, title: office.title },
      acting: kind === 'quyền',
      from: fromDate(a, link.title.start),
    });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The office a title mention names: itself, the office read from the same words (a span may be read both as an office
 * and as a bare role: "Phó Thủ tướng"), or the one office a bare role can mean.
 */
function officeOf(glossary: Glossary, a: Analysis, m: Mention): Office | undefined {
  if (m.target.type === 'office') return glossary.offices.get(m.target.id);
  if (m.target.type !== 'role') return undefined;
  const same = a.mentions.find((o) => o.target.type === 'office' && o.first === m.first && o.last === m.last);
  if (same && same.target.type === 'office') return glossary.offices.get(same.target.id);
  const offices = glossary.officesByRole.get(m.target.role) ?? [];
  return offices.length === 1 ? offices[0] : undefined;
}

/** "Quyền Thứ trưởng …" right before the title (the unknown-name finder keeps no modifier). */
function isActing(a: Analysis, title: Mention): boolean {
  const before = a.text.norm.slice(Math.max(0, title.start - 8), title.start);
  return /(?:^|[^\p{L}])quyền\s+$/iu.test(before);
}

/** The date the sentence states for the title (the nearest leading one, else the first trailing one), else as-of. */
function fromDate(a: Analysis, offset: number): PartialDate {
  const stated = statedDatesFor(a, offset);
  const d = stated ? (stated.trailing ? stated.dates[0] : stated.dates[stated.dates.length - 1]) : undefined;
  return d ? partialOf(d) : a.asOf.date;
}

/** A date expression as a partial date with the writer's precision: "tháng 7/2024" → "2024-07", never a day. */
function partialOf(d: DateExpression): PartialDate {
  const iso = dayToIso(d.window.first);
  if (d.range || d.precision === 'year') return iso.slice(0, 4);
  return d.precision === 'month' ? iso.slice(0, 7) : iso;
}

/** The paragraph (between blank lines) around [start, end], at most CONTEXT_CHARS on either side. */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  const lo = Math.max(0, start - CONTEXT_CHARS);
  const hi = Math.min(text.length, end + CONTEXT_CHARS);
  const before = text.slice(lo, start);
  const blank = /\r?\n[ \t]*\r?\n/g;
  let from = lo;
  for (let m = blank.exec(before); m; m = blank.exec(before)) from = lo + m.index + m[0].length;
  const after = /\r?\n[ \t]*\r?\n/.exec(text.slice(end, hi));
  const to = after ? end + after.index : hi;
  return [from, Math.max(to, end)];
}
