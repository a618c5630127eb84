/**
 * Engine Finding → LSP Diagnostic. Pure (no connection), so the CLI prints exactly what the
 * editor shows. Offsets are UTF-16 code units, which is what TextDocument.positionAt counts.
 *
 * What the server publishes carries no fixes: LSP sends a document's whole list after every edit, and the fixes
 * were over half of its bytes (the 1 MB bench draft's 1,001 diagnostics: 764 KB with them, 361 KB without). The
 * server answers a code action from the findings it published instead (ParagraphDiagnostics.fixesFor). The CLI,
 * which renders its report from diagnostics, puts the fixes in Diagnostic.data (`findingToReportDiagnostic`).
 */
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Severity } from '../engine';

export const SOURCE = 'chinh-danh';

/** LSP DiagnosticSeverity values (numbers, so this module needs no runtime import). */
export const SEVERITY_TO_LSP: Record<Severity, 1 | 2 | 3 | 4> = { error: 1, warning: 2, information: 3, hint: 4 };
export const LSP_TO_SEVERITY: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** A fix whose edits are already in LSP ranges, so a code action needs no engine call. */
export interface DiagnosticFix {
  title: string;
  preferred?: boolean;
  edits: Array<{ range: Range; newText: string }>;
}

/** What the CLI's report diagnostics carry in Diagnostic.data. */
export interface DiagnosticData {
  fixes: DiagnosticFix[];
  uncertain?: boolean;
  refs?: string[];
}

export function offsetRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function fixToLsp(doc: TextDocument, fix: Fix): DiagnosticFix {
  return {
    title: fix.title,
    ...(fix.preferred ? { preferred: true } : {}),
    edits: fix.edits.map((e) => ({ range: offsetRange(doc, e.start, e.end), newText: e.newText })),
  };
}

/** The diagnostic as published: what the editor shows, without the fixes. */
export function findingToDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  return {
    range: offsetRange(doc, finding.start, finding.end),
    severity: SEVERITY_TO_LSP[finding.severity] ?? 2,
    code: finding.code,
    source: SOURCE,
    message: finding.message,
  };
}

export function findingsToDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => findingToDiagnostic(doc, f));
}

/** The same diagnostic with the finding's fixes (and its uncertainty and glossary references) in data. */
export function findingToReportDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { fixes: fixesToLsp(doc, finding) };
  if (finding.uncertain) data.uncertain = true;
  if (finding.refs?.length) data.refs = finding.refs;
  return { ...findingToDiagnostic(doc, finding), data };
}

export function fixesToLsp(doc: TextDocument, finding: Finding): DiagnosticFix[] {
  return (finding.fixes ?? []).map((f) => fixToLsp(doc, f));
}

/** Reads the CLI's data back from a report diagnostic. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (!data || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
