/** Exactly one JSON object: {"files":[{path, asOf, diagnostics}]}; diagnostics are LSP Diagnostics. */
import type { Diagnostic } from 'vscode-languageserver';
import type { FileReport } from './report';

/** Diagnostic.data holds editor-only quick-fix plumbing; keep the machine output to the documented fields. */
function publicDiagnostic(d: Diagnostic): Diagnostic {
  const { range, severity, code, source, message } = d;
  return { range, severity, code, source, message };
}

export function formatJson(files: readonly FileReport[]): string {
  const out = { files: files.map((f) => ({ path: f.path, asOf: f.asOf, diagnostics: f.diagnostics.map(publicDiagnostic) })) };
  return JSON.stringify(out, null, 2) + '\n';
}
