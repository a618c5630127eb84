import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

test('a document attributed to the wrong body is flagged and fixed', () => {
  const text = 'Chỉ thị 12-CT/TW của Bộ Chính trị về đối ngoại nhân dân.';
  const seen = flagged(text).filter((s) => s.code === 'document-issuer');
  assert.equal(seen.length, 1);
  assert.equal(seen[0].text, 'Bộ Chính trị');
  // The fix writes the issuer's official name.
  assert.match(
    applyFix(text, seen[0].finding),
    /^Chỉ thị 12-CT\/TW của Ban Bí thư( Trung ương Đảng)? về đối ngoại nhân dân\.$/,
  );
});

test('the right issuer is silent', () => {
  assert.deepEqual(codes('Chỉ thị 32-CT/TW của Bộ Chính trị về quan hệ đối ngoại đảng.'), []);
});
