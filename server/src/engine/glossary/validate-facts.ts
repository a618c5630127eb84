/**
 * Semantic checks of glossary facts that the JSON Schema cannot express: dates that are not calendar dates,
 * periods that end before they begin, a person's overlapping tenures of one office, and two holders of a
 * one-holder office at once. Each problem is an error: the glossary would otherwise feed the checks nonsense
 * ("2023-02-30" silently becomes 2 March; two ministers at once make "who holds it now" absurd).
 *
 * Partial dates are windows ("2024-07" is some day of July 2024), so an overlap is reported only when the
 * data makes it certain: a tenure is certainly held from the last day its start could be to the first day
 * its end could be. An outgoing holder "to 2024-07" and an incoming one "from 2024-07" may have handed over
 * on any day of July, and one shared day ("to 2024-07-15", "from 2024-07-15") is a handover, not an overlap.
 */
import { partialWindow } from '../time/dates';
import type { GlossaryData, GlossaryFile, PartialDate, Person, Tenure } from './model';

/** A problem inside one file, at a JSON pointer into that file's YAML (the caller turns it into line:column). */
export interface FactProblem {
  pointer: string;
  message: string;
}

/** Dates and periods of one file: every date field is a calendar date, every period runs forwards. */
export function checkFileFacts(file: GlossaryFile): FactProblem[] {
  const problems: FactProblem[] = [];
  // Pointers are written only for a problem: a valid file has tens of thousands of dates.
  const date = (pointer: () => string, value: PartialDate | undefined): boolean => {
    const why = value === undefined ? undefined : notACalendarDate(value);
    if (why) problems.push({ pointer: pointer(), message: `"${value}" is not a calendar date (${why})` });
    return why === undefined;
  };
  /** A start and an end, both valid: the end must not lie certainly before the start. */
  const period = (
    at: () => string,
    fields: [string, string],
    values: [PartialDate?, PartialDate?],
    what: () => string,
  ) => {
    if (values[0] === undefined && values[1] === undefined) return;
    const fromOk = date(() => `${at()}/${fields[0]}`, values[0]);
    const toOk = date(() => `${at()}/${fields[1]}`, values[1]);
    const [from, to] = [partialWindow(values[0]), partialWindow(values[1])];
    if (fromOk && toOk && from && to && to.last < from.first) {
      const message = `${what()} ends (${fields[1]}: ${values[1]}) before it begins (${fields[0]}: ${values[0]})`;
      problems.push({ pointer: `${at()}/${fields[1]}`, message });
    }
  };
  (file.sources ?? []).forEach((s, i) => date(() => `/sources/${i}/date`, s.date));
  (file.bodies ?? []).forEach((b, i) => {
    period(
      () => `/bodies/${i}`,
      ['from', 'until'],
      [b.from, b.until],
      () => `body "${b.id}"`,
    );
    (b.issuerCodes ?? []).forEach((c, j) => {
      const what = () => `issuer code "${c.code}" of "${b.id}"`;
      period(() => `/bodies/${i}/issuerCodes/${j}`, ['from', 'to'], [c.from, c.to], what);
    });
  });
  (file.people ?? []).forEach((p, i) => {
    period(
      () => `/people/${i}`,
      ['born', 'died'],
      [p.born, p.died],
      () => `the life of "${p.id}"`,
    );
    (p.titles ?? []).forEach((t, j) => {
      const what = () => `tenure of "${p.id}" as "${t.office}"`;
      period(() => `/people/${i}/titles/${j}`, ['from', 'to'], [t.from, t.to], what);
    });
  });
  (file.documents ?? []).forEach((d, i) => date(() => `/documents/${i}/date`, d.date));
  return problems;
}

/** Why a date matching the schema's pattern (YYYY, YYYY-MM, YYYY-MM-DD) is not a real one; undefined if it is. */
export function notACalendarDate(value: PartialDate): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return 'expected YYYY, YYYY-MM or YYYY-MM-DD';
  const [, yyyy, mm, dd] = m as unknown as [string, string, string | undefined, string | undefined];
  const year = Number(yyyy);
  // Date.UTC reads years 0–99 as 1900–1999; the glossary has nothing before the year 1000.
  if (year < 1000) return 'the year is before 1000';
  if (mm === undefined) return undefined;
  const month = Number(mm);
  if (month < 1 || month > 12) return `there is no month ${mm}`;
  if (dd === undefined) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Number(dd);
  return day < 1 || day > days ? `${yyyy}-${mm} has ${days} days` : undefined;
}

/** The identity under which tenures of several files are merged (parse.ts mergeTenures): person, office, start, acting. */
export function tenureKey(personId: string, t: Tenure): string {
  return `${personId}\u0000${t.office}\u0000${t.from ?? ''}\u0000${t.acting ? 'acting' : ''}`;
}

/** A problem on one tenure of the merged data; the caller locates it with `tenureKey`. */
export interface TenureProblem {
  person: string;
  tenure: Tenure;
  message: string;
}

