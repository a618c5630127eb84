/**
 * How real prose is read: dates that do not date the titles, posts being left, titles inside names, chains that
 * start with someone else's title, acting titles, people who died in office. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, flagged } from '../testing/real-glossary';

const loud = (text: string, asOf: string) =>
  flagged(text, asOf).filter((s) => s.finding.severity === 'error' || s.finding.severity === 'warning');
const texts = (text: string, asOf: string) => loud(text, asOf).map((s) => `${s.code} ${s.text}`);

test('a birth year or a career start later in the sentence does not date the title', () => {
  assert.deepEqual(texts('Bộ trưởng Ngoại giao Bùi Thanh Sơn sinh năm 1962 ở Hà Nội.', '2022-03-01'), []);
  assert.deepEqual(
    texts('Bộ trưởng Bùi Thanh Sơn làm việc trong ngành từ năm 1987, qua nhiều vị trí.', '2022-03-01'),
    [],
  );
  assert.deepEqual(
    texts('Bộ trưởng Bùi Thanh Sơn được tuyển vào ngành tháng 2/1985 sau khi học xong.', '2022-03-01'),
    [],
  );
});

test('a date that opens the sentence still dates the titles after it', () => {
  assert.deepEqual(
    texts('Ngày 5/3/2023, Thủ tướng Lê Minh Hưng tiếp đoàn khách.', '2026-11-23').map((x) => x.split(' ')[0]),
    ['outdated-title'],
  );
  assert.deepEqual(texts('Ngày 10/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp đoàn khách.', '2026-11-23'), []);
});

test('in a sentence about a change of post, the post being left is not stale', () => {
  assert.deepEqual(
    texts(
      'Sau khi Quốc hội miễn nhiệm Chủ tịch nước Võ Văn Thưởng, bà Võ Thị Ánh Xuân giữ quyền từ 21/3.',
      '2024-04-10',
    ),
    [],
  );
});

test('a title after "của" in a chain belongs to someone else', () => {
  const text = 'Thừa ủy quyền của Thủ tướng, Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn trao quyết định.';
  assert.deepEqual(texts(text, '2025-03-01'), []);
});

test('titles inside the names of places and bodies are not titles', () => {
  assert.deepEqual(texts('Lễ đón diễn ra tại Phủ Chủ tịch, Bộ trưởng Ngoại giao Bùi Thanh Sơn dự.', '2023-05-01'), []);
  assert.deepEqual(texts('Thay mặt Ban Bí thư, đồng chí Trần Cẩm Tú phát biểu.', '2025-03-01'), []);
});

test('apposition after a dash is read like apposition after a comma', () => {
  assert.deepEqual(
    texts('Ông Lê Hoài Trung – Trưởng Ban Đối ngoại Trung ương phát biểu.', '2026-11-23').map((x) => x.split(' ')[0]),
    ['outdated-title'],
  );
  assert.deepEqual(texts('Ông Lê Hoài Trung – Trưởng Ban Đối ngoại Trung ương phát biểu.', '2023-05-01'), []);
});

test('acting titles: right during the acting period, stale after it, and the full title is not right before it', () => {
  assert.deepEqual(texts('Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.', '2025-09-10'), []);
  const after = loud('Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.', '2026-11-23');
  assert.equal(after.length, 1);
  assert.match(after[0].finding.message, /^Bỏ "Quyền"/);
  assert.equal(
    applyFix('Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.', after[0].finding),
    'Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.',
  );
  const during = loud('Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.', '2025-09-10');
  assert.match(during[0].finding.message, /^Viết "Quyền Bộ trưởng Bộ Ngoại giao"/);
  assert.equal(
    applyFix('Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.', during[0].finding),
    'Quyền Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.',
  );
});

test('someone who died in office named by that office afterwards is only a hint towards "cố"', () => {
  const seen = flagged('Lễ viếng Tổng Bí thư Nguyễn Phú Trọng được tổ chức trang trọng.', '2024-07-25').filter(
    (s) => s.code === 'outdated-title',
  );
  assert.equal(seen.length, 1);
  assert.equal(seen[0].finding.severity, 'information');
  assert.match(seen[0].finding.message, /^Nên viết "cố Tổng Bí thư"/);
});

test('a dissolved body inside a title: the fix gives "nguyên …", never a title that does not exist', () => {
  const text = 'Đồng chí Trưởng Ban Đối ngoại Trung ương phát biểu.';
  const [seen] = flagged(text, '2026-11-23').filter((s) => s.code === 'dissolved-body');
  assert.equal(seen.text, 'Trưởng Ban Đối ngoại Trung ương');
  assert.match(seen.finding.message, /^Nay là Bộ Ngoại giao/);
  assert.equal(applyFix(text, seen.finding), 'Đồng chí nguyên Trưởng Ban Đối ngoại Trung ương phát biểu.');
  assert.ok(seen.finding.fixes.every((f) => !f.edits.some((e) => e.newText.startsWith('Trưởng Bộ'))));
});

test('outdated-title messages lead with what to write', () => {
  const [seen] = flagged('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung phát biểu.', '2026-11-23');
  assert.match(seen.finding.message, /^Nay là Bộ trưởng Bộ Ngoại giao\./);
});

test('an acting holder is described as "Quyền …"', () => {
  const [seen] = flagged('Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung phát biểu.', '2025-09-10').filter(
    (s) => s.code === 'outdated-title',
  );
  assert.match(seen.finding.message, /^Nay là Quyền Bộ trưởng Bộ Ngoại giao\./);
  assert.ok(seen.finding.fixes.some((f) => f.edits.some((e) => e.newText === 'Quyền Bộ trưởng Bộ Ngoại giao')));
});

test('a title not yet held by less than a year on a stated date, but held when written: information, check the year', () => {
  const [seen] = flagged('Ngày 7/2/2025, Ủy viên Bộ Chính trị Lê Hoài Trung phát biểu.', '2026-02-11').filter(
    (s) => s.code === 'outdated-title',
  );
  assert.equal(seen.finding.severity, 'information');
  assert.match(seen.finding.message, /Kiểm tra lại ngày 7\/2\/2025/);
  // Years before: an anachronism, still a warning.
  assert.equal(loud('Ngày 5/3/2023, Thủ tướng Lê Minh Hưng tiếp đoàn khách.', '2026-11-23').length, 1);
});
