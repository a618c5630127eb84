import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

const CAP = 'capitalization';
const caps = (text: string, asOf = '2026-11-23') => flagged(text, asOf).filter((s) => s.code === CAP);

test('official body names written with too few capitals are flagged as information, with the official spelling', () => {
  const text = 'Bộ chính trị đã thông qua đề án.';
  const seen = caps(text);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].finding.severity, 'information');
  assert.equal(applyFix(text, seen[0].finding), 'Bộ Chính trị đã thông qua đề án.');
});

test('forms official sources print are silent: a lower-case head noun, alone or after a role', () => {
  assert.deepEqual(caps('Ông làm việc tại ban Đối ngoại Trung ương năm 2023.', '2023-12-01'), []);
  assert.deepEqual(caps('Trưởng ban Đối ngoại Trung ương Lê Hoài Trung phát biểu.', '2023-12-01'), []);
  assert.deepEqual(caps('Ông là ủy viên Bộ Chính trị.', '2023-12-01'), []);
});

test('prose that only looks like a body name, and headings in capitals, are silent', () => {
  assert.deepEqual(codes('Cần điều chuyển cán bộ ngoại giao có kinh nghiệm và làm việc với các chính phủ.'), []);
  assert.deepEqual(codes('BỘ CHÍNH TRỊ CHỈ ĐẠO'), []);
  assert.deepEqual(codes('Các bộ trưởng và thứ trưởng đã dự họp.'), []);
});

test('Title Case and under-capitalized titles are flagged once, with the official spelling', () => {
  const text = 'Ban Đối Ngoại Trung Ương và Tổng bí thư Tô Lâm.';
  const seen = caps(text, '2023-01-01');
  assert.deepEqual(
    seen.map((s) => s.text),
    ['Ban Đối Ngoại Trung Ương', 'Tổng bí thư'],
  );
  assert.equal(
    applyFix(applyFix(text, seen[1].finding), seen[0].finding),
    'Ban Đối ngoại Trung ương và Tổng Bí thư Tô Lâm.',
  );
  assert.equal(flagged('Chủ tịch Đảng nước Nga Thống nhất phát biểu.').filter((s) => s.code === CAP).length, 1);
});
