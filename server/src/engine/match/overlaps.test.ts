import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { resolveOverlaps } from './overlaps';
import { kindOf, mentionClass, type Mention, type MentionClass, type MentionTarget } from './mention';

/** The choice as first written: group by class, sort each, keep the longest, sort the result. */
function reference(raw: Mention[]): Mention[] {
  const byClass = new Map<MentionClass, Mention[]>();
  for (const m of raw) {
    const c = mentionClass(m.target);
    const list = byClass.get(c) ?? [];
    list.push(m);
    byClass.set(c, list);
  }
  const kept: Mention[] = [];
  for (const list of byClass.values()) {
    list.sort((a, b) => a.first - b.first || b.last - a.last);
    let end = -1;
    for (const m of list) {
      if (m.first < end) {
        const prev = kept[kept.length - 1];
        if (prev && prev.first === m.first && prev.last === m.last) kept.push(m);
        continue;
      }
      kept.push(m);
      end = m.last;
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

const TARGETS: MentionTarget[] = [
  { type: 'person', id: 'a' },
  { type: 'office', id: 'b' },
  { type: 'office', id: 'c' },
  { type: 'role', role: 'r' },
  { type: 'body', id: 'd' },
  { type: 'term', id: 'e' },
  { type: 'enum-head', id: 'f' },
];

/** Raw mentions in the order the trie walk yields them: by first token, then last token, then as found. */
/** A mention of tokens [first, last), five characters per token. */
function mention(first: number, last: number, target: MentionTarget): Mention {
  return { first, last, start: first * 5, end: last * 5 - 1, target, kind: kindOf(target) };
}

const rawMentions = fc
  .array(
    fc.record({ first: fc.nat(12), length: fc.integer({ min: 1, max: 4 }), target: fc.constantFrom(...TARGETS) }),
    { maxLength: 40 },
  )
  .map((list) =>
    list
      .map(({ first, length, target }, found) => ({ first, last: first + length, target, found }))
      .sort((a, b) => a.first - b.first || a.last - b.last || a.found - b.found)
      .map(({ first, last, target }) => mention(first, last, target)),
  );

test('resolveOverlaps keeps the same mentions in the same order as grouping and sorting would', () => {
  fc.assert(
    fc.property(rawMentions, (raw) => {
      assert.deepEqual(resolveOverlaps([...raw]), reference([...raw]));
    }),
    { numRuns: 2000 },
  );
});

test('a title inside a longer title gives way; two offices written alike both stand', () => {
  const short = mention(0, 2, TARGETS[3]);
  const long = mention(0, 4, TARGETS[1]);
  const twin = mention(0, 4, TARGETS[2]);
  const name = mention(4, 6, TARGETS[0]);
  assert.deepEqual(resolveOverlaps([short, long, twin, name]), [long, twin, name]);
});

test('every target type is grouped by its mention class', () => {
  // resolveOverlaps numbers the classes itself: a mention of each type beside one of every other type on the same
  // span must stand or give way exactly as mentionClass groups them.
  const all: MentionTarget[] = [...TARGETS, { type: 'honorific' }, { type: 'discouraged', termId: 't', index: 0 }];
  for (const a of all)
    for (const b of all) {
      const inner: Mention = { first: 1, last: 2, start: 5, end: 9, target: a, kind: kindOf(a) };
      const outer: Mention = { first: 0, last: 3, start: 0, end: 14, target: b, kind: kindOf(b) };
      const kept = resolveOverlaps([outer, inner]);
      assert.equal(kept.includes(inner), mentionClass(a) !== mentionClass(b), `${a.type} inside ${b.type}`);
    }
});
