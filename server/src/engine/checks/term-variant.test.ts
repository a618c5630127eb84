import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('congress numbers in Arabic digits are flagged and fixed to Roman numerals', () => {
  const text = 'Đại hội 14 của Đảng đã xác định rõ định hướng.';
  const seen = flagged(text).filter((s) => s.code === 'term-variant');
  assert.equal(seen.length, 1);
  assert.equal(applyFix(text, seen[0].finding), 'Đại hội XIV của Đảng đã xác định rõ định hướng.');
  assert.deepEqual(codes('Đại hội Đảng lần thứ 13 và Ban Chấp hành Trung ương khóa 13.'), [
    'term-variant',
    'term-variant',
  ]);
});

test('Roman numerals, years and conference numbers are silent', () => {
  assert.deepEqual(
    codes('Đại hội XIV, Đại hội lần thứ XIII, Hội nghị Trung ương 8 khóa XIII, Hội nghị Ngoại giao lần thứ 32.'),
    [],
  );
});

test('an old-style tone spelling of an accepted form is not a variant', () => {
  assert.deepEqual(codes('Uỷ viên Bộ Chính trị phát biểu về hoà bình.'), []);
});

test("capitals are not this check's: they are reported as capitalization", () => {
  assert.deepEqual(
    flagged('Bộ chính trị đã thông qua đề án.').filter((x) => x.code === 'term-variant'),
    [],
  );
});
