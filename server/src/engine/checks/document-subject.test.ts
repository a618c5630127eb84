import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, flagged } from '../testing/real-glossary';

test("a number cited with another document's subject names the right document", () => {
  const seen = flagged('Chỉ thị 12-CT/TW về công tác ngoại giao kinh tế phục vụ phát triển đất nước.').filter(
    (s) => s.code === 'document-subject',
  );
  assert.equal(seen.length, 1);
  assert.match(seen[0].finding.message, /15-CT\/TW/);
  assert.equal(seen[0].finding.fixes[0].edits[0].newText, '15-CT/TW');
});

test('the stated subject matching the document, even loosely or with a typo, is silent', () => {
  assert.deepEqual(codes('Chỉ thị 12 về nâng cao hiệu quả đối ngoại nhân dân.'), []);
  assert.deepEqual(codes('Chỉ thị 15 của Ban Bí thư về công tác ngoại giao kinh tế.'), []);
});

test('a subject that names another document exactly is flagged even when it shares common words', () => {
  const seen = flagged('Chỉ thị số 32-CT/TW ngày 18/2/2019 của Bộ Chính trị về đối ngoại nhân dân.').filter(
    (s) => s.code === 'document-subject',
  );
  assert.equal(seen.length, 1);
  assert.match(seen[0].finding.message, /12-CT\/TW/);
});

test('a subject that cites another document is judged by what comes before that citation', () => {
  assert.deepEqual(
    flagged('Thực hiện Nghị quyết 21 của Chính phủ về triển khai Chỉ thị 15 của Ban Bí thư.', '2023-12-22').filter(
      (s) => s.code === 'document-subject',
    ),
    [],
  );
});
