import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAYBE_SPECIAL, prepareText } from './normalize';
import { charClass, SPECIAL } from './chars';
import { sentenceSpans } from './sentences';

test('NFD text is matched as NFC and offsets map back into the original', () => {
  const original = 'Bộ trưởng Ngoại giao'.normalize('NFD');
  const p = prepareText(original);
  assert.equal(p.norm, 'Bộ trưởng Ngoại giao');
  assert.equal(p.toOriginal(p.norm.length), original.length);
  assert.equal(original.slice(p.toOriginal(10), p.toOriginal(15)).normalize('NFC'), 'Ngoại');
});

test('a long run of combining marks is normalized piecewise, keeping every offset inside the text', () => {
  const original = 'a' + '\u0301\u0323'.repeat(50_000) + ' Bộ';
  const p = prepareText(original);
  assert.ok(p.norm.endsWith(' Bộ'));
  for (const i of [0, 1, 17, p.norm.length - 1, p.norm.length])
    assert.ok(p.toOriginal(i) >= 0 && p.toOriginal(i) <= original.length);
  assert.equal(p.toOriginal(p.norm.length), original.length);
});

test('a lone CR ends a sentence like LF and CRLF do', () => {
  const text = 'Dòng một\rDòng hai\r\nDòng ba\nDòng bốn';
  assert.deepEqual(
    sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim()),
    ['Dòng một', 'Dòng hai', 'Dòng ba', 'Dòng bốn'],
  );
});

test('the characters prepareText skips without looking are ones it would never change', () => {
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (MAYBE_SPECIAL.test(ch)) continue;
    assert.equal(charClass(c) & SPECIAL, 0, `U+${c.toString(16)}`);
    assert.equal(ch.normalize('NFC'), ch);
  }
});
