/** The document tokenizer (character table, vocabulary) cuts exactly what the glossary's one (a regex) cuts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize, tokenizeIfPlain, tokenizeText } from './tokens';
import { prepareText } from './normalize';

const asObjects = (s: string) => {
  const t = tokenizeText(s);
  return Array.from({ length: t.length }, (_, i) => ({
    start: t.start(i),
    end: t.end(i),
    text: t.text(i),
    key: t.key(i),
    upper: t.upper(i),
  }));
};

const pieces = fc.constantFrom(
  'Bộ',
  'trưởng',
  'HOÀ',
  'hoà',
  'Thuỷ',
  '2023',
  '34-NQ/TW',
  'QH15',
  '5Luật',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u0301',
  '\u0323',
  '\u200b',
  '𝐀',
  '😀',
  '\ud800',
  '\udc00',
  'Ⅻ',
  '²',
  'ǅ',
  'İ',
  '–',
);

test('tokenizeText and tokenize agree on any text', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }), (ps) => {
      const s = ps.join('');
      assert.deepStrictEqual(asObjects(s), tokenize(s));
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test('tokenizeIfPlain: only a text that is its own normal form, tokenized as tokenizeText does', () => {
  const gaps = (t: ReturnType<typeof tokenizeText>) => Array.from({ length: t.length }, (_, i) => t.gapFlags(i));
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }), (ps) => {
      const s = ps.join('');
      const plain = tokenizeIfPlain(s);
      if (!plain) return;
      assert.equal(prepareText(s).norm, s);
      const full = tokenizeText(s);
      assert.deepStrictEqual([asObjects(s), gaps(full)], [tokenize(s), gaps(plain)]);
      assert.deepStrictEqual(
        Array.from({ length: plain.length }, (_, i) => [plain.start(i), plain.end(i), plain.id(i)]),
        Array.from({ length: full.length }, (_, i) => [full.start(i), full.end(i), full.id(i)]),
      );
    }),
    { numRuns: 2000, seed: 11 },
  );
  assert.ok(tokenizeIfPlain('Bộ trưởng Bộ Ngoại giao, năm 2023'));
  for (const s of ['Bo\u0323 tru\u031bo\u031bng', 'a\u00a0b', 'x\u200by', 'Ðà Nẵng', '𝐀', 'a\ud800'])
    assert.equal(tokenizeIfPlain(s), undefined, JSON.stringify(s));
});

test('gaps: only spaces and tabs, or white space of any kind', () => {
  const t = tokenizeText('a b\t c\n d, e');
  assert.deepEqual(
    Array.from({ length: t.length }, (_, i) => t.plainBefore(i)),
    [false, true, true, false, false],
  );
});

test('lastDigitEnd: where the last token holding a digit ends', () => {
  assert.equal(tokenizeText('Nghị quyết số 18-NQ/TW về việc').lastDigitEnd(), 'Nghị quyết số 18'.length);
  assert.equal(tokenizeText('Đại hội 14, năm 2026 ở Hà Nội').lastDigitEnd(), 'Đại hội 14, năm 2026'.length);
  assert.equal(tokenizeText('5Luật').lastDigitEnd(), 5);
  assert.equal(tokenizeText('Không có số nào (Ⅻ ²)').lastDigitEnd(), -1);
  assert.equal(tokenizeText('').lastDigitEnd(), -1);
});
