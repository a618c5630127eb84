/**
 * The example sentences that glossary entries carry (`examples: { flag: […], pass: […] }`), each with the file, line
 * and column it is written at, so that a failing example is reported where the glossary keeper edits it. Reads the
 * same YAML texts the loader parsed; an entry that appears in several files keeps the examples of each file.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { CheckCode } from '../api';
import { nodeOffset, type GlossaryFileText } from '../glossary/parse';
import type { EntryExamples, FlagExample } from '../glossary/model';

/** The sections whose entries may carry examples. */
export const EXAMPLE_SECTIONS = ['people', 'offices', 'bodies', 'documents', 'terms', 'enumerations'] as const;
export type ExampleSection = (typeof EXAMPLE_SECTIONS)[number];

export interface ExampleCase {
  file: string;
  /** 1-based, of the example's first line ("- text: …"). */
  line: number;
  column: number;
  section: ExampleSection;
  entryId: string;
  /** What the example expects: a finding about the entry, or none. */
  expect: 'flag' | 'pass';
  /** 1-based position in its list, for messages ("pass example 2"). */
  index: number;
  text: string;
  asOf?: string;
  code?: CheckCode;
}

type EntryWithExamples = { id?: unknown; examples?: EntryExamples };

/** Every example in the files, in file order. Files that do not parse are skipped (the loader reports them). */
export function collectExamples(files: readonly GlossaryFileText[]): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const file of files) {
    // Cheap test first: most files carry no example and need no second parse.
    if (!file.text.includes('examples')) continue;
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines });
    if (doc.errors.length) continue;
    const value = doc.toJS() as Partial<Record<ExampleSection, EntryWithExamples[]>> | null;
    if (!value || typeof value !== 'object') continue;
    for (const section of EXAMPLE_SECTIONS) {
      const entries = value[section];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (typeof entry.id !== 'string' || !entry.examples) return;
        for (const expect of ['flag', 'pass'] as const) {
          const list: FlagExample[] = entry.examples[expect] ?? [];
          list.forEach((example, j) => {
            const offset = nodeOffset(doc, `/${section}/${i}/examples/${expect}/${j}`) ?? 0;
            const pos = lines.linePos(offset);
            out.push({
              file: file.path,
              line: pos.line,
              column: pos.col,
              section,
              entryId: entry.id as string,
              expect,
              index: j + 1,
              text: example.text,
              ...(example.asOf ? { asOf: example.asOf } : {}),
              ...(expect === 'flag' && example.code ? { code: example.code } : {}),
            });
          });
        }
      });
    }
  }
  return out;
}
