import { test } from 'node:test';
import assert from 'node:assert/strict';
import { complete, completeList, describeCandidate, MAX_CANDIDATES } from './complete';
import { realGlossary } from '../testing/real-glossary';

const at = (text: string, asOf = '2026-11-23') => complete(text, text.length, realGlossary(), { asOf });

test('typing without diacritics finds the term', () => {
  const [first] = at('Cần giữ vững tu chu chien');
  assert.ok(first.insertText.startsWith('tự chủ chiến lược'), first.insertText);
  assert.equal(first.replaceStart, 'Cần giữ vững '.length);
});

test('a person comes with the title valid on the as-of date', () => {
  assert.equal(at('Hôm nay to lam')[0].insertText, 'Tổng Bí thư Tô Lâm');
  const in2023 = at('Hôm nay to lam', '2023-06-01').map((c) => c.insertText);
  assert.ok(!in2023.some((t) => t.startsWith('Tổng Bí thư')), JSON.stringify(in2023));
});

test('a typed title offers the person who holds it on the date, and not former holders', () => {
  const items = at('bo truong bo ngoai').map((c) => c.insertText);
  assert.equal(items[0], 'Bộ trưởng Bộ Ngoại giao Lê Hoài Trung');
  assert.ok(!items.some((t) => t.includes('Bùi Thanh Sơn')));
  assert.equal(at('bo truong bo ngoai', '2023-06-01')[0].insertText, 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn');
});

test('"nghi quyet 34" and "34-NQ" insert the full citation', () => {
  const full = 'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về';
  assert.ok(at('theo nghi quyet 34')[0].insertText.startsWith(full));
  const bySymbol = at('theo 34-NQ');
  assert.ok(bySymbol[0].insertText.startsWith(full));
  assert.equal(bySymbol[0].replaceStart, 'theo '.length);
});

test('NFD text before the cursor keeps offsets in the original text', () => {
  const text = 'Hôm nay'.normalize('NFD') + ' to lam';
  const [first] = complete(text, text.length, realGlossary(), { asOf: '2026-11-23' });
  assert.equal(first.replaceStart, text.length - 'to lam'.length);
});

test('nothing is offered after punctuation or for a single letter', () => {
  assert.deepEqual(at('Tô Lâm. '), []);
  assert.deepEqual(at('t'), []);
});

test('a CR ends a line as LF does, and only the end of a very long line is read', () => {
  const cr = 'Dòng trước có chữ Bộ\rto lam';
  const [first] = complete(cr, cr.length, realGlossary(), { asOf: '2026-11-23' });
  assert.equal(first.replaceStart, cr.length - 'to lam'.length);
  const long = 'Một câu rất dài, '.repeat(100_000) + 'tong bi thu';
  const found = complete(long, long.length, realGlossary(), { asOf: '2026-11-23' });
  assert.ok(found.length > 0);
  assert.equal(found[0].replaceStart, long.length - 'tong bi thu'.length);
  // A word glued to a megabyte of combining marks is no syllable anyone types.
  const marks = 'e' + '\u0301\u0323'.repeat(500_000);
  assert.deepEqual(complete(marks, marks.length, realGlossary(), { asOf: '2026-11-23' }), []);
});

test('a short prefix that matches many entries gives the best-ranked candidates, each described', () => {
  const items = at('Hôm nay bo');
  assert.ok(items.length > 10 && items.length <= MAX_CANDIDATES, String(items.length));
  const keys = items.map((c) => c.sortKey);
  assert.deepEqual(keys, [...keys].sort());
  assert.ok(items.every((c) => c.documentation));
});

/** The object without its undefined properties (what deepEqual compares with a property left out). */
function withoutUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

test('a list cut at MAX_CANDIDATES says it is incomplete; a short one says it is complete', () => {
  const text = 'Hôm nay bo';
  const cut = completeList(text, text.length, realGlossary(), { asOf: '2026-11-23' });
  assert.equal(cut.candidates.length, MAX_CANDIDATES);
  assert.equal(cut.incomplete, true);
  const exact = 'Hôm nay to lam';
  assert.equal(completeList(exact, exact.length, realGlossary(), { asOf: '2026-11-23' }).incomplete, false);
});

test('without documentation the list is the same, and each description is what describeCandidate writes', () => {
  for (const [text, asOf, locale] of [
    ['Hôm nay bo', '2026-11-23', 'vi'],
    ['theo nghi quyet 34', '2026-11-23', 'en'],
    ['bo truong bo ngoai', '2023-06-01', 'vi'],
  ] as const) {
    const full = completeList(text, text.length, realGlossary(), { asOf, locale });
    const lean = completeList(text, text.length, realGlossary(), { asOf, locale }, { documentation: false });
    assert.ok(lean.candidates.every((c) => c.documentation === undefined));
    assert.deepEqual(
      lean.candidates.map(withoutUndefined),
      full.candidates.map((c) => withoutUndefined({ ...c, documentation: undefined })),
    );
    for (const c of full.candidates)
      assert.equal(describeCandidate(realGlossary(), c.kind, c.ref, full.asOfDay, locale), c.documentation);
  }
  assert.equal(describeCandidate(realGlossary(), 'person', 'no-such-person', 20_000, 'vi'), undefined);
});
