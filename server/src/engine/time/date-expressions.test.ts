import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDateExpressions } from './date-expressions';
import { dayToIso, isoToDay, isValidDate } from './dates';

const iso = (text: string, ref?: string) =>
  findDateExpressions(text, 0, text.length, ref ? isoToDay(ref) : undefined).map(
    (e) => `${dayToIso(e.window.first)}..${dayToIso(e.window.last)}`,
  );

test('the ways prose writes dates', () => {
  assert.deepEqual(iso('Ngày 10/9/2023, hai bên'), ['2023-09-10..2023-09-10']);
  assert.deepEqual(iso('ngày 23 tháng 11 năm 2026'), ['2026-11-23..2026-11-23']);
  assert.deepEqual(iso('tháng 7/2023'), ['2023-07-01..2023-07-31']);
  assert.deepEqual(iso('năm 2023'), ['2023-01-01..2023-12-31']);
  assert.deepEqual(iso('31/2/2023 là ngày không có'), []);
});

test('a day and month without a year is the most recent such day on or before the reference', () => {
  assert.deepEqual(iso('Sáng 28/10, tại Hà Nội', '2024-01-05'), ['2023-10-28..2023-10-28']);
  assert.deepEqual(iso('Chiều 5/3, Bộ trưởng tiếp', '2026-11-23'), ['2026-03-05..2026-03-05']);
  assert.deepEqual(iso('Sáng 28/10, tại Hà Nội'), [], 'ignored without a reference');
  assert.deepEqual(iso('tỷ lệ 3/4 số phiếu', '2026-11-23'), [], 'a fraction is not a date');
});

test('a period of years is one window', () => {
  assert.deepEqual(iso('giai đoạn 2021-2025'), ['2021-01-01..2025-12-31']);
  assert.deepEqual(iso('Nhiệm kỳ 2021 – 2026'), ['2021-01-01..2026-12-31']);
});

test('the search may stop two characters after the last digit: every date ends with a digit', () => {
  const pieces = fc.constantFrom(
    'ngày ',
    'Ngày ',
    'tháng ',
    'năm ',
    'sáng ',
    '2021',
    '2025',
    '1999',
    '12',
    '5',
    '30',
    '/',
    '-',
    '.',
    '–',
    ' ',
    ', ',
    'giai đoạn ',
    'đến ',
    'QH',
    'a',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 14 }), fc.array(pieces, { maxLength: 4 }), (ps, tail) => {
      const s = ps.join('') + tail.filter((p) => !/[0-9]/.test(p)).join('');
      let last = -1;
      for (let i = 0; i < s.length; i++) if (/[0-9]/.test(s[i])) last = i;
      const ref = isoToDay('2026-11-24');
      const cut = Math.min(s.length, last + 1 + 2);
      assert.deepStrictEqual(findDateExpressions(s, 0, cut, ref), findDateExpressions(s, 0, s.length, ref));
    }),
    { numRuns: 3000, seed: 5 },
  );
});

test('isValidDate counts days in months exactly as a Date would', () => {
  const byDate = (y: number, m: number, d: number) => {
    if (m < 1 || m > 12 || d < 1 || y < 1800 || y > 2200) return false;
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  };
  const odd = [NaN, Infinity, -Infinity, 0.5, 2.5, -1];
  for (const y of [1799, 1800, 1900, 2000, 2023, 2024, 2100, 2200, 2201, 2024.5, ...odd])
    for (const m of [0, 1, 2, 4, 12, 13, ...odd])
      for (const d of [0, 1, 28, 29, 30, 31, 32, ...odd])
        assert.equal(isValidDate(y, m, d), byDate(y, m, d), `${y}-${m}-${d}`);
});
