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

test('a wrong month-precision date is fixed at month precision, in the words the writer used', () => {
  const cases: [string, string][] = [
    [
      'Chỉ thị số 12-CT/TW tháng 7/2021 của Ban Bí thư về đối ngoại nhân dân.',
      'Chỉ thị số 12-CT/TW tháng 1/2022 của Ban Bí thư về đối ngoại nhân dân.',
    ],
    ['Chỉ thị số 12-CT/TW tháng 7 năm 2021 của Ban Bí thư.', 'Chỉ thị số 12-CT/TW tháng 1 năm 2022 của Ban Bí thư.'],
    ['Chỉ thị số 12-CT/TW tháng 07-2021 của Ban Bí thư.', 'Chỉ thị số 12-CT/TW tháng 01-2022 của Ban Bí thư.'],
    // The document's date is itself a month: the fix is that month.
    ['Nghị quyết số 21/NQ-CP tháng 3/2023 của Chính phủ.', 'Nghị quyết số 21/NQ-CP tháng 2/2023 của Chính phủ.'],
  ];
  for (const [text, fixed] of cases) {
    const [seen] = flagged(text).filter((s) => s.code === 'document-date');
    assert.ok(seen, text);
    assert.equal(seen.finding.fixes.length, 1, text);
    assert.equal(applyFix(text, seen.finding), fixed);
    assert.notEqual(seen.finding.fixes[0].edits[0].newText, seen.text, 'the fix changes the text');
  }
});

test('a date right at month precision is silent; a day the glossary does not know is not invented', () => {
  assert.deepEqual(codes('Chỉ thị số 12-CT/TW tháng 1/2022 của Ban Bí thư.'), []);
  assert.deepEqual(codes('Nghị quyết số 21/NQ-CP tháng 2/2023 của Chính phủ.'), []);
  const [dayOnly] = flagged('Nghị quyết số 21/NQ-CP ngày 5/3/2023 của Chính phủ.').filter(
    (s) => s.code === 'document-date',
  );
  assert.ok(dayOnly);
  assert.deepEqual(dayOnly.finding.fixes, []);
});

test('the numeric style keeps its separator', () => {
  const text = 'Chỉ thị số 12-CT/TW ngày 5-1-2021 của Ban Bí thư.';
  const [seen] = flagged(text).filter((s) => s.code === 'document-date');
  assert.equal(applyFix(text, seen.finding), 'Chỉ thị số 12-CT/TW ngày 5-1-2022 của Ban Bí thư.');
});
