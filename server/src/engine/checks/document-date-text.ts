/**
 * The replacement text of a document-date fix: the document's real date written the way the writer wrote the
 * wrong one, at the writer's precision ("tháng 7/2021" stays a month, "ngày 5 tháng 1 năm 2021" stays spelled
 * out, "5-1-2021" keeps its dashes). A fix never invents precision the glossary lacks: a day is written only
 * when the document's date has one.
 */
import type { DateExpression } from '../time/date-expressions';
import type { PartialDate } from '../glossary/model';

/** The real date in the written form, or undefined when there is no honest rewrite (or it would change nothing). */
export function rewriteDate(written: string, expr: DateExpression, real: PartialDate): string | undefined {
  const [y, m, d] = real.split('-');
  const out = rewrite(written, expr, y, m, d);
  return out === undefined || out === written ? undefined : out;
}

function rewrite(written: string, expr: DateExpression, y: string, m?: string, d?: string): string | undefined {
  if (expr.range) return undefined; // "2021-2025" is a period, not a date of issue
  // Numbers as the writer wrote them: "09" stays two digits.
  const like = (sample: string, value: string) => (sample.length === 2 && sample.startsWith('0') ? value : `${+value}`);
  if (expr.precision === 'day') {
    if (!d || !m) return undefined;
    const spelled = /^(ngày\s+)?(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s*(?:năm|,)\s*)(\d{4})$/iu.exec(written);
    if (spelled) {
      const [, lead = '', wd, sep1, wm, sep2] = spelled;
      return `${lead}${like(wd, d)}${sep1}${like(wm, m)}${sep2}${y}`;
    }
    const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u.exec(written);
    if (numeric) {
      const [, wd, sep, wm] = numeric;
      return `${like(wd, d)}${sep}${like(wm, m)}${sep}${y}`;
    }
    // "ngày 5/3" with the year left out: keep it out when the year is the one the reader assumes.
    const yearless = /^(\d{1,2})([/.])(\d{1,2})$/u.exec(written);
    if (yearless) {
      const [, wd, sep, wm] = yearless;
      const assumed = new Date(expr.window.first * 86_400_000).getUTCFullYear();
      return `${like(wd, d)}${sep}${like(wm, m)}${+y === assumed ? '' : `${sep}${y}`}`;
    }
    return `${+d}/${+m}/${y}`;
  }
  if (expr.precision === 'month') {
    if (!m) return undefined;
    const worded = /^(tháng\s+)(\d{1,2})(\s*(?:\/|-|năm\s)\s*)(\d{4})$/iu.exec(written);
    if (worded) {
      const [, lead, wm, sep] = worded;
      return `${lead}${like(wm, m)}${sep}${y}`;
    }
    const numeric = /^(\d{1,2})([/.-])(\d{4})$/u.exec(written);
    if (numeric) return `${like(numeric[1], m)}${numeric[2]}${y}`;
    return `tháng ${+m}/${y}`;
  }
  const year = /^(năm\s+)?\d{4}$/iu.exec(written);
  return year ? `${year[1] ?? ''}${y}` : undefined;
}
