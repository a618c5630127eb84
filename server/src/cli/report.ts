/** The data every output format is rendered from. */
import type { Diagnostic } from 'vscode-languageserver';

export interface FileReport {
  /** The path as the user gave it (files in a folder: folder as given joined with the relative path). */
  path: string;
  /** YYYY-MM-DD actually used for this file. */
  asOf: string;
  diagnostics: Diagnostic[];
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
