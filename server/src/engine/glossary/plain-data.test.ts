import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePlain, encodeInstance, encodePlain, reviveInstance, type Encoded } from './plain-data';

const roundTrip = (v: unknown) => decodePlain(JSON.parse(JSON.stringify(encodePlain(v))) as Encoded);

test('plain trees of objects, arrays, Maps and Sets come back equal through JSON', () => {
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
    nested: new Map([['m', { deep: new Set<unknown>() }]]),
    empty: {},
  };
  assert.deepEqual(roundTrip(tree), tree);
});

test('what JSON cannot reproduce exactly is refused, so it is never stored', () => {
  const shared = { s: 1 };
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  class Node {
    x = 1;
  }
  for (const v of [
    { u: undefined },
    [1, undefined],
    { n: NaN },
    { f: () => 1 },
    [shared, shared],
    cyclic,
    new Node(),
    { d: new Date(0) },
    { r: /x/ },
    { big: 1n },
    { [Symbol('s')]: 1 },
    { '\u0000map': [] },
    Object.defineProperty({}, 'g', { get: () => 1, enumerable: true }),
    // eslint-disable-next-line no-sparse-arrays
    [1, , 3],
  ])
    assert.equal(encodePlain(v), undefined, String(Object.keys(v as object)));
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
  const fields = JSON.parse(JSON.stringify(encodeInstance(original))) as Encoded;
  const revived = reviveInstance(fields, new Index());
  assert.ok(revived instanceof Index);
  assert.equal(revived.size(), 4);
  assert.deepEqual(revived, original);
  class Other {
    readonly root = new Map();
    extra = 1;
  }
  assert.throws(() => reviveInstance(fields, new Other()), /shape/);
  assert.throws(() => decodePlain({ '\u0000map': [1] }), /bad map/);
});
