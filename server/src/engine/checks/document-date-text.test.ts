import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDateExpressions } from '../time/date-expressions';
import { isoToDay } from '../time/dates';
import { rewriteDate } from './document-date-text';

/** The first date expression of `text` rewritten to `real`. */
function fix(text: string, real: string, reference = '2024-11-23'): string | undefined {
  const [expr] = findDateExpressions(text, 0, text.length, isoToDay(reference));
  assert.ok(expr, `no date in ${text}`);
  return rewriteDate(text.slice(expr.start, expr.end), expr, real);
}

test('month precision stays a month, in the writer’s words', () => {
  assert.equal(fix('tháng 7/2024', '2024-08-15'), 'tháng 8/2024');
  assert.equal(fix('tháng 7/2024', '2024-08'), 'tháng 8/2024');
  assert.equal(fix('tháng 7 năm 2024', '2023-12-01'), 'tháng 12 năm 2023');
  assert.equal(fix('tháng 07-2024', '2024-08-01'), 'tháng 08-2024');
  assert.equal(fix('Tháng 7/2024', '2024-08-01'), 'Tháng 8/2024');
});

test('a month that is already right gives no rewrite; a year-only fact cannot fix a month', () => {
  assert.equal(fix('tháng 8/2024', '2024-08-15'), undefined);
  assert.equal(fix('tháng 7/2024', '2024'), undefined);
});

test('day precision keeps its style and never invents a day', () => {
  assert.equal(fix('ngày 9 tháng 1 năm 2023', '2023-02-10'), 'ngày 10 tháng 2 năm 2023');
  assert.equal(fix('9/1/2023', '2023-02-10'), '10/2/2023');
  assert.equal(fix('09.01.2023', '2023-02-05'), '05.02.2023');
  assert.equal(fix('9/1/2023', '2023-02'), undefined);
  // Without a year, the year stays out when the reader would assume the right one.
  assert.equal(fix('ngày 5/3', '2024-03-06'), '6/3');
  assert.equal(fix('ngày 5/3', '2023-03-06'), '6/3/2023');
});

test('a year stays a year; a period is not rewritten', () => {
  assert.equal(fix('năm 2021', '2022-01-05'), 'năm 2022');
  assert.equal(fix('2021-2025', '2022-01-05'), undefined);
});
