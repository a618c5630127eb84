/**
 * Exactly one JSON object: {"files":[{path, asOf, diagnostics}]}; diagnostics are LSP Diagnostics plus their
 * `fixes` (title, preferred, edits in the same 0-based ranges). A .docx file adds `paragraphs` (where each line
 * of its ranges comes from: body, footnote n, endnote n).
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { DiagnosticFix } from '../lsp/diagnostics';
import { fixesOf, type FileReport } from './report';

export type JsonDiagnostic = Pick<Diagnostic, 'range' | 'severity' | 'code' | 'source' | 'message'> & {
  fixes: DiagnosticFix[];
};

/** Diagnostic.data also holds editor-only plumbing; the machine output keeps the documented fields. */
function publicDiagnostic(d: Diagnostic): JsonDiagnostic {
  const { range, severity, code, source, message } = d;
  return { range, severity, code, source, message, fixes: fixesOf(d) };
}

export function formatJson(files: readonly FileReport[]): string {
  const out = {
    files: files.map((f) => ({
      path: f.path,
      asOf: f.asOf,
      diagnostics: f.diagnostics.map(publicDiagnostic),
      ...(f.paragraphs ? { paragraphs: f.paragraphs } : {}),
    })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
