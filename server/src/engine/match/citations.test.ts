import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCitations, DOCUMENT_KINDS } from './citations';
import { tokenizeText } from '../text/tokens';

// Pieces a citation head is made of, in any case and order, with the separators its pattern allows and some it does
// not: the digit test must never drop a head the pattern matches.
const PIECES = [
  ...DOCUMENT_KINDS,
  ...DOCUMENT_KINDS.map((k) => k.toUpperCase()),
  'quy',
  'kết quả',
  'số',
  'so',
  'Số',
  ':',
  ' ',
  '  ',
  '\t',
  '\n',
  ',',
  '5',
  '34',
  '250',
  '123456',
  '-NQ/TW',
  '/2025/QH15',
  'số34',
  '5Luật',
  'x',
  'ngày 9/1/2023',
  'của',
  'về việc',
  '"',
];

test('the digit test before the head pattern finds exactly the citations of trying every start', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
      const norm = pieces.join(' ').replace(/ {3,}/g, '  ') + pieces.join('');
      const tokens = tokenizeText(norm);
      assert.deepEqual(findCitations(norm, tokens, [], true), findCitations(norm, tokens, [], false));
    }),
    { numRuns: 3000 },
  );
});

test('a head is found with its number several words after the kind', () => {
  const norm = 'theo Chương trình hành động số: 12-CTr/TW và Luật 5';
  const found = findCitations(norm, tokenizeText(norm), []).map((c) => c.number.text);
  assert.deepEqual(found, ['12', '5']);
});
