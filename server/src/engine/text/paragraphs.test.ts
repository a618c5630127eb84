/** Paragraphs: a blank line (LF, CRLF or CR) ends one; after an edit, splitting again only where needed is exact. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  PARAGRAPH_BREAK,
  paragraphAt,
  paragraphs,
  paragraphsAfterEdit,
  paragraphsAfterEditStepwise,
  paragraphsStepwise,
  Splitter,
} from './paragraphs';

const texts = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end));

test('a blank line in any line-ending style ends a paragraph; lines alone do not', () => {
  assert.deepEqual(texts('a\nb\n\nc'), ['a\nb\n\n', 'c']);
  assert.deepEqual(texts('a\r\n\r\nb\r\rc\n \t\n\nd'), ['a\r\n\r\n', 'b\r\r', 'c\n \t\n\n', 'd']);
  assert.deepEqual(texts(''), []);
  assert.deepEqual(texts('\n\nx'), ['\n\n', 'x']);
  // One CRLF is one line break, as one LF is: lines of a CRLF file stay in their paragraph.
  assert.deepEqual(texts('a\r\nb\r\nc'), ['a\r\nb\r\nc']);
  assert.deepEqual(texts('a\r\n \r\nb'), ['a\r\n \r\n', 'b']);
  assert.deepEqual(texts('a\r\r\nb'), ['a\r\r\n', 'b']);
});

test('paragraph breaks are found where the regular expression finds them', () => {
  /** The split as PARAGRAPH_BREAK's matches make it (no paragraph is long enough to be cut). */
  const byRegex = (text: string): string[] => {
    const out: string[] = [];
    const re = new RegExp(PARAGRAPH_BREAK.source, 'g');
    let start = 0;
    while (start < text.length) {
      re.lastIndex = start;
      const m = re.exec(text);
      const end = m ? m.index + m[0].length : text.length;
      out.push(text.slice(start, end));
      start = end;
    }
    return out;
  };
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('x', 'é', '\n', '\r', '\r\n', ' ', '\t', '\u2028'), { maxLength: 40 }),
      (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(
          paragraphs(text, 1 << 30).map((p) => text.slice(p.start, p.end)),
          byRegex(text),
        );
      },
    ),
    { numRuns: 3000 },
  );
});

test('a CRLF file splits into the paragraphs of the same text with LF line ends', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('x', 'y z', '\n', ' ', '\t'), { maxLength: 30 }), (pieces) => {
      const lf = pieces.join('');
      const crlf = lf.replace(/\n/g, '\r\n');
      assert.deepEqual(
        texts(crlf).map((t) => t.replace(/\r\n/g, '\n')),
        texts(lf),
      );
    }),
    { numRuns: 500 },
  );
});

const piece = fc.constantFrom(
  'Bộ trưởng',
  'x',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '  \n',
  '.',
  ', ',
  '. ',
  'ạ',
  '\u0301\u0323',
  '😀',
  '\u200b',
  'abcdefghij',
);
const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));

test('a paragraph too long is cut after a clause, else after a word, else anywhere but inside a character', () => {
  const max = 20;
  const cut = (text: string) => paragraphs(text, max).map((p) => text.slice(p.start, p.end));
  // Without a clause end where one is looked for, after the first word past half the limit: text without punctuation
  // (titles and names run together) is where the work per character peaks, and its units are the smallest.
  assert.deepEqual(cut('Một câu rất dài đây. Câu hai cũng dài, và câu ba nữa.'), [
    'Một câu rất dài đây. ',
    'Câu hai cũng ',
    'dài, và câu ba nữa.',
  ]);
  assert.deepEqual(cut('mot hai ba bon nam sau bay tam chin muoi muoi mot'), [
    'mot hai ba ',
    'bon nam sau ',
    'bay tam chin ',
    'muoi muoi mot',
  ]);
  const marks = ('a' + '\u0301'.repeat(10)).repeat(10);
  for (const unit of cut(marks)) assert.doesNotMatch(unit, /^\p{M}/u);
  for (const unit of cut('😀'.repeat(40))) assert.ok(!/^[\uDC00-\uDFFF]/.test(unit));
  assert.equal(cut(marks).join(''), marks);
});

