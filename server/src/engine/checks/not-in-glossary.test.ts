import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../testing/real-glossary';

const names = (text: string) => flagged(text, '2026-11-23').filter((s) => s.code === 'not-in-glossary');

test('a known title with a name the glossary does not know is reported as information', () => {
  const seen = names('Bộ trưởng Bộ Ngoại giao Nguyễn Văn Thử tiếp Đại sứ.');
  assert.deepEqual(
    seen.map((s) => s.text),
    ['Nguyễn Văn Thử'],
  );
  assert.equal(seen[0].finding.severity, 'information');
  assert.match(seen[0].finding.message, /^Bổ sung Nguyễn Văn Thử vào bảng thuật ngữ/);
  assert.deepEqual(
    names('Ông Trần Thị Thử, Thứ trưởng Bộ Ngoại giao, cho biết.').map((s) => s.text),
    ['Trần Thị Thử'],
  );
});

test('known people, honorific names, acronyms and places are not unknown names', () => {
  assert.deepEqual(names('Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.'), []);
  assert.deepEqual(names('Chủ tịch Hồ Chí Minh là lãnh tụ vĩ đại.'), []);
  assert.deepEqual(names('Tổng Thư ký Liên hợp quốc và Tổng Thư ký ASEAN đã gặp nhau.'), []);
  assert.deepEqual(names('Phó Chủ tịch Ủy ban nhân dân thành phố Hà Nội dự họp.'), []);
});
