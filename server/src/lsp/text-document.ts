/**
 * The server's open documents: `vscode-languageserver-textdocument`'s TextDocument (same interface, same answers, the
 * same incremental update), except that the table of line starts is built with the engine's `pushLineStarts`, which
 * jumps between line breaks with indexOf. The library builds it with a loop over every character the first time a
 * position is asked: 25-45 ms for a 10 MB draft, in the first hover or completion sent after opening it, on top of
 * reading the 10 MB message itself. Here that first table costs about a millisecond.
 *
 * The update follows the library's (MIT, Microsoft) step for step, so that positions agree with what an editor that
 * uses it computes; a property test holds the two to the same answers after any sequence of edits.
 */
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { pushLineStarts } from '../engine/text/lines';

const CR = 13;
const LF = 10;

export class LinedDocument implements TextDocument {
  private lines: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private _version: number,
    private content: string,
  ) {}

  get version(): number {
    return this._version;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  getText(range?: Range): string {
    if (!range) return this.content;
    return this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (starts[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, starts[line]);
    return { line, character: offset - starts[line] };
  }

  offsetAt(position: Position): number {
    const starts = this.lineStarts();
    if (position.line >= starts.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = starts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < starts.length ? starts[position.line + 1] : this.content.length;
    return this.beforeEol(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const starts = this.lineStarts();
    if (line >= starts.length) {
      const last = starts.length - 1;
      return {
        start: { line: last, character: 0 },
        end: { line: last, character: this.content.length - starts[last] },
      };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = starts[line];
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const starts = this.lineStarts();
    if (line >= starts.length || line < 0) return '';
    const next = line + 1 < starts.length ? starts[line + 1] : this.content.length;
    return this.content.substring(this.beforeEol(next, starts[line]), next);
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(wellFormed(change.range), change.text);
      else {
        this.content = change.text;
        this.lines = undefined;
      }
    }
    this._version = version;
  }

  private replace(range: Range, text: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.content = this.content.substring(0, start) + text + this.content.substring(end);
    const insertedEnd = start + text.length;
    const c = this.content;
    // A CRLF made or split at either end: the lines there are not the old ones plus the new; count them again.
    const crlfAtStart = c.charCodeAt(start - 1) === CR && c.charCodeAt(start) === LF;
    const crlfAtEnd = c.charCodeAt(insertedEnd - 1) === CR && c.charCodeAt(insertedEnd) === LF;
    if (crlfAtStart || crlfAtEnd) {
      this.lines = undefined;
      return;
    }
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added: number[] = [];
    pushLineStarts(text, start, added);
    let starts = this.lineStarts();
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) starts[i + startLine + 1] = added[i];
    } else if (added.length < 10_000) {
      starts.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      // Not as arguments of splice: too many for one call.
      this.lines = starts = starts.slice(0, startLine + 1).concat(added, starts.slice(endLine + 1));
    }
    const diff = text.length - (end - start);
    if (diff !== 0) for (let i = startLine + 1 + added.length; i < starts.length; i++) starts[i] += diff;
  }

  private lineStarts(): number[] {
    if (!this.lines) {
      const starts = [0];
      pushLineStarts(this.content, 0, starts);
      this.lines = starts;
    }
    return this.lines;
  }

  /** Moves an offset back over line-break characters, not before `lineStart`. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

function isEol(c: number): boolean {
  return c === CR || c === LF;
}

/** A range whose start comes after its end, swapped (as the library does). */
function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    return { start: end, end: start };
  return range;
}

/** For `new TextDocuments(linedDocuments)`. */
export const linedDocuments = {
  create(uri: string, languageId: string, version: number, content: string): LinedDocument {
    return new LinedDocument(uri, languageId, version, content);
  },
  update(document: LinedDocument, changes: TextDocumentContentChangeEvent[], version: number): LinedDocument {
    document.update(changes, version);
    return document;
  },
};
