import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mdLink, mdText, safeHref } from './markdown';

test('inline markup from data is escaped, the words stay', () => {
  assert.equal(mdText('![x](https://e.example/i.png)'), '\\!\\[x\\](https\\://e.example/i.png)');
  assert.equal(mdText('<img src=x onerror=alert(1)>'), '\\<img src=x onerror=alert(1)\\>');
  assert.equal(
    mdText('**đậm** _nghiêng_ `mã` ~~gạch~~ a|b &amp; thu@e.example'),
    '\\*\\*đậm\\*\\* \\_nghiêng\\_ \\`mã\\` \\~\\~gạch\\~\\~ a\\|b \\&amp; thu\\@e.example',
  );
  // Ordinary Vietnamese text with dates, symbols and parentheses is left as it is.
  assert.equal(
    mdText('Nghị quyết số 34-NQ/TW ngày 9/1/2023 (bản gốc).'),
    'Nghị quyết số 34-NQ/TW ngày 9/1/2023 (bản gốc).',
  );
});

test('a glossary string cannot open a block: line breaks fold, block markers at its start are escaped', () => {
  assert.equal(mdText('# Tiêu đề\n\n![x](y)'), '\\# Tiêu đề \\!\\[x\\](y)');
  assert.equal(mdText('1. mục'), '1\\. mục');
  assert.equal(mdText('- mục'), '\\- mục');
  assert.equal(mdText('> trích'), '\\> trích');
  assert.equal(mdText('    mã thụt lề'), 'mã thụt lề');
  assert.equal(mdText('a\u2028b\r\nc\u0000d'), 'a b cd');
});

test('bare addresses are not turned into links by the renderer', () => {
  assert.equal(mdText('https://e.example/a và www.e.example'), 'https\\://e.example/a và www\\.e.example');
});

test('links only to plain http(s) addresses, percent-encoded so they cannot end early; else plain text', () => {
  assert.equal(mdLink('Báo [A]', 'https://e.example/a b'), '[Báo \\[A\\]](https://e.example/a%20b)');
  assert.equal(
    mdLink('t', 'https://e.example/a)![i](https://e.example/i.png)'),
    '[t](https://e.example/a%29!%5Bi%5D%28https://e.example/i.png%29)',
  );
  assert.equal(mdLink('bấm', 'javascript:alert(1)'), 'bấm');
  assert.equal(mdLink('x', 'data:text/html,<b>'), 'x');
  assert.equal(mdLink('x', 'https://user:pw@e.example/'), 'x');
  assert.equal(mdLink('', 'https://e.example/'), '[https\\://e.example/](https://e.example/)');
  assert.equal(safeHref('http://e.example/x?a=<b>&c=`d`|e\\f'), 'http://e.example/x?a=%3Cb%3E&c=%60d%60%7Ce%5Cf');
});
