/** The document tokenizer (character table, vocabulary) cuts exactly what the glossary's one (a regex) cuts. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tagKeys, tokenize, tokenizeIfPlain, tokenizeText } from './tokens';
import { prepareText, syllableKey } from './normalize';

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

test('token arrays written into shared slabs stay intact while later texts are tokenized', () => {
  // Texts of every size, short ones filling a slab and long ones (past a quarter of it) that move to a buffer of
  // their own, tokenized one after another, plainly or from a document at an offset; each is read back at the end.
  const word = (k: number) => (k % 3 === 0 ? 'Bộ' : k % 3 === 1 ? 'trưởng' : '2023');
  const texts: string[] = [];
  for (let n = 0; n < 60; n++) {
    const words = n % 7 === 6 ? 1500 + 37 * n : 1 + ((n * 97) % 400);
    texts.push(Array.from({ length: words }, (_, k) => word(k + n)).join(' '));
  }
  const document = texts.join('\n\n');
  const kept: { text: string; tokens: ReturnType<typeof tokenizeText> }[] = [];
  let at = 0;
  for (let round = 0; round < 3; round++)
    for (const t of texts) {
      const whole = round === 1 ? document : t;
      const offset = round === 1 ? document.indexOf(t, at) : 0;
      if (round === 1) at = offset + t.length;
      kept.push({ text: t, tokens: round === 2 ? tokenizeText(t) : tokenizeIfPlain(t, whole, offset)! });
    }
  for (const { text, tokens } of kept) {
    const want = tokenize(text);
    assert.equal(tokens.length, want.length);
    for (let i = 0; i < want.length; i++) {
      assert.equal(tokens.start(i), want[i].start);
      assert.equal(tokens.end(i), want[i].end);
      assert.equal(tokens.key(i), want[i].key);
    }
  }
});

const TAG = tagKeys(['Luật', 'khoá'].map(syllableKey));

test('Tokens.starts cut before an offset lists what it lists uncut, before that offset', () => {
  const pieces = fc.constantFrom(
    'Luật ',
    'luật ',
    'khoá ',
    'Khoá',
    '5Luật ',
    '12khoá',
    'số ',
    '15',
    ', ',
    ' ',
    'Quốc hội ',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), fc.nat(80), (ps, before) => {
      const tokens = tokenizeText(ps.join(''));
      const expected = tokens.starts(TAG).filter((at) => at < before);
      assert.deepStrictEqual(tokens.starts(TAG, before), expected);
    }),
    { numRuns: 3000, seed: 11 },
  );
});

test('the vocabulary tells syllables apart by their packed first units and the rest: equal ids exactly for equal texts', () => {
  // Syllables alike in length and in their first units, around the six packed units and the 64 read ones.
  const alike = fc.constantFrom(
    'trưởng',
    'trường',
    'truong',
    'nguyễn',
    'nguyên',
    'nghiêng',
    'nghiênh',
    'abc',
    'abd',
    'abcdef',
    'abcdeg',
    'abcdefg',
    'abcdefh',
    'a'.repeat(64),
    'a'.repeat(63) + 'b',
    'a'.repeat(70),
    'a'.repeat(69) + 'b',
    '𝐀𝐁𝐂',
    '𝐀𝐁𝐃',
    'x𝐀yz',
    'x𝐀yw',
    '\u0100\u0101\u0102\u0103',
    '\u0100\u0101\u0102\u0104',
    // Same hash (…·31 + 'a' = …·31 + 'B' with one more 31 carried: "Aa" and "BB"), so only the comparison tells.
    'Aa',
    'BB',
    'abcdAa',
    'abcdBB',
    'abcdefAa',
    'abcdefBB',
    'a'.repeat(66) + 'Aa',
    'a'.repeat(66) + 'BB',
  );
  fc.assert(
    fc.property(fc.array(fc.oneof(alike, fc.string({ maxLength: 8 })), { maxLength: 24 }), (ps) => {
      const text = ps.join(' ');
      const t = tokenizeText(text);
      const idOf = new Map<string, number>();
      for (let i = 0; i < t.length; i++) {
        assert.equal(t.text(i), text.slice(t.start(i), t.end(i)));
        const seen = idOf.get(t.text(i));
        if (seen === undefined) idOf.set(t.text(i), t.id(i));
        else assert.equal(t.id(i), seen);
      }
      assert.equal(new Set(idOf.values()).size, idOf.size);
    }),
    { numRuns: 500 },
  );
});