test('after any edit, paragraphsAfterEdit equals a fresh split and points at unchanged paragraphs', () => {
  fc.assert(
    fc.property(
      text,
      fc.nat(),
      fc.nat({ max: 8 }),
      fc.array(piece, { maxLength: 4 }),
      fc.constantFrom(6, 12, 30, 1 << 16),
      (before, at, remove, insert, max) => {
        const start = before.length ? at % (before.length + 1) : 0;
        const after = before.slice(0, start) + insert.join('') + before.slice(start + remove);
        const old = paragraphs(before, max);
        const r = paragraphsAfterEdit(before, old, after, max);
        assert.deepStrictEqual(r.spans, paragraphs(after, max));
        r.spans.forEach((p, i) => {
          const j = r.before[i];
          if (j >= 0) assert.equal(after.slice(p.start, p.end), before.slice(old[j].start, old[j].end));
        });
      },
    ),
    { numRuns: 5000, seed: 11 },
  );
});

test('the stepwise split pauses on a long text and gives the same spans as the split at once', () => {
  const texts = [
    '',
    'Một đoạn.\n\nĐoạn hai.',
    'Câu một, câu hai; câu ba. '.repeat(40_000),
    'Đoạn văn có ngày 2/9/2025.\r\n\r\n'.repeat(30_000),
  ];
  for (const text of texts) {
    const steps = paragraphsStepwise(text);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.deepEqual(r.value, paragraphs(text));
    if (text.length > 512 * 1024) assert.ok(pauses >= 2, `${text.length} characters split with ${pauses} pauses`);
  }
});

test('a split made in parts, as far as an offset, is a start of the whole split and holds the offset', () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), fc.constantFrom(6, 12, 30), (t, offsets, max) => {
      const whole = paragraphs(t, max);
      const splitter = new Splitter(t, max);
      for (const o of offsets) {
        const offset = t.length ? o % (t.length + 1) : 0;
        const spans = splitter.covering(offset);
        assert.deepStrictEqual(spans, whole.slice(0, spans.length));
        if (t.length) assert.deepStrictEqual(spans[paragraphAt(spans, offset)], whole[paragraphAt(whole, offset)]);
      }
      // The stepwise split goes on from where the readers left it.
      const steps = paragraphsStepwise(t, max, splitter);
      let r = steps.next();
      while (!r.done) r = steps.next();
      assert.deepStrictEqual(r.value, whole);
    }),
    { numRuns: 3000, seed: 12 },
  );
});

test('text typed before a long paragraph re-splits a unit or two, not the paragraph', () => {
  const line = Array.from({ length: 20_000 }, (_, i) => `Ngày ${(i % 27) + 1}/3/2023, Đại sứ số ${i} tới. `).join('');
  for (const before of [line, line.replaceAll('tới. ', 'tới.\n\n')]) {
    const old = paragraphs(before);
    const text = 'Tổng Bí thư Tô Lâm. ' + before;
    const r = paragraphsAfterEdit(before, old, text);
    assert.deepStrictEqual(r.spans, paragraphs(text));
    const split = r.before.filter((j) => j < 0).length;
    assert.ok(old.length > 50 && split <= 2, `${split} of ${old.length} split again`);
  }
});

test('a re-split that never falls back in step pauses, and equals a fresh split', () => {
  const before = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn '.repeat(30_000);
  const text = 'Đoàn tới. ' + before;
  const steps = paragraphsAfterEditStepwise(before, paragraphs(before), text);
  let pauses = 0;
  let r = steps.next();
  for (; !r.done; r = steps.next()) pauses++;
  assert.deepStrictEqual(r.value, paragraphsAfterEdit(before, paragraphs(before), text));
  assert.deepStrictEqual(r.value.spans, paragraphs(text));
  assert.ok(pauses >= 3, `${pauses} pauses for ${text.length} characters`);
});
