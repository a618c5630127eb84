import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossaryFiles } from './parse';
import { LineIndex, problemRange } from './text-position';

/** The lines an editor shows (LSP breaks at CRLF, CR and LF). */
const editorLines = (text: string) => text.split(/\r\n|\r|\n/);

/** Every problem of a file, as the range the server underlines: inside the text and on its own line. */
function ranges(text: string) {
  const index = new LineIndex(text);
  const lines = editorLines(text);
  return parseGlossaryFiles([{ path: 'g.yaml', text }]).problems.map((p) => {
    const range = problemRange(index, p.line, p.column);
    assert.equal(range.start.line, range.end.line, `${p.message}: spans lines`);
    assert.ok(range.start.line < lines.length, `${p.message}: line ${range.start.line} is past the end`);
    const length = lines[range.start.line].length;
    assert.ok(range.start.character <= range.end.character && range.end.character <= length, p.message);
    return {
      message: p.message,
      range,
      text: lines[range.start.line].slice(range.start.character, range.end.character),
    };
  });
}

test('a problem at the end of the text (an unclosed bracket or quote) stays inside the text', () => {
  const [open] = ranges('terms: [\n');
  assert.deepEqual(open.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } });
  const [quote] = ranges('terms:\n  - id: "abc');
  assert.equal(quote.range.start.line, 1);
});

test('a problem on an empty line is an empty range there, not a character past the line', () => {
  const problems = ranges('terms:\n  - id: x\n\n  bad\n');
  assert.ok(problems.length > 0);
  for (const p of problems) assert.ok(p.range.end.character <= 5);
});

test('a file with CR-only line endings is read line by line, and problems are on their own lines', () => {
  const text = 'terms:\r  - id: x\r    canonical: y\r    bogus: 1\r';
  const problems = ranges(text);
  assert.ok(problems.length > 0);
  // Parsed like the same file with LF: schema problems on the entry, not "nested mappings" on line 1.
  assert.ok(
    problems.every((p) => p.message.startsWith('/terms/0')),
    problems.map((p) => p.message).join('\n'),
  );
  assert.deepEqual(
    problems.map((p) => p.range.start.line),
    problems.map(() => 1),
  );
  assert.equal(problems[0].text, 'id: x');
});

test('CRLF line endings: the range ends before the CR', () => {
  const [p] = ranges(
    'terms:\r\n  - id: x\r\n    canonical: y\r\n    definition: z\r\n    category: c\r\n    sources: []\r\n',
  );
  assert.equal(p.text, '[]');
});

test('a position past the end of its line or of the text is pulled back inside', () => {
  const index = new LineIndex('ab\ncd');
  assert.deepEqual(problemRange(index, 1, 40), { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } });
  assert.deepEqual(problemRange(index, 9, 1), { start: { line: 1, character: 1 }, end: { line: 1, character: 2 } });
  assert.deepEqual(problemRange(index, 0, 0), { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
  assert.deepEqual(problemRange(undefined, 1, 1), { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
});

test('positions count lines as editors do', () => {
  const index = new LineIndex('a\r\nb\rc\nd');
  assert.deepEqual(
    [0, 3, 5, 7].map((o) => index.position(o)),
    [
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
    ],
  );
  assert.equal(index.lineCount, 4);
});
