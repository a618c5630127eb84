import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hover } from './hover';
import { realGlossary } from '../testing/real-glossary';

const over = (text: string, word: string, asOf = '2026-11-23', locale: 'vi' | 'en' = 'vi') =>
  hover(text, text.indexOf(word) + 1, realGlossary(), { asOf, locale });

test('a person: timeline, titles on the date, who holds offices they left', () => {
  const h = over('Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu.', 'Bùi Thanh Sơn')!;
  assert.equal(h.ref, 'bui-thanh-son');
  assert.match(h.markdown, /\| Bộ trưởng Bộ Ngoại giao \| 8\/4\/2021 \| 24\/10\/2025 \|/);
  assert.match(h.markdown, /Người giữ chức Bộ trưởng Bộ Ngoại giao: Lê Hoài Trung/);
});

test('a document citation: full citation, status and sources', () => {
  const h = over('Theo Chỉ thị 12-CT/TW, …', 'Chỉ thị')!;
  assert.match(h.markdown, /Chỉ thị số 12-CT\/TW ngày 5\/1\/2022 của Ban Bí thư/);
  assert.match(h.markdown, /Hiệu lực:/);
  assert.match(h.markdown, /Nguồn:/);
});

test('a dissolved body says when it ended and its successor; a term its definition', () => {
  assert.match(over('Ban Đối ngoại Trung ương', 'Đối ngoại')!.markdown, /Kế tục: Bộ Ngoại giao/);
  assert.ok(over('giữ vững tự chủ chiến lược', 'tự chủ')!.markdown.length > 40);
});

test('English locale', () => {
  assert.match(over('Ban Đối ngoại Trung ương', 'Đối ngoại', '2026-11-23', 'en')!.markdown, /Successor: Bộ Ngoại giao/);
});
