import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../analysis';
import { realGlossary } from '../testing/real-glossary';
import type { Holding } from '../glossary/glossary';
import { CHANGE_OF_POST_ALL, earliestAfter, latestBefore, verbsIn } from './title-evaluation';

const PIECES = [
  'miễn nhiệm',
  'Miễn nhiệm',
  'MIỄN NHIỆM',
  'cho thôi',
  'thôi giữ chức',
  'được bầu',
  'bầu ông',
  'tiếp nhận đồng chí',
  'tái đắc cử',
  'đắc cử',
  'về công tác tại',
  'kết thúc nhiệm kỳ công tác',
  'Thứ trưởng',
  'ông',
  'Nguyễn Văn A',
  'nhiệm',
  'bầu',
  'thôi',
  '5miễn nhiệm',
  'x miễn nhiệm',
  'miễn nhiệmx',
  '2024',
  ',',
  '.',
  ' ',
  '\n',
];

test('the change-of-post verbs found at tagged tokens are those a search of each sentence finds', () => {
  const glossary = realGlossary();
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
      const text = pieces.join(' ');
      const a = analyze(text, glossary, { today: '2026-01-01' });
      for (const s of a.sentences) {
        const expected = [...a.text.norm.slice(s.start, s.end).matchAll(CHANGE_OF_POST_ALL)].map((m) => [
          s.start + m.index,
          s.start + m.index + m[0].length,
        ]);
        assert.deepEqual(verbsIn(a, s), expected, JSON.stringify(text));
      }
    }),
    { numRuns: 500 },
  );
});

test('the closest tenure before or after a day is the one filtering and a stable sort would put first', () => {
  // Windows only, from a small range so that equal ends and starts (ties) are common; `id` tells equal ones apart.
  const windows = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 6 })).map(([first, length]) => ({
      first,
      last: first + length,
    })),
    { maxLength: 12 },
  );
  fc.assert(
    fc.property(windows, fc.integer({ min: -1, max: 20 }), (ws, day) => {
      const pool = ws.map((window, id) => ({ id, window }) as unknown as Holding);
      const before = pool.filter((h) => h.window.last < day).sort((a, b) => b.window.last - a.window.last);
      const after = pool.filter((h) => h.window.first > day).sort((a, b) => a.window.first - b.window.first);
      assert.equal(latestBefore(pool, day), before[0]);
      assert.equal(earliestAfter(pool, day), after[0]);
    }),
    { numRuns: 2000 },
  );
});
