/**
 * Days as integers (days since 1970-01-01, UTC) so comparisons are cheap, and partial
 * dates ("2025-02") as windows: the fact happened on some day inside it.
 */

export interface DayWindow {
  /** First possible day (inclusive). */
  first: number;
  /** Last possible day (inclusive). */
  last: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1800 || y > 2200) return false;
  // Counted, not a Date made per date read. As Date.UTC would: a fractional year is truncated, a fractional month or
  // day (or a year that is not a number) is no date.
  if (Number.isNaN(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  const year = Math.trunc(y);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return d <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]);
}

/** "2025" / "2025-02" / "2025-02-03" → window of days; undefined when malformed. */
export function partialWindow(p: string | undefined): DayWindow | undefined {
  if (!p) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(p);
  if (!m) return undefined;
  const y = Number(m[1]);
  if (m[3]) {
    const d = dayNumber(y, Number(m[2]), Number(m[3]));
    return { first: d, last: d };
  }
  if (m[2]) {
    const mo = Number(m[2]);
    return { first: dayNumber(y, mo, 1), last: dayNumber(y, mo + 1, 1) - 1 };
  }
  return { first: dayNumber(y, 1, 1), last: dayNumber(y + 1, 1, 1) - 1 };
}

export function isoToDay(iso: string): number {
  const w = partialWindow(iso);
  if (!w) throw new Error(`not an ISO date: ${iso}`);
  return w.first;
}

/** Messages name the same few days again and again: formatting a Date each time was a visible part of a check. */
const isoOfDay = new Map<number, string>();
export function dayToIso(day: number): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoOfDay.size >= 4096) isoOfDay.clear();
    isoOfDay.set(day, iso);
  }
  return iso;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const viOfPartial = new Map<string, string>();
/** A partial date written for people: vi "9/1/2023", "2/2025", "2025"; en "2023-01-09". */
export function formatPartial(p: string | undefined, locale: 'vi' | 'en'): string {
  if (!p) return locale === 'vi' ? '?' : '?';
  if (locale === 'en') return p;
  // Messages name the same tenure dates over and over: each is formatted once (bounded).
  let vi = viOfPartial.get(p);
  if (vi === undefined) {
    const [y, m, d] = p.split('-');
    vi = d ? `${Number(d)}/${Number(m)}/${y}` : m ? `${Number(m)}/${y}` : y;
    if (viOfPartial.size >= 4096) viOfPartial.clear();
    viOfPartial.set(p, vi);
  }
  return vi;
}

const viOfDay = new Map<number, string>();
export function formatDay(day: number, locale: 'vi' | 'en'): string {
  if (locale === 'en') return dayToIso(day);
  let vi = viOfDay.get(day);
  if (vi === undefined) {
    vi = formatPartial(dayToIso(day), locale);
    if (viOfDay.size >= 4096) viOfDay.clear();
    viOfDay.set(day, vi);
  }
  return vi;
}
