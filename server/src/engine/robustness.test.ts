/** The server must never crash on any text: check, complete and hover over hostile input. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, complete, hover } from './index';
import { realGlossary } from './testing/real-glossary';

// A small deterministic generator, so a failure can be replayed.
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

const PIECES = [
  'Bộ trưởng',
  'Ngoại giao',
  'Bùi Thanh Sơn',
  'Nghị quyết',
  'số',
  '34-NQ/TW',
  '34/NQ-TW',
  'ngày',
  '9/1/2023',
  '31/2/2023',
  'của',
  'Bộ Chính trị',
  'về',
  '"',
  '“',
  '(',
  ')',
  ',',
  '.',
  '\n',
  '\r\n',
  '---\ndate: 2026-13-45\n---',
  'Hà Nội, ngày 99 tháng 99 năm 2026',
  'nguyên',
  'cố',
  'Đại hội',
  '14',
  'hai',
  'trụ cột đối ngoại',
  'Ban Đối ngoại Trung ương',
  '\u0301',
  '\u200b',
  '\ud800',
  '\udfff',
  '\u00a0',
  '–',
  'Ð',
  'Tô Lâm',
  'kiêm',
  'ông',
  '9999999999',
  'Chỉ thị',
  '12',
  'Đề án',
  'Luật',
  '/',
  '-',
  'năm',
  'tháng',
  'ngày 0/0/0000',
  '🙂',
  'x'.repeat(3000),
];

test('check, complete and hover never throw on random text', () => {
  const g = realGlossary();
  const next = rng(42);
  for (let round = 0; round < 300; round++) {
    const n = 1 + Math.floor(next() * 40);
    let text = '';
    for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
    if (next() < 0.3) text = text.normalize('NFD');
    const r = check(text, g, { asOf: '2026-11-23' });
    for (const f of r.findings) {
      assert.ok(
        f.start >= 0 && f.end <= text.length && f.start <= f.end,
        `range inside the text: ${JSON.stringify(text)}`,
      );
      for (const fix of f.fixes)
        for (const e of fix.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
    }
    const at = Math.floor(next() * (text.length + 1));
    complete(text, at, g, {});
    hover(text, at, g, {});
  }
});

test('empty and whitespace-only documents are fine', () => {
  const g = realGlossary();
  for (const text of ['', ' ', '\n\n', '---\n---\n']) {
    assert.deepEqual(check(text, g, { asOf: '2026-11-23' }).findings, []);
    assert.deepEqual(complete(text, text.length, g), []);
    assert.equal(hover(text, 0, g), null);
  }
});