/**
 * Overlaps in the merged data (all files): a person's tenures of one office, and the holders of a one-holder
 * office (`single: true`), acting tenures aside ("Quyền Bộ trưởng" while the post is vacant or the holder away).
 * Each tenure that overlaps an earlier-starting one is reported once, on itself, naming the other; `where`
 * says where the other is written ("people.yaml:120"). Sorted sweeps: linear after sorting, whatever the size.
 */
export function checkHolders(
  data: GlossaryData,
  where: (person: string, tenure: Tenure) => string | undefined,
): TenureProblem[] {
  const problems: TenureProblem[] = [];
  const single = new Set(data.offices.filter((o) => o.single).map((o) => o.id));
  const byOffice = new Map<string, Held[]>();
  /** Each person's tenures by office, person after person (ids are unique once files are merged). */
  const byPersonOffice: Held[][] = [];
  for (const person of data.people) {
    // Most people hold an office once or twice: only two tenures of one office can overlap each other, and a
    // person's few tenures are grouped by office in a list (by first appearance) rather than a map each.
    const mine: Held[][] = [];
    // A file may list thousands of tenures for one person: then they are grouped by a map.
    const many = person.titles.length > 32 ? new Map<string, Held[]>() : undefined;
    for (const tenure of person.titles) {
      const span = certainSpan(tenure);
      if (!span) continue;
      const held: Held = { person, tenure, first: span.first, last: span.last, open: span.open };
      if (person.titles.length > 1) {
        const same = many ? many.get(tenure.office) : mine.find((list) => list[0].tenure.office === tenure.office);
        if (same) same.push(held);
        else {
          mine.push([held]);
          many?.set(tenure.office, mine[mine.length - 1]);
        }
      }
      if (single.has(tenure.office) && !tenure.acting) push(byOffice, tenure.office, held);
    }
    for (const list of mine) if (list.length > 1) byPersonOffice.push(list);
  }
  const describe = (h: Held) => {
    const at = where(h.person.id, h.tenure);
    return `${h.person.name} (${h.tenure.from ?? '?'} → ${h.tenure.to ?? 'present'}${at ? `, ${at}` : ''})`;
  };
  for (const list of byPersonOffice) {
    sweep(list, false, (earlier, later) =>
      problems.push({
        person: later.person.id,
        tenure: later.tenure,
        message:
          `"${later.person.id}" holds "${later.tenure.office}" twice at once: ${describe(later)} overlaps ` +
          `${describe(earlier)}; merge the two tenures or correct their dates`,
      }),
    );
  }
  for (const [office, list] of byOffice) {
    sweep(list, true, (earlier, later) =>
      problems.push({
        person: later.person.id,
        tenure: later.tenure,
        message:
          `"${office}" has one holder at a time (single: true), but ${describe(later)} overlaps ` +
          `${describe(earlier)}; end the earlier tenure (to:), mark an interim one acting: true, ` +
          `or set single: false on the office`,
      }),
    );
  }
  return problems;
}

interface Span {
  /** First day the tenure is certainly held (days since 1970). */
  first: number;
  /** Last day it is certainly held; OPEN when it is still held. */
  last: number;
  /** No end: still held, as far as the sources go. */
  open: boolean;
}
interface Held extends Span {
  person: Person;
  tenure: Tenure;
}

const OPEN = Number.MAX_SAFE_INTEGER;

/**
 * The days a tenure is certainly held: from the latest day its start window allows to the earliest day its end
 * window allows. Without a start only the end is known to be held (or, still held, the present). Undefined when
 * no day is certain ("from 2021 to 2021-04-05": any day of 2021 up to April is possible).
 */
function certainSpan(t: Tenure): Span | undefined {
  const from = partialWindow(t.from);
  const to = partialWindow(t.to);
  const last = to ? to.first : OPEN;
  const first = from ? from.last : last;
  return first <= last ? { first, last, open: !to } : undefined;
}

/**
 * Calls `found(earlier, later)` for each span that certainly shares more than one day with an earlier-starting
 * one (of another person when `otherPerson`), or that is still held while an earlier one is still held too.
 * Keeps the two widest earlier spans of distinct people, so a person's own earlier tenure never hides another's.
 */
function sweep(list: Held[], otherPerson: boolean, found: (earlier: Held, later: Held) => void): void {
  list.sort((a, b) => a.first - b.first);
  let widest: Held | undefined;
  let widestOther: Held | undefined;
  for (const h of list) {
    const earlier = otherPerson && widest?.person === h.person ? widestOther : widest;
    if (earlier && overlapsCertainly(earlier, h)) found(earlier, h);
    if (!widest || reaches(h, widest)) {
      if (widest && widest.person !== h.person) widestOther = widest;
      widest = h;
    } else if (h.person !== widest.person && (!widestOther || reaches(h, widestOther))) widestOther = h;
  }
}

function reaches(a: Span, b: Span): boolean {
  return a.last > b.last || (a.last === b.last && a.open && !b.open);
}

function overlapsCertainly(earlier: Span, later: Span): boolean {
  if (earlier.open && later.open) return true;
  return Math.min(earlier.last, later.last) - later.first >= 1;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
