/**
 * The date a document is checked as of: the date the document states (front matter
 * `date:`, a first line `date YYYY-MM-DD`, or the official dateline "Hà Nội, ngày … tháng … năm …"),
 * else the setting, else today.
 */
import type { AsOf, CheckOptions } from '../api';
import { prepareText } from '../text/normalize';
import { isValidDate, todayIso } from './dates';

const FRONT_MATTER_RE = /^(?:\uFEFF)?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)\s*(?:\r?\n|$)/;
// date: 2026-11-23, date: 2026-11-23T09:00:00+07:00, ngày: 23/11/2026
const FM_DATE_RE =
  /^(?:date|ngày|ngay)\s*:\s*["']?(?:(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ][\d:.+Z-]*)?|(?<d2>\d{1,2})\/(?<m2>\d{1,2})\/(?<y2>\d{4}))["']?\s*$/imu;
const FIRST_LINE_RE = /^(?:\uFEFF)?\s*(?:date|ngày)\s*:?\s+(\d{4})-(\d{2})-(\d{2})\s*$/iu;
// "Hà Nội, ngày 23 tháng 11 năm 2026" — a place name, a comma, then the date; on a line of its own.
const DATELINE_RE =
  /^[ \t*_#>]*[\p{Lu}][\p{L}\p{M}. ]{1,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})[ \t*_]*$/mu;

export interface StatedDate {
  date: string;
  start: number;
  end: number;
}

function iso(y: string, m: string, d: string): string | undefined {
  if (!isValidDate(+y, +m, +d)) return undefined;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The date the document states about itself, if any (offsets in the original text). */
export function statedDate(text: string): StatedDate | undefined {
  const fm = FRONT_MATTER_RE.exec(text);
  if (fm) {
    const body = fm[1];
    const d = FM_DATE_RE.exec(body);
    if (d) {
      const g = d.groups!;
      const date = g.y ? iso(g.y, g.m, g.d) : iso(g.y2, g.m2, g.d2);
      const start = fm.index + fm[0].indexOf(body) + d.index;
      if (date) return { date, start, end: start + d[0].length };
    }
  }
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const fl = FIRST_LINE_RE.exec(firstLine);
  if (fl) {
    const date = iso(fl[1], fl[2], fl[3]);
    if (date) return { date, start: 0, end: firstLine.length };
  }
  // The dateline is searched in the first lines only: later "Hà Nội, ngày …" lines are reported events.
  const head = prepareText(text.slice(0, 3000));
  const dl = DATELINE_RE.exec(head.norm);
  if (dl && head.norm.slice(0, dl.index).split('\n').length <= 15) {
    const date = iso(dl[3], dl[2], dl[1]);
    if (date) return { date, start: head.toOriginal(dl.index), end: head.toOriginal(dl.index + dl[0].length) };
  }
  return undefined;
}

export function resolveAsOf(text: string, options: CheckOptions = {}): AsOf {
  const stated = statedDate(text);
  if (stated) return { date: stated.date, source: 'document', start: stated.start, end: stated.end };
  if (
    options.asOf &&
    /^\d{4}-\d{2}-\d{2}$/.test(options.asOf) &&
    iso(...(options.asOf.split('-') as [string, string, string]))
  ) {
    return { date: options.asOf, source: 'setting' };
  }
  return { date: options.today ?? todayIso(), source: 'today' };
}
