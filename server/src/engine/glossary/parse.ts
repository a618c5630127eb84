import type { GlossaryProblem } from '../api';
import type { GlossaryData } from './model';

export interface GlossaryFileText {
  /** Path or name used in problem reports. */
  path: string;
  text: string;
}

export interface ParsedGlossary {
  /** Absent when any file has a problem: the caller keeps the last good glossary. */
  data?: GlossaryData;
  problems: GlossaryProblem[];
  /** Where each entry id is defined (for "open the glossary entry under the cursor"). */
  locations: Record<string, { file: string; line: number }>;
}

/** STUB: replaced by the real YAML + JSON Schema loader. */
export function parseGlossaryFiles(_files: GlossaryFileText[]): ParsedGlossary {
  return { data: { sources: [], bodies: [], offices: [], people: [], documents: [], terms: [], enumerations: [], honorifics: [] }, problems: [], locations: {} };
}
