import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('a body named as acting after it ceased to exist is flagged with its successor', () => {
  const text = 'Ban Đối ngoại Trung ương tổ chức hội nghị tổng kết công tác.';
  const seen = flagged(text, '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    ['dissolved-body'],
  );
  assert.equal(seen[0].text, 'Ban Đối ngoại Trung ương');
  assert.match(seen[0].finding.message, /Bộ Ngoại giao/);
  assert.equal(applyFix(text, seen[0].finding), 'Bộ Ngoại giao tổ chức hội nghị tổng kết công tác.');
});

test('merged bodies name the merged body', () => {
  const seen = flagged('Ban Tuyên giáo Trung ương vừa ban hành hướng dẫn.', '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    ['dissolved-body'],
  );
  assert.match(seen[0].finding.message, /Ban Tuyên giáo và Dân vận Trung ương/);
});

test('before the end date, marked as past, or dated in the past: silent', () => {
  assert.deepEqual(codes('Ban Đối ngoại Trung ương tổ chức hội nghị tổng kết công tác.', '2023-12-22'), []);
  assert.deepEqual(codes('Năm 2023, Ban Đối ngoại Trung ương tổ chức hội nghị.', '2026-11-23'), []);
  assert.deepEqual(
    codes('Các chức năng của Ban Đối ngoại Trung ương (cũ) nay do Bộ Ngoại giao đảm nhiệm.', '2026-11-23'),
    [],
  );
  assert.deepEqual(codes('Ông từng công tác tại Ban Đối ngoại Trung ương nhiều năm.', '2026-11-23'), []);
});

test('existing bodies are silent', () => {
  assert.deepEqual(codes('Bộ Chính trị và Ban Bí thư chỉ đạo Bộ Ngoại giao.', '2026-11-23'), []);
});

test('old-style tone placement and NFD still find the body', () => {
  assert.deepEqual(codes('Ban Tuyên giáo Trung ương vừa ban hành hướng dẫn.'.normalize('NFD')), ['dissolved-body']);
});

test('a sentence about the merger itself is silent; "hợp tác" is not "hợp nhất"', () => {
  assert.deepEqual(
    codes('Việc hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương là bước tinh gọn bộ máy.'),
    [],
  );
  assert.deepEqual(codes('Bộ Ngoại giao hợp tác với Ban Đối ngoại Trung ương trong công tác này.'), ['dissolved-body']);
});

test('a merged province named by a longer form keeps that form in the fix', () => {
  const text = 'Lãnh đạo UBND tỉnh Bình Phước tiếp đoàn công tác.';
  const [seen] = flagged(text, '2025-09-10').filter((s) => s.code === 'dissolved-body');
  assert.match(seen.finding.message, /^Nay là tỉnh Đồng Nai/);
  assert.equal(applyFix(text, seen.finding), 'Lãnh đạo UBND tỉnh Đồng Nai tiếp đoàn công tác.');
  assert.deepEqual(
    flagged(text, '2025-05-10').filter((s) => s.code === 'dissolved-body'),
    [],
  );
  assert.deepEqual(flagged('Đoàn công tác làm việc tại Bình Phước.', '2025-09-10'), []);
});
