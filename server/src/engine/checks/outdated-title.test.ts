import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, codes, flagged } from '../testing/real-glossary';

const OUTDATED = 'outdated-title';

test('a title the person no longer holds on the as-of date is flagged, with the title and name as range', () => {
  const text = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.';
  const seen = flagged(text, '2026-11-23').filter((s) => s.code === OUTDATED);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].text, 'Bộ trưởng Ngoại giao Bùi Thanh Sơn');
  assert.match(seen[0].finding.message, /8\/4\/2021/);
  assert.match(seen[0].finding.message, /Lê Hoài Trung/, 'names who holds the office now');
});

test('the same title on a date inside the tenure is silent', () => {
  assert.deepEqual(codes('Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản.', '2023-12-22'), []);
});

test('"nguyên" and "cố" make a past title correct', () => {
  assert.deepEqual(codes('Nguyên Bộ trưởng Ngoại giao Bùi Thanh Sơn dự lễ.', '2026-11-23'), []);
  assert.deepEqual(codes('Cố Tổng Bí thư Nguyễn Phú Trọng đã để lại nhiều bài viết.', '2026-11-23'), []);
});

test('a date stated in the sentence sets the date for its titles', () => {
  assert.deepEqual(
    codes('Ngày 10/9/2023, Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden.', '2026-11-23'),
    [],
  );
  assert.deepEqual(codes('Năm 2023, Bộ trưởng Bùi Thanh Sơn thăm Hàn Quốc.', '2026-11-23'), []);
  assert.deepEqual(codes('Tháng 7/2023, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung tiếp đoàn.', '2026-11-23'), []);
  // …and a dated sentence can itself be wrong.
  assert.deepEqual(codes('Ngày 5/3/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp đoàn.', '2023-01-01'), [OUTDATED]);
});

test('a horizon date ("đến năm 2030") does not move the date', () => {
  assert.deepEqual(codes('Bộ trưởng Ngoại giao Bùi Thanh Sơn nêu mục tiêu đến năm 2023.', '2026-11-23'), [OUTDATED]);
});

test('apposition after the name is checked', () => {
  const seen = flagged('Ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương, cho biết như vậy.', '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    [OUTDATED],
  );
  assert.equal(seen[0].text, 'Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương');
  assert.deepEqual(codes('Ông Lê Hoài Trung, Trưởng Ban Đối ngoại Trung ương, cho biết như vậy.', '2024-01-05'), []);
});

test('every title of a chain is checked', () => {
  const text =
    'Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa phát biểu.';
  assert.deepEqual(codes(text, '2024-11-08'), []);
  const later = flagged(text, '2026-11-23').filter((s) => s.code === OUTDATED);
  assert.ok(
    later.some((s) => s.text.startsWith('Trưởng Ban Tuyên giáo Trung ương')),
    JSON.stringify(later.map((s) => s.text)),
  );
  // He was assigned to the 14th Secretariat on 30/1/2026 (facts-2026.md A): that title of the chain is still right.
  assert.ok(!later.some((s) => s.text.startsWith('Bí thư Trung ương Đảng')), JSON.stringify(later.map((s) => s.text)));
});

test('NFD input and old-style tone placement are matched like NFC', () => {
  const nfd = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.'.normalize('NFD');
  const seen = flagged(nfd, '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    [OUTDATED],
  );
  assert.equal(seen[0].text.normalize('NFC'), 'Bộ trưởng Ngoại giao Bùi Thanh Sơn');
  assert.deepEqual(codes('Uỷ viên Bộ Chính trị, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung', '2026-11-23'), []);
});

test('the "nguyên" quick fix makes the sentence silent', () => {
  const text = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.';
  const [seen] = flagged(text, '2026-11-23');
  const fixed = applyFix(text, seen.finding, 0);
  assert.equal(fixed, 'nguyên Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.');
  assert.deepEqual(codes(fixed, '2026-11-23'), []);
});

test('a person who died gets "cố" as the fix', () => {
  const [seen] = flagged('Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị.', '2026-11-23');
  assert.equal(seen.code, OUTDATED);
  assert.match(seen.finding.fixes[0].title, /cố/);
});

test('a title not yet held on the date is flagged', () => {
  assert.deepEqual(codes('Bộ trưởng Bộ Ngoại giao Lê Hoài Trung phát biểu.', '2021-12-13'), [OUTDATED]);
});

test('current titles stay silent', () => {
  assert.deepEqual(codes('Tổng Bí thư Tô Lâm tiếp Bộ trưởng Bộ Ngoại giao Lê Hoài Trung.', '2026-11-23'), []);
  assert.deepEqual(codes('Thứ trưởng Bộ Ngoại giao Nguyễn Mạnh Cường trả lời phỏng vấn.', '2026-02-11'), []);
});

test('English messages when the locale is English', () => {
  const [seen] = flagged('Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.', '2026-11-23', { locale: 'en' });
  assert.match(
    seen.finding.message,
    /^Bộ trưởng Bộ Ngoại giao on 2026-11-23: Lê Hoài Trung\. Bùi Thanh Sơn held Bộ trưởng Bộ Ngoại giao from 2021-04-08 to 2025-10-24, no longer in office on 2026-11-23/,
  );
});

test('"nguyên" for a title the person still holds is flagged, and the fix removes it', () => {
  const text = 'Nguyên Bộ trưởng Ngoại giao Lê Hoài Trung dự lễ.';
  const seen = flagged(text, '2026-11-23');
  assert.deepEqual(
    seen.map((s) => s.code),
    [OUTDATED],
  );
  assert.match(seen[0].finding.message, /vẫn giữ chức/);
  assert.equal(applyFix(text, seen[0].finding), 'Bộ trưởng Ngoại giao Lê Hoài Trung dự lễ.');
});

test('a sentence about a period checks its titles against that period', () => {
  assert.deepEqual(
    codes('Trong giai đoạn 2021-2025, Bộ trưởng Bùi Thanh Sơn đã có nhiều chuyến công tác.', '2026-11-23'),
    [],
  );
  assert.deepEqual(codes('Giai đoạn 2026-2030, Bộ trưởng Bùi Thanh Sơn sẽ thăm nhiều nước.', '2020-01-01'), [OUTDATED]);
});
