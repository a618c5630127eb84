import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('a Party document written State-style is flagged and fixed', () => {
  const text = 'Theo Nghị quyết 34/NQ-TW, đối ngoại Đảng giữ vai trò định hướng.';
  const seen = flagged(text).filter((s) => s.code === 'document-symbol');
  assert.equal(seen.length, 1);
  assert.equal(seen[0].text, '34/NQ-TW');
  assert.equal(applyFix(text, seen[0].finding), 'Theo Nghị quyết 34-NQ/TW, đối ngoại Đảng giữ vai trò định hướng.');
});

test('a State document written Party-style is flagged', () => {
  const seen = flagged('Chính phủ ban hành Nghị quyết 21-NQ/CP về ngoại giao kinh tế.').filter(
    (s) => s.code === 'document-symbol',
  );
  assert.equal(seen.length, 1);
  assert.match(seen[0].finding.fixes[0].edits[0].newText, /^21\/NQ-CP$/);
});

test('unknown documents get the format rules too', () => {
  assert.ok(codes('Kết luận 99/KL-TW của Bộ Chính trị').includes('document-symbol'));
});

test('well-formed symbols are silent', () => {
  assert.deepEqual(codes('Nghị quyết số 34-NQ/TW, Nghị quyết 21/NQ-CP và Nghị quyết 250/2025/QH15.'), []);
  assert.deepEqual(codes('Nghị định 28/2025/NĐ-CP quy định chức năng của Bộ Ngoại giao.'), []);
});

test('NFD text, en dashes and full-width slashes: same finding, offsets in the original text', () => {
  const text = 'Theo Nghị quyết 34／NQ–TW, đối ngoại Đảng giữ vai trò định hướng.'.normalize('NFD');
  const seen = flagged(text).filter((s) => s.code === 'document-symbol');
  assert.equal(seen.length, 1);
  assert.equal(seen[0].text, '34／NQ–TW');
  assert.equal(
    applyFix(text, seen[0].finding).normalize('NFC'),
    'Theo Nghị quyết 34-NQ/TW, đối ngoại Đảng giữ vai trò định hướng.',
  );
});

test('an Assembly symbol carries the code of the term its year falls in', () => {
  const text = 'Căn cứ Nghị quyết số 12/2027/QH15 của Quốc hội về kế hoạch năm.';
  const seen = flagged(text, '2027-06-01').filter((s) => s.code === 'document-symbol');
  assert.equal(seen.length, 1);
  assert.equal(applyFix(text, seen[0].finding), 'Căn cứ Nghị quyết số 12/2027/QH16 của Quốc hội về kế hoạch năm.');
  // 2026 is the hand-over year: either code may be right.
  assert.deepEqual(
    flagged('Nghị quyết số 12/2026/QH15 của Quốc hội.', '2026-06-01').filter((s) => s.code === 'document-symbol'),
    [],
  );
  assert.deepEqual(
    flagged('Nghị quyết số 12/2024/QH15 của Quốc hội.', '2024-06-01').filter((s) => s.code === 'document-symbol'),
    [],
  );
});
