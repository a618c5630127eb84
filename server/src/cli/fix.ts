/** `--fix`: the preferred fix of every finding, applied to a copy (never to the original). */
import type { Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParagraphEdit } from './docx/docx-fix';
import { preferredFix, type FileReport } from './report';

export interface RangeEdit {
  range: Range;
  newText: string;
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * The edits of each finding's preferred fix, in document order. A fix that overlaps one already taken is
 * dropped whole (two findings on the same words: applying both would garble them); `skipped` counts those.
 */
export function chooseEdits(report: FileReport): { edits: RangeEdit[]; skipped: number } {
  const taken: RangeEdit[] = [];
  let skipped = 0;
  const overlaps = (e: RangeEdit): boolean =>
    taken.some((t) => before(e.range.start, t.range.end) && before(t.range.start, e.range.end)) ||
    taken.some((t) => e.range.start.line === t.range.start.line && e.range.start.character === t.range.start.character);
  for (const d of report.diagnostics) {
    const fix = preferredFix(d);
    if (!fix) continue;
    if (fix.edits.some(overlaps)) skipped++;
    else taken.push(...fix.edits);
  }
  taken.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  return { edits: taken, skipped };
}

export function applyToText(text: string, edits: readonly RangeEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///draft', 'plaintext', 0, text), [...edits]);
}

/** Lines of a .docx report are paragraphs; an edit across two paragraphs cannot be written into runs. */
export function toParagraphEdits(edits: readonly RangeEdit[]): { edits: ParagraphEdit[]; skipped: number } {
  const out: ParagraphEdit[] = [];
  let skipped = 0;
  for (const e of edits) {
    if (e.range.start.line !== e.range.end.line) skipped++;
    else
      out.push({
        paragraph: e.range.start.line,
        start: e.range.start.character,
        end: e.range.end.character,
        newText: e.newText,
      });
  }
  return { edits: out, skipped };
}
