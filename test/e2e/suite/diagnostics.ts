/** (a) diagnostics with the right codes and ranges; (f) a broken glossary file. */
import * as vscode from 'vscode';
import type { TestCase } from '../runner';
import { FIRST_TIMEOUT_MS, assert, describe, open, rangeOf, waitFor, waitForDiagnostic } from './helpers';

export const DRAFT_2026 = 'drafts/01-gap-song-phuong.md';
export const PLAIN_DRAFT = 'drafts/05-ghi-chu.txt';
const BROKEN = 'glossary-extra/broken.yaml';

function covers(doc: vscode.TextDocument, d: vscode.Diagnostic, target: vscode.Range, slack = 12): boolean {
  if (!d.range.contains(target)) return false;
  // Covers the phrase, not the whole line: a few extra characters at most (e.g. "ông ").
  const extra =
    doc.offsetAt(d.range.end) - doc.offsetAt(d.range.start) - (doc.offsetAt(target.end) - doc.offsetAt(target.start));
  return extra <= slack;
}

export const diagnosticTests: TestCase[] = [
  {
    name: "(a) an outdated title gets 'outdated-title' over the title and the name",
    timeoutMs: FIRST_TIMEOUT_MS + 5_000,
    fn: async () => {
      const { document: doc } = await open(DRAFT_2026);
      const phrase = rangeOf(doc, 'Bộ trưởng Ngoại giao Bùi Thanh Sơn');
      const d = await waitForDiagnostic(doc.uri, 'outdated-title', FIRST_TIMEOUT_MS);
      assert(
        covers(doc, d, phrase),
        `range "${doc.getText(d.range)}" covers "Bộ trưởng Ngoại giao Bùi Thanh Sơn" and little else`,
      );
      assert(d.message.length > 0, 'has a message');
    },
  },
  {
    name: "(a) a wrong number/symbol gets 'document-symbol' over the symbol",
    fn: async () => {
      const { document: doc } = await open(DRAFT_2026);
      const symbol = rangeOf(doc, '34/NQ-TW');
      const d = await waitForDiagnostic(
        doc.uri,
        'document-symbol',
        FIRST_TIMEOUT_MS,
        (x) => x.range.intersection(symbol) !== undefined,
      );
      assert(d.range.contains(symbol), `range "${doc.getText(d.range)}" covers 34/NQ-TW`);
      assert(d.range.start.line === symbol.start.line, 'on the line of the citation');
    },
  },
  {
    name: '(a) plain-text drafts are checked too',
    fn: async () => {
      const { document: doc } = await open(PLAIN_DRAFT);
      assert(doc.languageId === 'plaintext', `languageId is ${doc.languageId}`);
      const d = await waitForDiagnostic(doc.uri, 'document-symbol', FIRST_TIMEOUT_MS);
      assert(d.range.contains(rangeOf(doc, '34/NQ-TW')), `range "${doc.getText(d.range)}" covers 34/NQ-TW`);
    },
  },
  {
    name: '(f) a broken glossary file shows an error on that file, and drafts are still checked',
    timeoutMs: FIRST_TIMEOUT_MS + 5_000,
    fn: async () => {
      const { document: yaml } = await open(BROKEN);
      const errors = await waitFor(
        () => {
          const ds = vscode.languages
            .getDiagnostics(yaml.uri)
            .filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
          return ds.length ? ds : undefined;
        },
        `an error diagnostic on ${BROKEN} (now: ${describe(yaml.uri)})`,
        FIRST_TIMEOUT_MS,
      );
      assert(
        errors.every((d) => d.range.start.line < yaml.lineCount),
        'the error points into the file',
      );
      const { document: draft } = await open(DRAFT_2026);
      await waitForDiagnostic(draft.uri, 'outdated-title');
      await waitForDiagnostic(draft.uri, 'document-symbol');
    },
  },
];
