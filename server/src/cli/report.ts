/** The data every output format is rendered from. */
import type { Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../engine';
import { diagnosticData, type DiagnosticFix } from '../lsp/diagnostics';
import type { DocxPartKind } from './docx/docx-text';
import { messages } from './messages';

/** Where a .docx line came from: lines of a .docx report are Word paragraphs. */
export interface ParagraphOrigin {
  kind: DocxPartKind;
  /** Footnote or endnote number. */
  note?: number;
}

export interface FileReport {
  /** The path as the user gave it (files in a folder: folder as given joined with the relative path). */
  path: string;
  /** YYYY-MM-DD actually used for this file. */
  asOf: string;
  diagnostics: Diagnostic[];
  /** The text that was checked (for a .docx, its paragraphs joined by "\n"), to quote the sentence of a finding. */
  text?: string;
  /** Present for a .docx: line i of `text` is paragraph i + 1, from this part of the document. */
  paragraphs?: ParagraphOrigin[];
}

export interface Counts {
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function countSeverities(files: readonly FileReport[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const f of files) {
    for (const d of f.diagnostics) {
      if (d.severity === 1) c.errors++;
      else if (d.severity === 2) c.warnings++;
      else if (d.severity === 3) c.information++;
      else c.hints++;
    }
  }
  return c;
}

export function fixesOf(d: Diagnostic): DiagnosticFix[] {
  return diagnosticData(d)?.fixes ?? [];
}

/** The fix `--fix` applies: the one the check marks preferred (a finding without one is left for a person). */
export function preferredFix(d: Diagnostic): DiagnosticFix | undefined {
  return fixesOf(d).find((f) => f.preferred);
}

/** "¶3", "¶12 (footnote 1)": where a reviewer finds a .docx finding; undefined for plain-text drafts. */
export function paragraphLabel(report: FileReport, line: number, locale: Locale): string | undefined {
  const origin = report.paragraphs?.[line];
  if (!origin) return undefined;
  const m = messages(locale);
  const note = origin.kind === 'body' ? '' : ` (${origin.kind === 'footnote' ? m.footnote : m.endnote} ${origin.note})`;
  return `¶${line + 1}${note}`;
}

/** The text of line `line` (a .docx paragraph). */
export function lineText(report: FileReport, line: number): string {
  return (report.text ?? '').split('\n')[line]?.replace(/\r$/, '') ?? '';
}
