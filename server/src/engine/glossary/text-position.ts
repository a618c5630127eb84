/**
 * Lines of a glossary file as an editor counts them, for problem positions (file:line:column) and the ranges
 * the server underlines. Line breaks are "\r\n", "\r" and "\n", as in LSP and VS Code: the yaml package counts
 * only "\n", so a file saved with CR-only line endings had every problem on line 1, at columns past its end.
 * Columns are UTF-16 code units, as LSP positions are.
 */
import { lineAt, lineSpan, lineStarts } from '../text/lines';

export interface LinePosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/** A range on one line, 0-based, as LSP writes it. */
export interface LineRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Line and column of an offset (clamped into the text). */
  position(offset: number): LinePosition {
    const at = Math.max(0, Math.min(offset, this.text.length));
    const line = lineAt(this.starts, at);
    return { line: line + 1, column: at - this.starts[line] + 1 };
  }

  /** Length of a 0-based line, without its line break. */
  lineLength(line: number): number {
    const { start, end } = lineSpan(this.text, this.starts, line);
    return end - start;
  }
}

/**
 * The range to underline for a problem at line:column (1-based; 0 when unknown): from the column to the end of
 * that line, always inside the text and on that one line. A problem at the end of a line underlines its last
 * character (a zero-width range is nearly invisible); one on an empty line, or past the end of the text, is a
 * zero-width range at the nearest place that exists. Without the text (a file that could not be read), a
 * zero-width range at the position.
 */
export function problemRange(index: LineIndex | undefined, line: number, column: number): LineRange {
  const wantLine = Math.max(0, line - 1);
  const wantChar = Math.max(0, column - 1);
  if (index === undefined) {
    const at = { line: wantLine, character: wantChar };
    return { start: at, end: at };
  }
  const last = index.lineCount - 1;
  const l = Math.min(wantLine, last);
  const length = index.lineLength(l);
  // Past the last line: the end of the text.
  let start = wantLine > last ? length : Math.min(wantChar, length);
  if (start === length && length > 0) start = length - 1;
  return { start: { line: l, character: start }, end: { line: l, character: length } };
}
