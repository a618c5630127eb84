/**
 * Dates as Vietnamese prose writes them: "ngày 9/1/2023", "9-1-2023", "ngày 23 tháng 11 năm 2026",
 * "tháng 7/2023", "tháng 7 năm 2023", "năm 2023". Works on normalized text.
 */
import { dayNumber, isValidDate, type DayWindow } from './dates';

export interface DateExpression {
  start: number;
  end: number;
  window: DayWindow;
  /** "day" | "month" | "year": how precise the writer was. */
  precision: 'day' | 'month' | 'year';
  /** The word that introduced it, lower-cased ("đến", "từ", "trước"…), if any. */
  lead?: string;
  /** A period of years ("2021-2025", "nhiệm kỳ 2021 – 2026"). */
  range?: boolean;
}

const DATE_RE = new RegExp(
  [
    // ngày 23 tháng 11 năm 2026
    String.raw`(?:ngày\s+)?(?<d1>\d{1,2})\s+tháng\s+(?<m1>\d{1,2})\s*(?:năm|,)\s*(?<y1>\d{4})`,
    // 9/1/2023, 09-01-2023, 9.1.2023
    String.raw`(?<d2>\d{1,2})(?<sep>[/.-])(?<m2>\d{1,2})\k<sep>(?<y2>\d{4})`,
    // tháng 7/2023, tháng 7 năm 2023, tháng 7-2023
    String.raw`tháng\s+(?<m3>\d{1,2})\s*(?:/|-|năm\s)\s*(?<y3>\d{4})`,
    // 2021-2025, 2021 – 2026: a period
    String.raw`(?<y5>(?:19|20)\d{2})\s*[-–]\s*(?<y6>(?:19|20)\d{2})(?![\d/])`,
    // năm 2023
    String.raw`năm\s+(?<y4>(?:19|20)\d{2})`,
    // Sáng 28/10, ngày 5/3, chiều 21.10: news leaves out the current year. (?=\d) first: the lookbehind is then tried
    // at digits only, not at every position of the text.
    String.raw`(?=\d)(?<=(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|rạng sáng)\s+)(?<d5>\d{1,2})[/.](?<m5>\d{1,2})(?![\d/]|\.\d)`,
  ].join('|'),
  'giu',
);

const GLUED_BEFORE = /[\p{L}\p{N}/]/u;
const GLUED_AFTER = /[\p{N}/]/u;

const LEAD_RE = /(đến|tới|trước|sau|từ|kể từ|giai đoạn|nhiệm kỳ|đến hết|hết|vào|trong)\s+(?:(?:ngày|tháng|năm)\s+)?$/iu;

/**
 * @param referenceDay when given, "28/10" without a year is read as the most recent 28/10 on or
 * before that day (reports are about the past); without it such dates are ignored.
 */
export function findDateExpressions(norm: string, from = 0, to = norm.length, referenceDay?: number): DateExpression[] {
  const out: DateExpression[] = [];
  const slice = norm.slice(from, to);
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(slice))) {
    const g = m.groups ?? {};
    const start = from + m.index;
    const end = start + m[0].length;
    // A number glued to letters or digits is not a date ("QH15/2023" etc.).
    const before = norm[start - 1] ?? ' ';
    const after = norm[end] ?? ' ';
    if (GLUED_BEFORE.test(before) || GLUED_AFTER.test(after)) continue;
    let window: DayWindow | undefined;
    let precision: DateExpression['precision'] = 'day';
    const d = g.d1 ?? g.d2 ?? g.d5;
    const mo = g.m1 ?? g.m2 ?? g.m3 ?? g.m5;
    let y = g.y1 ?? g.y2 ?? g.y3 ?? g.y4;
    if (g.d5) {
      if (referenceDay === undefined) continue;
      const refYear = new Date(referenceDay * 86_400_000).getUTCFullYear();
      if (!isValidDate(refYear, +mo, +d) && !isValidDate(refYear - 1, +mo, +d)) continue;
      y = String(isValidDate(refYear, +mo, +d) && dayNumber(refYear, +mo, +d) <= referenceDay ? refYear : refYear - 1);
    }
    if (g.y5 && g.y6) {
      if (+g.y6 < +g.y5) continue;
      const lead = LEAD_RE.exec(norm.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
      out.push({
        start,
        end,
        window: { first: dayNumber(+g.y5, 1, 1), last: dayNumber(+g.y6 + 1, 1, 1) - 1 },
        precision: 'year',
        lead,
        range: true,
      });
      continue;
    }
    if (d && mo && y) {
      if (!isValidDate(+y, +mo, +d)) continue;
      const day = dayNumber(+y, +mo, +d);
      window = { first: day, last: day };
    } else if (mo && y) {
      if (+mo < 1 || +mo > 12) continue;
      window = { first: dayNumber(+y, +mo, 1), last: dayNumber(+y, +mo + 1, 1) - 1 };
      precision = 'month';
    } else if (y) {
      window = { first: dayNumber(+y, 1, 1), last: dayNumber(+y + 1, 1, 1) - 1 };
      precision = 'year';
    }
    if (!window) continue;
    const lead = LEAD_RE.exec(norm.slice(Math.max(0, start - 24), start))?.[1]?.toLowerCase();
    out.push({ start, end, window, precision, lead });
  }
  return out;
}
