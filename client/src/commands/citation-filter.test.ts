import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterCitations, foldForSearch } from './citation-filter';

const items = [
  {
    label: 'Nghị quyết 34-NQ/TW',
    citation: 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị',
    detail: 'đối ngoại',
  },
  { label: 'Chỉ thị 120-CT/TW', citation: 'Chỉ thị số 120-CT/TW', detail: 'khác' },
  {
    label: 'Chỉ thị 12-CT/TW',
    citation: 'Chỉ thị số 12-CT/TW ngày 5/1/2022 của Ban Bí thư',
    detail: 'đối ngoại nhân dân',
  },
];

test('typing without diacritics finds the document, the exact number first', () => {
  assert.equal(foldForSearch('Chỉ thị số 12-CT/TW'), 'chi thi so 12 ct tw');
  assert.deepEqual(
    filterCitations(items, 'chi thi 12').map((i) => i.label),
    ['Chỉ thị 12-CT/TW'],
  );
  assert.deepEqual(
    filterCitations(items, 'Chỉ thị 12').map((i) => i.label),
    ['Chỉ thị 12-CT/TW'],
  );
  assert.deepEqual(
    filterCitations(items, 'doi ngoai').map((i) => i.label),
    ['Nghị quyết 34-NQ/TW', 'Chỉ thị 12-CT/TW'],
  );
  assert.equal(filterCitations(items, '').length, 3);
});
