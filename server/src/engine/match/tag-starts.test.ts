import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { syllableKey } from '../text/normalize';
import { tagKeys, tokenizeText } from '../text/tokens';
import { tagStartsBefore } from './tag-starts';

const TAG = tagKeys(['Luật', 'khoá'].map(syllableKey));

test('tagStartsBefore lists what Tokens.starts does, cut before the offset', () => {
  const pieces = fc.constantFrom(
    'Luật ',
    'luật ',
    'khoá ',
    'Khoá',
    '5Luật ',
    '12khoá',
    'số ',
    '15',
    ', ',
    ' ',
    'Quốc hội ',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 12 }), fc.nat(80), (ps, before) => {
      const tokens = tokenizeText(ps.join(''));
      const expected = tokens.starts(TAG).filter((at) => at < before);
      assert.deepStrictEqual(tagStartsBefore(tokens, TAG, before), expected);
    }),
    { numRuns: 3000, seed: 11 },
  );
});
