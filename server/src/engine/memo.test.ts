import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoSlot, type Memoizable } from './memo';

test('a memo is computed once per object and slot, and slots do not share values', () => {
  const a: Memoizable = {};
  const b: Memoizable = {};
  const lengths = new MemoSlot<number>();
  const names = new MemoSlot<string>();
  let computed = 0;
  const length = (o: Memoizable) => lengths.of(o, () => ++computed);
  assert.equal(length(a), 1);
  assert.equal(length(a), 1, 'asked again: the memo, not a second computation');
  assert.equal(length(b), 2, 'another object has its own');
  assert.equal(
    names.of(a, () => 'a'),
    'a',
  );
  assert.equal(length(a), 1, 'another slot on the same object leaves this one alone');
  assert.equal(computed, 2);
});
