/**
 * Runs an entry's example sentences through the checker, exactly as a draft is checked, and judges them:
 * a `flag` example must raise a finding about the entry (of the expected code, when one is given); a `pass` example
 * must raise none about it, and must mention the entry at all, or it passes without testing anything. An entry none
 * of whose examples the engine even reads as mentioning it "never fires": its examples prove nothing.
 */
import type { CheckCode, CheckOptions, Finding } from '../api';
import { analyze, type Analysis } from '../analysis';
import { runChecks } from '../check';
import { resolveCitation } from '../checks/document-resolve';
import type { Glossary } from '../glossary/glossary';
import type { ExampleCase, ExampleSection } from './collect';

export type ExampleVerdict =
  /** As expected. */
  | 'ok'
  /** A flag example raised no finding about the entry. */
  | 'silent'
  /** A flag example raised findings about the entry, none of the expected code. */
  | 'other-code'
  /** A pass example raised a finding about the entry. */
  | 'flagged'
  /** A pass example does not mention the entry as the engine reads it: it tests nothing. */
  | 'not-mentioned';

export interface ExampleOutcome {
  example: ExampleCase;
  verdict: ExampleVerdict;
  /** The date the sentence was checked as of. */
  asOf: string;
  /** Findings about the entry (their refs name it). */
  about: Finding[];
  /** The engine read the sentence as mentioning the entry (or raised a finding about it). */
  fired: boolean;
}

export interface EntryOutcome {
  section: ExampleSection;
  entryId: string;
  /** Where the entry's first example is. */
  file: string;
  line: number;
  examples: ExampleOutcome[];
  /** None of its examples mentions the entry or raises anything about it. */
  neverFires: boolean;
}

/** Runs one example. `options.asOf` is the default date for examples that give none (the day the test runs). */
export function evaluateExample(example: ExampleCase, glossary: Glossary, options: CheckOptions = {}): ExampleOutcome {
  const checkOptions: CheckOptions = { ...options, ...(example.asOf ? { asOf: example.asOf } : {}) };
  const analysis = analyze(example.text, glossary, checkOptions);
  const about = runChecks(analysis, glossary, checkOptions).filter((f) => f.refs?.includes(example.entryId));
  const fired = about.length > 0 || mentions(analysis, glossary, example.section, example.entryId);
  return { example, verdict: verdictOf(example, about, fired), asOf: analysis.asOf.date, about, fired };
}

function verdictOf(example: ExampleCase, about: readonly Finding[], fired: boolean): ExampleVerdict {
  if (example.expect === 'pass') {
    if (about.length > 0) return 'flagged';
    return fired ? 'ok' : 'not-mentioned';
  }
  if (about.length === 0) return 'silent';
  const wanted: CheckCode | undefined = example.code;
  return !wanted || about.some((f) => f.code === wanted) ? 'ok' : 'other-code';
}

/** Whether the analysis reads the text as mentioning the entry. */
export function mentions(analysis: Analysis, glossary: Glossary, section: ExampleSection, id: string): boolean {
  switch (section) {
    case 'people':
      return analysis.mentions.some(
        (m) =>
          (m.target.type === 'person' && m.target.id === id) ||
          (m.target.type === 'honorific' && m.target.person === id),
      );
    case 'offices':
      return analysis.mentions.some((m) => m.target.type === 'office' && m.target.id === id);
    case 'bodies':
      return analysis.mentions.some((m) => m.target.type === 'body' && m.target.id === id);
    case 'terms':
      return analysis.mentions.some(
        (m) =>
          (m.target.type === 'term' && m.target.id === id) ||
          (m.target.type === 'discouraged' && m.target.termId === id),
      );
    case 'enumerations':
      return analysis.mentions.some((m) => m.target.type === 'enum-head' && m.target.id === id);
    case 'documents':
      return analysis.citations.some((c) => resolveCitation(glossary, c).candidates.some((d) => d.id === id));
  }
}

/** Runs every example and groups the outcomes by entry, in the order the entries first appear. */
export function evaluateExamples(
  examples: readonly ExampleCase[],
  glossary: Glossary,
  options: CheckOptions = {},
): EntryOutcome[] {
  const byEntry = new Map<string, EntryOutcome>();
  for (const example of examples) {
    const key = `${example.section}|${example.entryId}`;
    let entry = byEntry.get(key);
    if (!entry) {
      entry = {
        section: example.section,
        entryId: example.entryId,
        file: example.file,
        line: example.line,
        examples: [],
        neverFires: false,
      };
      byEntry.set(key, entry);
    }
    entry.examples.push(evaluateExample(example, glossary, options));
  }
  for (const entry of byEntry.values()) entry.neverFires = !entry.examples.some((o) => o.fired);
  return [...byEntry.values()];
}
