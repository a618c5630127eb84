import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('a wrong date of a known document is flagged and fixed', () => {
  const text = 'Chỉ thị số 12-CT/TW ngày 5/1/2021 của Ban Bí thư về đối ngoại nhân dân.';
  const seen = flagged(text).filter((s) => s.code === 'document-date');
  assert.equal(seen.length, 1);
  assert.equal(seen[0].text, '5/1/2021');
  assert.equal(
    applyFix(text, seen[0].finding),
    'Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư về đối ngoại nhân dân.',
  );
});

test('the spelled-out style is kept in the fix', () => {
  const text = 'Chỉ thị 32-CT/TW ngày 18 tháng 2 năm 2018 của Bộ Chính trị.';
  const [seen] = flagged(text).filter((s) => s.code === 'document-date');
  assert.ok(seen);
  assert.equal(applyFix(text, seen.finding), 'Chỉ thị 32-CT/TW ngày 18 tháng 2 năm 2019 của Bộ Chính trị.');
});

test('the right date, or a date in parentheses that is right, is silent', () => {
  assert.deepEqual(codes('Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị.'), []);
  assert.deepEqual(codes('Chỉ thị 12 về đối ngoại nhân dân (5/1/2022) của Ban Bí thư.'), []);
});
