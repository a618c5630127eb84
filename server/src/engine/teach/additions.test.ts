import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realGlossary } from '../testing/real-glossary';
import { glossaryAdditions } from './additions';

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, needle);
  return [i, i + needle.length] as const;
};
const additions = (text: string, needle: string, asOf = '2026-11-23', locale: 'vi' | 'en' = 'vi') =>
  glossaryAdditions(text, realGlossary(), { asOf, locale }, ...at(text, needle));

// Made-up names: the glossary knows neither.
test('an unknown name with a known title: add the person, from the draft’s own date', () => {
  const text = 'date: 2026-11-20\n\nThứ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.\n';
  const [a] = additions(text, 'Văn');
  assert.deepEqual(
    { person: a.person, office: a.office.id, from: a.from, draftDate: a.draftDate, acting: a.acting },
    {
      person: { id: 'trinh-van-thu', name: 'Trịnh Văn Thử', known: false },
      office: 'thu-truong-bo-ngoai-giao',
      from: '2026-11-20',
      draftDate: '2026-11-20',
      acting: false,
    },
  );
  assert.equal(text.slice(a.start, a.end), 'Thứ trưởng Bộ Ngoại giao Trịnh Văn Thử');
  assert.equal(a.title, 'Thêm "Trịnh Văn Thử – Thứ trưởng Bộ Ngoại giao" vào bảng thuật ngữ của không gian làm việc');
  assert.equal(
    additions(text, 'Văn', '2026-11-23', 'en')[0].title,
    'Add "Trịnh Văn Thử, Thứ trưởng Bộ Ngoại giao" to the workspace glossary',
  );
});

test('the date the sentence states keeps its precision: a month is a month, a year a year', () => {
  const month = 'Tháng 7/2024, Phó Thủ tướng Phùng Văn Mẫu thăm Lào.';
  assert.equal(additions(month, 'Mẫu')[0].from, '2024-07');
  const year = 'Trong năm 2023, Phó Thủ tướng Phùng Văn Mẫu thăm Lào.';
  assert.equal(additions(year, 'Mẫu')[0].from, '2023');
  assert.equal(additions(month, 'Mẫu')[0].draftDate, undefined, 'the draft states no date of its own');
});

test('a known person written with an office the glossary does not show then: add the tenure', () => {
  const text = 'Ngày 20/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.';
  const [a] = additions(text, 'Bùi Thanh Sơn');
  assert.equal(a.person.known, true);
  assert.equal(a.person.id, 'bui-thanh-son');
  assert.equal(a.office.id, 'bo-truong-bo-ngoai-giao');
  assert.equal(a.from, '2026-11-20');
});

test('nothing to add: a title held then, a former title, a range elsewhere', () => {
  assert.deepEqual(additions('Ngày 10/9/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.', 'Bùi'), []);
  assert.deepEqual(additions('Nguyên Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu.', 'Bùi'), []);
  const text = 'Thứ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.\n\nMột đoạn khác không có tên người.';
  assert.deepEqual(additions(text, 'Một đoạn'), []);
});

test('"Quyền …" adds an acting tenure', () => {
  const [a] = additions('Quyền Thứ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.', 'Thử');
  assert.equal(a.acting, true);
  assert.match(a.title, /Quyền Thứ trưởng Bộ Ngoại giao/);
});
