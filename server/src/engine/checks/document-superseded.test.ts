import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flagged } from '../testing/real-glossary';

const superseded = (text: string, asOf: string) => flagged(text, asOf).filter((s) => s.code === 'document-superseded');

test('citing a replaced document after its replacement names the replacement', () => {
  const seen = superseded('Thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân.', '2026-11-23');
  assert.equal(seen.length, 1);
  assert.equal(seen[0].finding.severity, 'information');
  assert.match(seen[0].finding.message, /^Nay là Chỉ thị 12-CT\/TW/);
});

test('before the replacement existed the citation is silent', () => {
  assert.deepEqual(
    superseded('Thực hiện Chỉ thị số 04-CT/TW của Ban Bí thư về công tác đối ngoại nhân dân.', '2015-05-01'),
    [],
  );
});
