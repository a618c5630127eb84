/**
 * datesFor shares its answers (per sentence and count of dates before the statement, and per as-of day): they must
 * equal the answer made afresh from statedDatesFor, as datesFor made it before, at every offset of any text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, datesFor, statedDatesFor, type Analysis, type StatementDates } from './analysis';
import { realGlossary } from './testing/real-glossary';

function reference(a: Analysis, offset: number): StatementDates {
  const stated = statedDatesFor(a, offset);
  if (!stated) return { windows: [{ first: a.asOfDay, last: a.asOfDay }], stated: false, trailing: false };
  return { windows: stated.dates.map((d) => d.window), stated: true, trailing: stated.trailing };
}

// Pieces of sentences written for this test: dates in the forms the date search reads, titles, plain words, breaks.
const PIECES = [
  'Ngày 10/9/2023, ',
  'vào tháng 2/1985 ',
  'năm 2016 ',
  'trong năm 2023 ',
  'giai đoạn 2016-2021 ',
  '(1992-2022) ',
  'ngày 5 tháng 3 năm 2025 ',
  'Thủ tướng Chính phủ ',
  'Bộ trưởng Bộ Ngoại giao ',
  'Chủ tịch nước ',
  'ông Trần Văn An ',
  'đã gặp đoàn khách ',
  'và phát biểu ',
  '. ',
  '.\n\n',
];

test('datesFor answers as statedDatesFor reads the sentence, at every offset, asked once or again', () => {
  const glossary = realGlossary();
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 }),
      fc.constantFrom('2020-01-01', '2026-11-23'),
      (pieces, today) => {
        const text = pieces.join('');
        const a = analyze(text, glossary, { today });
        for (let round = 0; round < 2; round++)
          for (let offset = 0; offset <= a.text.norm.length; offset++)
            assert.deepEqual(datesFor(a, offset), reference(a, offset), `${offset} in ${JSON.stringify(text)}`);
      },
    ),
    { numRuns: 300 },
  );
});

test('the as-of answer follows the analysis asked about', () => {
  const glossary = realGlossary();
  const early = analyze('Thủ tướng Chính phủ phát biểu.', glossary, { today: '2020-01-01' });
  const late = analyze('Thủ tướng Chính phủ phát biểu.', glossary, { today: '2026-11-23' });
  for (const a of [early, late, early]) assert.deepEqual(datesFor(a, 3), reference(a, 3));
});
