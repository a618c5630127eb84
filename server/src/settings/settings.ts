/**
 * The one source of truth for user settings. package.json's `contributes.configuration`
 * must list exactly these keys with these defaults (a test keeps them in step), and the
 * server reads them per document through `readSettings`.
 */
import { CHECK_CODES, type CheckCode, type Locale, type Severity } from '../engine/api';
import { isValidDate } from '../engine/time/dates';

export const SETTINGS_SECTION = 'chinhDanh';

export type SeveritySetting = Severity | 'off';

export interface Settings {
  /** YYYY-MM-DD or "" (then today). Used where the document states no date. */
  asOfDate: string;
  /** Severity per check code; codes not listed use their default. */
  severity: Partial<Record<CheckCode, SeveritySetting>>;
  /** Extra glossary folders (absolute, or relative to the workspace folder). */
  glossaryPaths: string[];
  /** Language of messages: "auto" follows the editor's display language. */
  locale: 'auto' | Locale;
  /** Client only: pop completions up while typing (off: clashes with Vietnamese IMEs). */
  'completion.autoTrigger': boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  asOfDate: '',
  severity: {},
  glossaryPaths: [],
  locale: 'auto',
  'completion.autoTrigger': false,
};

export const SEVERITY_VALUES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD naming a real day: "2023-02-30" and "9999-99-99" are not dates. */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  return isValidDate(y, m, d);
}

/** Coerce whatever the client sent into valid settings; bad values fall back to defaults. */
export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const severity: Partial<Record<CheckCode, SeveritySetting>> = {};
  const rawSeverity = r.severity && typeof r.severity === 'object' ? (r.severity as Record<string, unknown>) : {};
  for (const code of CHECK_CODES) {
    const v = rawSeverity[code];
    if (typeof v === 'string' && (SEVERITY_VALUES as readonly string[]).includes(v))
      severity[code] = v as SeveritySetting;
  }
  const completion = r.completion && typeof r.completion === 'object' ? (r.completion as Record<string, unknown>) : {};
  const autoTrigger = r['completion.autoTrigger'] ?? completion.autoTrigger;
  return {
    asOfDate: typeof r.asOfDate === 'string' && isCalendarDate(r.asOfDate) ? r.asOfDate : '',
    severity,
    glossaryPaths: Array.isArray(r.glossaryPaths)
      ? r.glossaryPaths.filter((p): p is string => typeof p === 'string')
      : [],
    locale: r.locale === 'vi' || r.locale === 'en' ? r.locale : 'auto',
    'completion.autoTrigger': autoTrigger === true,
  };
}
