/**
 * Engine Finding → LSP Diagnostic. Pure (no connection), so the CLI prints exactly what the
 * editor shows. Offsets are UTF-16 code units, which is what TextDocument.positionAt counts.
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

/** What we put in Diagnostic.data. */
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

export function findingToDiagnostic(doc: TextDocument, finding: Finding): Diagnostic {
  const data: DiagnosticData = { fixes: (finding.fixes ?? []).map((f) => fixToLsp(doc, f)) };
  if (finding.uncertain) data.uncertain = true;
  if (finding.refs?.length) data.refs = finding.refs;
  return {
    range: offsetRange(doc, finding.start, finding.end),
    severity: SEVERITY_TO_LSP[finding.severity] ?? 2,
    code: finding.code,
    source: SOURCE,
    message: finding.message,
    data,
  };
}

export function findingsToDiagnostics(doc: TextDocument, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => findingToDiagnostic(doc, f));
}

/** Reads our data back from a diagnostic the client returned (it may have been mangled). */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (!data || !Array.isArray(data.fixes)) return undefined;
  return data as DiagnosticData;
}
