import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('a fixed enumeration with the wrong count is flagged and fixed in the same style', () => {
  const text = 'Cần phát huy hai trụ cột đối ngoại.';
  const seen = flagged(text);
  assert.deepEqual(
    seen.map((s) => s.code),
    ['count-mismatch'],
  );
  assert.equal(seen[0].text, 'hai trụ cột đối ngoại');
  assert.equal(applyFix(text, seen[0].finding), 'Cần phát huy ba trụ cột đối ngoại.');
  assert.deepEqual(codes('Thực hiện 3 chuyển đổi lớn.'), ['count-mismatch']);
});

test('the right count is silent', () => {
  assert.deepEqual(
    codes('Ba trụ cột đối ngoại gồm đối ngoại Đảng, ngoại giao Nhà nước và đối ngoại Nhân dân; 4 chuyển đổi lớn.'),
    [],
  );
});
