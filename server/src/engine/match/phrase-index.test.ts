/**
 * The phrase index in its compact form: read back from its two stored values it finds exactly what the index it
 * came from finds, and adding forms after a search (the trie thawed and frozen again) equals adding them all first.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../text/normalize';
import { tokenizeText } from '../text/tokens';
import { PhraseIndex, type CaseRule, type MentionTarget } from './phrase-index';

const FORMS: Array<[string, MentionTarget, CaseRule?]> = [
  ['Bộ trưởng', { type: 'role', role: 'bộ trưởng' }],
  ['Bộ trưởng Bộ Ngoại giao', { type: 'office', id: 'bt-bng' }],
  ['Bộ Ngoại giao', { type: 'body', id: 'bng' }, 'any'],
  ['Trần Văn Minh', { type: 'person', id: 'tvm' }, 'all'],
  ['Han Duck-soo', { type: 'person', id: 'hds' }, 'all'],
  ['Bác', { type: 'honorific' }],
  ['Bác Hồ', { type: 'honorific', person: 'hcm' }],
  ['chuyển đổi số', { type: 'term', id: 'cds' }],
  ['chuyển đối số', { type: 'discouraged', termId: 'cds', index: 0 }],
  ['các bộ', { type: 'enum-head', id: 'cac-bo' }],
];
const LATER: Array<[string, MentionTarget, CaseRule?]> = [
  ['Bộ trưởng Ngoại giao', { type: 'office', id: 'bt-bng' }],
  ['Trần Văn Minh', { type: 'person', id: 'tvm' }, 'all'],
  ['Nguyễn Thị Lan', { type: 'person', id: 'ntl' }, 'all'],
];
const TEXT = [
  'Ngày 5/3/2025, Bộ trưởng Bộ Ngoại giao Trần Văn Minh gặp Han Duck-soo; cán bộ ngoại giao và các bộ dự.',
  'Bác Hồ nói về chuyển đổi số, có người viết chuyển đối số. Bộ trưởng Ngoại giao Nguyễn Thị Lan, trần văn minh.',
].join('\n');

function build(forms: Array<[string, MentionTarget, CaseRule?]>): PhraseIndex {
  const index = new PhraseIndex();
  for (const [form, target, rule] of forms) index.add(form, target, rule);
  return index;
}

function mentions(index: PhraseIndex, text = TEXT) {
  const norm = normalizeText(text);
  return index.find(norm, tokenizeText(norm)).map((m) => ({ ...m, text: norm.slice(m.start, m.end) }));
}

test('an index read back from its compact form finds the same mentions, with the same targets', () => {
  const built = build(FORMS);
  const found = mentions(built);
  assert.ok(found.length >= 8, JSON.stringify(found));
  const compact = built.toCompact();
  assert.ok(compact.ints instanceof Int32Array && typeof compact.strings === 'string');
  const copy = structuredClone(compact);
  assert.deepEqual(mentions(PhraseIndex.fromCompact(copy)), found);
  assert.deepEqual(PhraseIndex.fromCompact(copy).toCompact(), compact);
});

test('a form added twice is kept once; adding after a search equals adding everything first', () => {
  const once = build([...FORMS, ...LATER]);
  const later = build(FORMS);
  mentions(later);
  for (const [form, target, rule] of LATER) later.add(form, target, rule);
  assert.deepEqual(later.toCompact(), once.toCompact());
  assert.deepEqual(mentions(later), mentions(once));
  const revived = PhraseIndex.fromCompact(build(FORMS).toCompact());
  for (const [form, target, rule] of LATER) revived.add(form, target, rule);
  assert.deepEqual(revived.toCompact(), once.toCompact());
});

test('a compact form of another layout is refused', () => {
  const good = build(FORMS).toCompact();
  const bad = [
    { ...good, strings: good.strings.slice(1) },
    { ...good, ints: good.ints.subarray(0, good.ints.length - 1) },
    { ...good, ints: Int32Array.from(good.ints, (v, i) => (i === 0 ? 99 : v)) },
  ];
  for (const compact of bad) assert.throws(() => PhraseIndex.fromCompact(compact));
});

test('forms of plain words between single spaces are stored as the tokenizer reads any other form', () => {
  // A leading space or a trailing full stop sends a form through the tokenizer; the words and gaps are the same.
  const plain = build(FORMS.filter(([form]) => /^[\p{L} ]+$/u.test(form)));
  const tokenized = build(FORMS.filter(([form]) => /^[\p{L} ]+$/u.test(form)).map(([f, t, r]) => [` ${f}.`, t, r]));
  assert.ok(plain.toCompact().ints.length > 50);
  assert.deepEqual(tokenized.toCompact(), plain.toCompact());
  // Words are normalized as the whole form is (decomposed accents, a look-alike "ð" for "đ").
  const decomposed = build(
    FORMS.filter(([form]) => /^[\p{L} ]+$/u.test(form)).map(([f, t, r]) => [
      f.normalize('NFD').replace(/đ/g, 'ð'),
      t,
      r,
    ]),
  );
  assert.deepEqual(decomposed.toCompact(), plain.toCompact());
});
