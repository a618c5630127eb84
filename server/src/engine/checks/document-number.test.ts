import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('an unknown number with a known subject suggests the right number', () => {
  const text =
    'Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới.';
  const seen = flagged(text).filter((s) => s.code === 'document-number');
  assert.equal(seen.length, 1);
  assert.match(seen[0].finding.message, /12-CT\/TW/);
  assert.ok(applyFix(text, seen[0].finding).startsWith('Chỉ thị 12-CT/TW của Ban Bí thư'));
});

test('unknown numbers without a recognisable subject are left alone', () => {
  assert.deepEqual(codes('Chỉ thị 77-CT/TW của Ban Bí thư về công tác thi đua khen thưởng.'), []);
});

test('without a subject, a date and issuer that fit one known document identify it', () => {
  const seen = flagged('Nghị quyết 35-NQ/TW ngày 9/1/2023 của Bộ Chính trị nêu rõ vai trò của đối ngoại Đảng.').filter(
    (s) => s.code === 'document-number',
  );
  assert.equal(seen.length, 1);
  assert.equal(seen[0].finding.fixes[0].edits[0].newText, '34-NQ/TW');
});

test('a symbol with another issuer or year is another document: the subject finds the right one', () => {
  const state = flagged(
    'Nghị quyết 22/NQ-CP về Chương trình hành động của Chính phủ thực hiện Chỉ thị 15-CT/TW về ngoại giao kinh tế.',
  );
  assert.deepEqual(
    state.filter((s) => s.code.startsWith('document-')).map((s) => [s.code, s.finding.fixes[0].edits[0].newText]),
    [['document-number', '21/NQ-CP']],
  );
  const year = flagged(
    'Nghị quyết 250/2024/QH15 của Quốc hội về một số cơ chế, chính sách đặc thù nhằm nâng cao hiệu quả hội nhập quốc tế.',
  );
  assert.deepEqual(
    year.map((s) => [s.code, s.finding.fixes[0].edits[0].newText]),
    [['document-number', '250/2025/QH15']],
  );
});
