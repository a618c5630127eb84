/** Engine entry points. Pure: no file system, no LSP, no VS Code. */
export * from './api';
export type * from './glossary/model';
export { parseGlossaryFiles } from './glossary/parse';
export { Glossary } from './glossary/glossary';
export { check } from './check';
export { complete } from './complete/complete';
export { hover } from './hover/hover';
export { resolveAsOf, statedDate } from './time/as-of';
export { analyze } from './analysis';
export { formatCitation, datePhrase } from './format/citation';
export { CHECKS, DEFAULT_SEVERITY } from './checks';
export { formatDirective, ignoreHereTitle, type DirectiveStyle } from './directives';
export {
  DocumentChecker,
  flatten,
  movedFinding,
  type CheckedParagraph,
  type ParagraphResult,
} from './incremental/document-checker';
export { glossaryAdditions, type GlossaryAddition } from './teach/additions';
export { appendPerson, type AppendResult, type PersonToAdd, type TenureToAdd } from './glossary/append';
export { slugId } from './glossary/shorthand';
export { formatPartial } from './time/dates';
export { collectExamples, EXAMPLE_SECTIONS, type ExampleCase, type ExampleSection } from './examples/collect';
export { evaluateExample, evaluateExamples, type EntryOutcome, type ExampleOutcome } from './examples/evaluate';
export { extractProposals, type ExtractInput, type ExtractResult } from './extract/extract';
export { proposalEntry, type GlossaryDraft } from './extract/entries';
export type * from './extract/types';
