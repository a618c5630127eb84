/**
 * The server's documents (server/src/lsp/text-document.ts) against vscode-languageserver-textdocument, whose answers
 * they must give: after any sequence of incremental and full changes (line breaks of every kind, changes inside a
 * CRLF, reversed ranges, characters past the end of a line), the same text, line count, positions, offsets, line ranges
 * and EOLs. Lines of a change's range are those of the document (as every client sends them): the library keeps no
 * sensible table for a range on lines the document does not have.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lineStarts } from '../../server/src/engine/text/lines';
import { linedDocuments } from '../../server/src/lsp/text-document';

const piece = fc.constantFrom('a', 'Bộ trưởng', ' ', '\n', '\r', '\r\n', '\n\n', '\r\r', '😀', '\u0301', 'xyz');
const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
const position = fc.record({ line: fc.nat(), character: fc.integer({ min: 0, max: 15 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

function onLines(range: Range, lines: number): Range {
  const at = (p: Position) => ({ line: p.line % lines, character: p.character });
  return { start: at(range.start), end: at(range.end) };
}

function assertSame(ours: TextDocument, theirs: TextDocument, probes: number[]): void {
  assert.equal(ours.getText(), theirs.getText());
  assert.equal(ours.lineCount, theirs.lineCount);
  assert.equal(ours.version, theirs.version);
  const n = theirs.getText().length;
  for (const p of probes) {
    const offset = (p % (n + 3)) - 1;
    assert.deepStrictEqual(ours.positionAt(offset), theirs.positionAt(offset), `positionAt(${offset})`);
    const pos = { line: p % (theirs.lineCount + 2), character: (p >> 3) % 12 };
    assert.equal(ours.offsetAt(pos), theirs.offsetAt(pos), `offsetAt(${JSON.stringify(pos)})`);
    assert.deepStrictEqual(ours.getLineRange(pos.line), theirs.getLineRange(pos.line));
    assert.equal(ours.getEOLCharacters(pos.line), theirs.getEOLCharacters(pos.line));
  }
}

test('after any changes, the same answers as the library document', () => {
  fc.assert(
    fc.property(
      text,
      fc.array(fc.tuple(fc.array(change, { minLength: 1, maxLength: 3 }), fc.boolean()), { maxLength: 8 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      (start, edits, probes) => {
        let theirs = TextDocument.create('file:///d.md', 'markdown', 1, start);
        const ours = linedDocuments.create('file:///d.md', 'markdown', 1, start);
        assertSame(ours, theirs, probes);
        edits.forEach(([changes, ask], i) => {
          // Asking positions between changes builds the line table, which the next change then updates in place.
          if (ask) assertSame(ours, theirs, probes);
          for (const c of changes) {
            // On the document's lines as it is when the change comes (changes apply one after the other).
            const inside = 'range' in c ? { ...c, range: onLines(c.range, theirs.lineCount) } : c;
            theirs = TextDocument.update(theirs, [inside], i + 2);
            linedDocuments.update(ours, [inside], i + 2);
          }
        });
        assertSame(ours, theirs, probes);
      },
    ),
    { numRuns: 4000, seed: 20261124 },
  );
});

test('line starts: every kind of line break, counted once each', () => {
  assert.deepEqual(lineStarts(''), [0]);
  assert.deepEqual(lineStarts('a\rb\r\nc\nd'), [0, 2, 5, 7]);
  assert.deepEqual(lineStarts('\r\n\r\n\n\r\r'), [0, 2, 4, 5, 6, 7]);
  assert.deepEqual(lineStarts('x\r'), [0, 2]);
});
