import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('congress numbers in Arabic digits are flagged and fixed to Roman numerals', () => {
  const text = 'Đại hội 14 của Đảng đã xác định rõ định hướng.';
  const seen = flagged(text).filter((s) => s.code === 'term-variant');
  assert.equal(seen.length, 1);
  assert.equal(applyFix(text, seen[0].finding), 'Đại hội XIV của Đảng đã xác định rõ định hướng.');
  assert.deepEqual(codes('Đại hội Đảng lần thứ 13 và Ban Chấp hành Trung ương khóa 13.'), ['term-variant', 'term-variant']);
});

test('Roman numerals, years and conference numbers are silent', () => {
  assert.deepEqual(codes('Đại hội XIV, Đại hội lần thứ XIII, Hội nghị Trung ương 8 khóa XIII, Hội nghị Ngoại giao lần thứ 32.'), []);
});

test('official body names written with too few capitals are flagged', () => {
  const text = 'Bộ chính trị đã thông qua đề án.';
  const seen = flagged(text).filter((s) => s.code === 'term-variant');
  assert.equal(seen.length, 1);
  assert.equal(applyFix(text, seen[0].finding), 'Bộ Chính trị đã thông qua đề án.');
  assert.deepEqual(codes('Ông làm việc tại ban Đối ngoại Trung ương năm 2023.', '2023-12-01'), ['term-variant']);
});

test('prose that only looks like a body name, and headings in capitals, are silent', () => {
  assert.deepEqual(codes('Cần điều chuyển cán bộ ngoại giao có kinh nghiệm và làm việc với các chính phủ.'), []);
  assert.deepEqual(codes('BỘ CHÍNH TRỊ CHỈ ĐẠO'), []);
});

test('an old-style tone spelling of an accepted form is not a variant', () => {
  assert.deepEqual(codes('Uỷ viên Bộ Chính trị phát biểu về hoà bình.'), []);
});

test('Title Case and under-capitalized titles are flagged once, with the official spelling', () => {
  const text = 'Ban Đối Ngoại Trung Ương và Tổng bí thư Tô Lâm.';
  const seen = flagged(text, '2023-01-01').filter((s) => s.code === 'term-variant');
  assert.deepEqual(seen.map((s) => s.text), ['Ban Đối Ngoại Trung Ương', 'Tổng bí thư']);
  assert.equal(applyFix(applyFix(text, seen[1].finding), seen[0].finding), 'Ban Đối ngoại Trung ương và Tổng Bí thư Tô Lâm.');
  assert.equal(flagged('Chủ tịch Đảng nước Nga Thống nhất phát biểu.').filter((s) => s.code === 'term-variant').length, 1);
});

test('lower-case titles in prose are not names', () => {
  assert.deepEqual(codes('Các bộ trưởng và thứ trưởng đã dự họp.'), []);
});
