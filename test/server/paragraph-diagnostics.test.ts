/**
 * The server's diagnostics built paragraph by paragraph (reused and shifted between edits) against the plain
 * conversion of a full check: after any sequence of edits, applied to the TextDocument as an editor sends them, they
 * are exactly what `publishedDiagnostics` makes of `check`'s findings — with directives, with the cap on published
 * diagnostics, with paragraph breaks and line breaks typed and removed, and in a line long enough to be cut into
 * units that start inside it. Drafts are written for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, DocumentChecker, type CheckOptions } from '../../server/src/engine';
import { finish } from '../../server/src/engine/analysis';
import { editArbitrary, editSpan, type Edit } from '../../server/src/engine/testing/edits';
import { realGlossary } from '../../server/src/engine/testing/real-glossary';
import { ParagraphDiagnostics } from '../../server/src/lsp/paragraph-diagnostics';
import { publishedDiagnostics } from '../../server/src/lsp/size-limit';

const OPTIONS: CheckOptions = { asOf: '2026-11-23', today: '2026-11-23' };

const PIECES = [
  'Bộ trưởng Ngoại giao Bùi Thanh Sơn',
  'Thủ tướng Phạm Minh Chính',
  'Ban Tuyên giáo Trung ương (cũ)',
  'bộ chính trị',
  'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị',
  'Đại hội 14',
  'Ngày 10/9/2023, ',
  'Hà Nội, ngày 5 tháng 3 năm 2021\n',
  '𝕏',
  ', ',
  '. ',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '<!-- chinh-danh-disable-next-line -->\n',
  '<!-- chinh-danh-disable outdated-title -->',
  '<!-- chinh-danh-enable -->',
];
const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }));
const draft = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(' '));

const edit = editArbitrary(fc.oneof(piece, fc.constant(''), fc.constant('x')), 12);

/** Applies an edit to the document the way a client sends it: an incremental change with an LSP range. */
function apply(doc: TextDocument, e: Edit): TextDocument {
  const { start, end } = editSpan(doc.getText().length, e);
  const range = { start: doc.positionAt(start), end: doc.positionAt(end) };
  return TextDocument.update(doc, [{ range, text: e.insert }], doc.version + 1);
}

/** Checks every version with one checker and one ParagraphDiagnostics, against a full check of it. */
function follow(start: string, edits: Edit[], max: number, options: CheckOptions = OPTIONS): void {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  const published = new ParagraphDiagnostics();
  let doc = TextDocument.create('file:///d.md', 'markdown', 1, start);
  for (const e of [{ at: 0, remove: 0, insert: '' }, ...edits]) {
    doc = apply(doc, e);
    const text = doc.getText();
    const result = finish(checker.runByParagraph(text, options));
    const expected = publishedDiagnostics(doc, check(text, g, options).findings, 'vi', max);
    assert.deepStrictEqual(published.diagnostics(doc, result, 'vi', max), expected);
  }
}

test('after any sequence of edits the diagnostics equal those of a full check, capped or not', () => {
  fc.assert(
    fc.property(
      draft,
      fc.array(edit, { minLength: 1, maxLength: 10 }),
      fc.constantFrom(2, 5, 1000),
      (start, edits, max) => {
        follow(start, edits, max);
      },
    ),
    { numRuns: 120, seed: 20261124 },
  );
});

test('a paragraph repeated down the draft is placed, moved and capped correctly', () => {
  const paragraph = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Đại hội 14 ngày 10/9/2023.';
  const start = Array.from({ length: 30 }, () => paragraph).join('\n\n');
  const at = (k: number) => k / 30 + 0.01;
  follow(
    start,
    [
      { at: at(3), remove: 0, insert: 'x' },
      { at: at(7), remove: 0, insert: '\n' },
      { at: at(7), remove: 1, insert: '' },
      { at: at(12), remove: 0, insert: '\n\n' },
      { at: at(20), remove: 3, insert: '\r\n' },
      { at: 0, remove: 0, insert: '<!-- chinh-danh-disable outdated-title -->\n\n' },
    ],
    40,
  );
});

test('units of a long line start inside it: an edit before them shifts their characters, not their lines', () => {
  const sentence = (i: number) =>
    `Ngày ${(i % 27) + 1}/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ số ${i}. `;
  const line = Array.from({ length: 1200 }, (_, i) => sentence(i)).join('');
  const start = `Mở đầu.\n\n${line}\nDòng sau, Đại hội 14.\n`;
  follow(
    start,
    [
      { at: 0.3, remove: 0, insert: 'x' },
      { at: 0.001, remove: 0, insert: 'dòng mới\n' },
      { at: 0.6, remove: 5, insert: '' },
      { at: 0.9, remove: 0, insert: 'Thủ tướng Phạm Minh Chính ' },
    ],
    1000,
  );
});
