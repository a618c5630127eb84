/**
 * The engine's public surface. Editor-agnostic: offsets are UTF-16 code-unit
 * offsets into the original text, exactly as JavaScript strings and LSP count them.
 * The LSP server, the CLI and the tests use only what is exported here.
 */

export const CHECK_CODES = [
  'outdated-title',
  'wrong-title',
  'dissolved-body',
  'document-date',
  'document-issuer',
  'document-subject',
  'document-number',
  'document-symbol',
  'term-variant',
  'count-mismatch',
  'capitalization',
  'not-in-glossary',
  'document-superseded',
] as const;

/** Public contract: settings, CLI output and docs use these strings. */
export type CheckCode = (typeof CHECK_CODES)[number];

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'vi' | 'en';

export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  /** Shown as the quick fix's title, in the requested locale. */
  title: string;
  edits: TextEdit[];
  /** The fix to apply when the user asks for "fix all"/the preferred one. */
  preferred?: boolean;
}

export interface Finding {
  code: CheckCode;
  start: number;
  end: number;
  severity: Severity;
  message: string;
  fixes: Fix[];
  /** True when the finding rests on an unconfirmed or partly confirmed fact. */
  uncertain?: boolean;
  /** Glossary ids involved, for hover/"open entry" commands. */
  refs?: string[];
}

export type AsOfSource = 'document' | 'setting' | 'today';

export interface AsOf {
  /** ISO date YYYY-MM-DD. */
  date: string;
  source: AsOfSource;
  /** Where in the text the date was stated, when source is "document". */
  start?: number;
  end?: number;
}

export interface CheckOptions {
  /** The as-of date from settings or the CLI, used when the document states none. */
  asOf?: string;
  /** Today's date (ISO); injected so results are reproducible. Defaults to the system date. */
  today?: string;
  locale?: Locale;
  /** Per-code severity override; "off" disables the check. */
  severity?: Partial<Record<CheckCode, Severity | 'off'>>;
}

export interface CheckResult {
  asOf: AsOf;
  findings: Finding[];
}

export type CompletionKind = 'person' | 'office' | 'body' | 'document' | 'term';

export interface CompletionCandidate {
  label: string;
  kind: CompletionKind;
  /** Text that replaces [replaceStart, replaceEnd). */
  insertText: string;
  replaceStart: number;
  replaceEnd: number;
  /** Diacritic-folded text the editor should filter on. */
  filterText: string;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Lower sorts first. */
  sortKey: string;
  ref: string;
}

export interface HoverResult {
  start: number;
  end: number;
  /** Markdown. */
  markdown: string;
  ref: string;
}

export interface GlossaryProblem {
  /** File path or name as given to the loader. */
  file: string;
  /** 1-based; 0 when unknown. */
  line: number;
  column: number;
  message: string;
}
