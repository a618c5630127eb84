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
  /**
   * Drafts larger than this (UTF-8 megabytes) are not checked: the editor shows one notice instead. Far above any
   * real draft, so that only a pasted dump or a generated file meets it, and bounded so a setting cannot ask the
   * server for more than a string can hold.
   */
  maxDocumentSizeMB: number;
}

export const DEFAULT_SETTINGS: Settings = {
  asOfDate: '',
  severity: {},
  glossaryPaths: [],
  locale: 'auto',
  'completion.autoTrigger': false,
  maxDocumentSizeMB: 20,
};

/** The largest accepted `maxDocumentSizeMB`: V8 strings stop at about 512 M UTF-16 units. */
export const MAX_DOCUMENT_SIZE_LIMIT_MB = 512;

/** A setting value that was ignored because it is invalid, to be reported once to the user. */
export interface SettingProblem {
  key: 'asOfDate' | 'maxDocumentSizeMB';
  /** The value as the client sent it (any JSON). */
  value: unknown;
}

export const SEVERITY_VALUES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD naming a real day: "2023-02-30" and "9999-99-99" are not dates. */
export function isCalendarDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  return isValidDate(y, m, d);
}

function isValidAsOfDate(v: unknown): v is string {
  return typeof v === 'string' && (v === '' || isCalendarDate(v));
}

function isValidSizeLimit(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_DOCUMENT_SIZE_LIMIT_MB;
}

/**
 * The values `readSettings` would ignore that the user most likely meant (an impossible date silently becoming
 * "today" changes every verdict). Absent values and `null` are not problems: they mean "the default".
 */
export function settingProblems(raw: unknown): SettingProblem[] {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const problems: SettingProblem[] = [];
  if (r.asOfDate != null && !isValidAsOfDate(r.asOfDate)) problems.push({ key: 'asOfDate', value: r.asOfDate });
  if (r.maxDocumentSizeMB != null && !isValidSizeLimit(r.maxDocumentSizeMB))
    problems.push({ key: 'maxDocumentSizeMB', value: r.maxDocumentSizeMB });
  return problems;
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
    asOfDate: isValidAsOfDate(r.asOfDate) ? r.asOfDate : '',
    severity,
    glossaryPaths: Array.isArray(r.glossaryPaths)
      ? r.glossaryPaths.filter((p): p is string => typeof p === 'string')
      : [],
    locale: r.locale === 'vi' || r.locale === 'en' ? r.locale : 'auto',
    'completion.autoTrigger': autoTrigger === true,
    maxDocumentSizeMB: isValidSizeLimit(r.maxDocumentSizeMB) ? r.maxDocumentSizeMB : DEFAULT_SETTINGS.maxDocumentSizeMB,
  };
}
