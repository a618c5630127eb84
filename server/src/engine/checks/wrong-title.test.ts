import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, flagged } from '../testing/real-glossary';

test('a title the person never held is wrong-title', () => {
  const seen = flagged('Thủ tướng Chính phủ Lê Hoài Trung chủ trì cuộc họp.', '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    ['wrong-title'],
  );
  assert.equal(seen[0].text, 'Thủ tướng Chính phủ Lê Hoài Trung');
  assert.match(seen[0].finding.message, /chưa từng giữ chức/);
  assert.ok(seen[0].finding.fixes.length > 0);
});

test('titles the person held are not wrong-title', () => {
  assert.deepEqual(codes('Bộ trưởng Lê Hoài Trung phát biểu.', '2026-11-23'), []);
});

test('honorific names are never flagged', () => {
  assert.deepEqual(
    codes('Chủ tịch Hồ Chí Minh là người sáng lập nền ngoại giao Việt Nam. Bác Hồ dạy rằng…', '2026-11-23'),
    [],
  );
});

test('a title of someone else ("Đặc phái viên của Tổng Bí thư") is not given to the next name', () => {
  assert.deepEqual(codes('Đặc phái viên của Tổng Bí thư, ông Lê Hoài Trung, đã thăm Trung Quốc.', '2026-02-11'), []);
});

test('a membership the glossary does not record is only information: its records are incomplete', () => {
  const seen = flagged('Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú dự hội nghị.', '2026-11-23');
  assert.ok(
    seen.every((s) => s.finding.severity === 'information' || s.finding.severity === 'hint'),
    JSON.stringify(seen.map((s) => [s.code, s.finding.severity])),
  );
});

test('a single-holder office held by someone else on that date is an error', () => {
  const [seen] = flagged('Chủ tịch nước Phạm Minh Chính tiếp khách.', '2024-01-05');
  assert.equal(seen.code, 'wrong-title');
  assert.equal(seen.finding.severity, 'error');
});

test('with nobody known in a single-holder office on that date, the finding asks to verify', () => {
  const seen = flagged('Đoàn do Phó Chủ tịch nước Võ Thị Ánh Xuân dẫn đầu.', '2023-06-01').filter(
    (s) => s.code === 'wrong-title',
  );
  for (const s of seen) {
    assert.equal(s.finding.severity, 'information');
    assert.match(s.finding.message, /không ghi nhận/);
  }
});
