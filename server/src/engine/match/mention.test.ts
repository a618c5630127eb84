/** A mention's kind is the number of its target's type, the same numbering the compact index stores. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeText } from '../text/normalize';
import { tokenizeText } from '../text/tokens';
import * as kinds from './mention';
import { kindOf, TARGET_TYPES, type MentionTarget } from './mention';
import { PhraseIndex } from './phrase-index';

test('kindOf and the KIND_ constants number target types as the compact index does', () => {
  TARGET_TYPES.forEach((type, i) => assert.equal(kindOf({ type }), i, type));
  const constants: Record<string, number> = {
    person: kinds.KIND_PERSON,
    honorific: kinds.KIND_HONORIFIC,
    office: kinds.KIND_OFFICE,
    role: kinds.KIND_ROLE,
    body: kinds.KIND_BODY,
    term: kinds.KIND_TERM,
    discouraged: kinds.KIND_DISCOURAGED,
    'enum-head': kinds.KIND_ENUM_HEAD,
  };
  assert.deepEqual(Object.keys(constants), [...TARGET_TYPES]);
  TARGET_TYPES.forEach((type, i) => assert.equal(constants[type], i, type));
});

test('every mention found carries the kind of its target', () => {
  const forms: Array<[string, MentionTarget]> = [
    ['Bộ trưởng', { type: 'role', role: 'bộ trưởng' }],
    ['Bộ trưởng Bộ Ngoại giao', { type: 'office', id: 'bt' }],
    ['Bộ Ngoại giao', { type: 'body', id: 'bng' }],
    ['Trần Văn Minh', { type: 'person', id: 'tvm' }],
    ['Bác Hồ', { type: 'honorific', person: 'hcm' }],
    ['chuyển đổi số', { type: 'term', id: 'cds' }],
    ['chuyển đối số', { type: 'discouraged', termId: 'cds', index: 0 }],
    ['các bộ', { type: 'enum-head', id: 'cac-bo' }],
  ];
  const index = new PhraseIndex();
  for (const [form, target] of forms) index.add(form, target);
  const norm = normalizeText(
    'Bộ trưởng Bộ Ngoại giao Trần Văn Minh, Bộ Ngoại giao, Bác Hồ, chuyển đổi số, chuyển đối số, các bộ, Bộ trưởng.',
  );
  const found = index.find(norm, tokenizeText(norm));
  assert.equal(new Set(found.map((m) => m.target.type)).size, 8);
  for (const m of found) assert.equal(m.kind, kindOf(m.target), m.target.type);
});
