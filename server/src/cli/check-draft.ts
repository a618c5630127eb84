/** One draft, read from its bytes (a file or standard input), checked, and optionally corrected. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type CheckOptions, type Glossary } from '../engine';
import { findingToReportDiagnostic } from '../lsp/diagnostics';
import { sizeAboveLimit } from '../lsp/size-limit';
import { stripBom } from '../node/glossary-loader';
import { writeFixedDocx } from './docx/docx-fix';
import { docxPlainText, readDocx, type DocxDraft } from './docx/docx-text';
import type { DraftKind } from './drafts';
import { applyToText, chooseEdits, toParagraphEdits } from './fix';
import type { FileReport } from './report';

/** A draft above --max-size: refused before the engine sees it, like the editor's maxDocumentSizeMB. */
export class DraftTooLarge extends Error {
  constructor(
    /** UTF-8 bytes of the text (for a .docx, of the text read from it), or of the file when refused unread. */
    readonly size: number,
    readonly limit: number,
  ) {
    super(`too large (${size} bytes; the limit is ${limit})`);
  }
}

/** Throws DraftTooLarge when `text` is above `maxBytes` UTF-8 bytes. */
export function assertSize(text: string, maxBytes: number): void {
  const size = sizeAboveLimit(text, maxBytes);
  if (size !== undefined) throw new DraftTooLarge(size, maxBytes);
}

export interface CheckedDraft {
  report: FileReport;
  /** Writes the corrected copy's bytes: how many fixes went in and how many could not. */
  fixed: () => Promise<{ bytes: Uint8Array; applied: number; skipped: number }>;
}

function diagnose(shown: string, text: string, glossary: Glossary, options: CheckOptions): FileReport {
  const result = check(text, glossary, options);
  const doc = TextDocument.create('file:///' + shown.split('\\').join('/'), 'markdown', 0, text);
  return {
    path: shown,
    asOf: result.asOf.date,
    diagnostics: result.findings.map((f) => findingToReportDiagnostic(doc, f)),
    text,
  };
}

function checkText(
  shown: string,
  bytes: Uint8Array,
  glossary: Glossary,
  options: CheckOptions,
  maxBytes: number,
): CheckedDraft {
  if (bytes.length > maxBytes) throw new DraftTooLarge(bytes.length, maxBytes);
  const text = stripBom(Buffer.from(bytes).toString('utf8'));
  const report = diagnose(shown, text, glossary, options);
  return {
    report,
    fixed: () => {
      const { edits, skipped } = chooseEdits(report);
      return Promise.resolve({ bytes: Buffer.from(applyToText(text, edits), 'utf8'), applied: edits.length, skipped });
    },
  };
}

async function checkDocx(
  shown: string,
  bytes: Uint8Array,
  glossary: Glossary,
  options: CheckOptions,
  maxBytes: number,
): Promise<CheckedDraft> {
  const draft: DocxDraft = await readDocx(bytes);
  const text = docxPlainText(draft);
  // A .docx is compressed: its text can be many times the file, so the limit is on the text.
  assertSize(text, maxBytes);
  const report = diagnose(shown, text, glossary, options);
  report.paragraphs = draft.paragraphs.map((p) => ({ kind: p.kind, ...(p.note ? { note: p.note } : {}) }));
  return {
    report,
    fixed: async () => {
      const chosen = chooseEdits(report);
      const split = toParagraphEdits(chosen.edits);
      const written = await writeFixedDocx(draft, split.edits);
      return {
        bytes: written.bytes,
        applied: written.applied,
        skipped: chosen.skipped + split.skipped + written.skipped,
      };
    },
  };
}

export async function checkDraft(
  shown: string,
  kind: DraftKind,
  bytes: Uint8Array,
  glossary: Glossary,
  options: CheckOptions,
  maxBytes: number,
): Promise<CheckedDraft> {
  return kind === 'docx'
    ? checkDocx(shown, bytes, glossary, options, maxBytes)
    : checkText(shown, bytes, glossary, options, maxBytes);
}
