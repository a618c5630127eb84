import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAsOf } from './as-of';

const asOf = (text: string, setting?: string) => resolveAsOf(text, { asOf: setting, today: '2026-11-23' });

test('the date the document states wins: front matter, first line, dateline', () => {
  assert.deepEqual(asOf('---\ntitle: x\ndate: 2023-12-22\n---\nBody', '2020-01-01').date, '2023-12-22');
  assert.equal(asOf('---\ndate: "2023-12-22T09:30:00+07:00"\n---\n').date, '2023-12-22');
  assert.equal(asOf('---\nngày: 22/12/2023\n---\n').date, '2023-12-22');
  assert.equal(asOf('date 2021-12-13\nBody').date, '2021-12-13');
  const dl = asOf('BỘ NGOẠI GIAO\n\nHà Nội, ngày 5 tháng 3 năm 2026\n\nNội dung.');
  assert.deepEqual([dl.date, dl.source], ['2026-03-05', 'document']);
});

test('else the setting, else today; impossible dates are ignored', () => {
  assert.deepEqual(asOf('Không ghi ngày.', '2024-01-05'), { date: '2024-01-05', source: 'setting' });
  assert.deepEqual(asOf('Không ghi ngày.'), { date: '2026-11-23', source: 'today' });
  assert.equal(asOf('---\ndate: 2026-02-30\n---\n').source, 'today');
});

test('a dateline far down the text is a reported event, not the document date', () => {
  const text = `${'Đoạn văn.\n'.repeat(30)}Hà Nội, ngày 5 tháng 3 năm 2020\n`;
  assert.equal(asOf(text).source, 'today');
});
