import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realGlossary } from '../testing/real-glossary';
import { check } from '../check';
import { Glossary } from './glossary';
import { GLOSSARY_SECTIONS, type GlossaryData } from './model';
import { sectionLength, sectionsData, storeSections, type StoredSections } from './stored-sections';

const OPTIONS = { asOf: '2026-03-10', today: '2026-03-10' };
const stillStored = (data: GlossaryData) =>
  GLOSSARY_SECTIONS.filter((s) => Object.getOwnPropertyDescriptor(data, s)?.get !== undefined);

test('stored sections read back equal to the data, each parsed only when first read', () => {
  const original = realGlossary().data;
  const data = sectionsData(storeSections(original));
  assert.deepEqual(stillStored(data), [...GLOSSARY_SECTIONS]);
  for (const s of GLOSSARY_SECTIONS) assert.equal(sectionLength(data, s), original[s].length);
  assert.equal(stillStored(data).length, GLOSSARY_SECTIONS.length, 'counting parses nothing');
  assert.deepEqual(data.terms, original.terms);
  assert.equal(data.terms, data.terms, 'parsed once, then an ordinary property');
  assert.ok(!stillStored(data).includes('terms'));
  assert.deepEqual(data, original);
  // A section replaced after it was parsed is counted as it is now.
  data.terms = [];
  assert.equal(sectionLength(data, 'terms'), 0);
});

test('a Glossary over stored sections finds what one over the data finds, whichever look-up comes first', () => {
  const original = realGlossary();
  const text = [
    'Ngày 5/3/2025, Thủ tướng Phạm Minh Chính phát biểu.',
    'Theo Nghị quyết số 18-NQ/TW, Bộ Kế hoạch và Đầu tư họp.',
  ].join(' ');
  const expected = check(text, original, OPTIONS);
  assert.ok(expected.findings.length > 0, 'the text has something to report');
  const firsts: Array<(g: Glossary) => unknown> = [
    (g) => g.holdersOn('thu-tuong', { first: 0, last: 1e6 }).length,
    (g) => g.documentsByNumber.size,
    (g) => g.officesByRole.size,
    (g) => g.entryCount(),
    () => undefined,
  ];
  for (const first of firsts) {
    const stored = new Glossary(sectionsData(storeSections(original.data)), { phrases: original.phrases });
    assert.deepEqual(first(stored), first(original));
    assert.deepEqual(check(text, stored, OPTIONS), expected);
  }
});

test('stored sections of another outline are refused at once, a section of another length when read', () => {
  const good = storeSections(realGlossary().data);
  const broken = (change: (s: StoredSections) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return copy;
  };
  assert.throws(() => sectionsData(broken((s) => (s.json.people = '{}'))));
  assert.throws(() => sectionsData(broken((s) => delete (s.lengths as Partial<typeof s.lengths>).terms)));
  assert.throws(() => sectionsData({} as StoredSections));
  const wrongLength = sectionsData(broken((s) => (s.lengths.terms += 1)));
  assert.throws(() => wrongLength.terms, /terms/);
});
