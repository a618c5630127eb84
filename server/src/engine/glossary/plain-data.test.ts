import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deserialize, serialize } from 'node:v8';
import { instanceFields, isPlainData, reviveInstance } from './plain-data';

test('plain data — objects, arrays, Maps, Sets, typed arrays, shared parts — is what a clone reproduces', () => {
  const shared = { s: [1] };
  const tree = {
    a: [
      1,
      -0.5,
      'x',
      true,
      null,
      {
        b: new Map<unknown, unknown>([
          ['k', new Set(['s', 2])],
          [3, [new Map()]],
        ]),
      },
    ],
    nested: new Map([['m', { deep: new Set<unknown>(), codes: new Int32Array([1, 2]) }]]),
    twice: [shared, shared],
    empty: Object.create(null) as object,
  };
  assert.ok(isPlainData(tree));
  const copy = deserialize(serialize(tree)) as typeof tree;
  assert.deepEqual(copy.nested, tree.nested);
  assert.equal(copy.twice[0], copy.twice[1]);
});

test('what a clone would not reproduce is refused, so it is never stored', () => {
  class Node {
    x = 1;
  }
  const withExtra = Object.assign([1, 2], { extra: true });
  // eslint-disable-next-line no-sparse-arrays
  const sparse = [1, , 3];
  for (const v of [
    { f: () => 1 },
    new Node(),
    { inner: new Node() },
    { d: new Date(0) },
    { r: /x/ },
    { big: 1n },
    { [Symbol('s')]: 1 },
    Object.defineProperty({}, 'g', { get: () => 1, enumerable: true }),
    Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }),
    withExtra,
    sparse,
    Object.assign(new Map(), { tag: 1 }),
    Buffer.from('x'),
  ])
    assert.equal(isPlainData(v), false, String(v));
});

test('an instance is revived with its prototype, and only into the same shape of its class', () => {
  class Index {
    readonly root = new Map<string, number[]>();
    count = 0;
    size(): number {
      return this.root.size + this.count;
    }
  }
  const original = new Index();
  original.root.set('a', [1, 2]);
  original.count = 3;
  const fields = deserialize(serialize(instanceFields(original))) as unknown;
  const revived = reviveInstance(fields, new Index());
  assert.ok(revived instanceof Index);
  assert.equal(revived.size(), 4);
  assert.deepEqual(revived, original);
  class Other {
    readonly root = new Map();
    extra = 1;
  }
  assert.throws(() => reviveInstance(fields, new Other()), /shape/);
  class WithClass {
    readonly when = new Date();
  }
  assert.equal(instanceFields(new WithClass()), undefined);
});
