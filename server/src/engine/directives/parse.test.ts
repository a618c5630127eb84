import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDirective } from './format';
import { lineAt, lineStarts } from '../text/lines';
import { parseDirectives } from './parse';

const kindsAndCodes = (text: string) => parseDirectives(text).map((d) => [d.kind, d.codes]);

test('the three forms in Markdown comments, with and without codes', () => {
  const text = [
    '<!-- chinh-danh-disable-next-line outdated-title -->',
    '<!--chinh-danh-disable-->',
    '<!-- chinh-danh-enable term-variant, count-mismatch -->',
    '<!-- chinh-danh-disable-next-line -->',
  ].join('\n');
  assert.deepEqual(kindsAndCodes(text), [
    ['disable-next-line', ['outdated-title']],
    ['disable', 'all'],
    ['enable', ['term-variant', 'count-mismatch']],
    ['disable-next-line', 'all'],
  ]);
});

test('the three forms on %% lines, leading spaces allowed, not in the middle of a line', () => {
  const text = [
    '%% chinh-danh-disable-next-line wrong-title',
    '  %%chinh-danh-disable',
    '%% chinh-danh-enable',
    'x %% chinh-danh-disable',
  ].join('\n');
  assert.deepEqual(kindsAndCodes(text), [
    ['disable-next-line', ['wrong-title']],
    ['disable', 'all'],
    ['enable', 'all'],
  ]);
});

test('unknown codes are dropped silently; a directive naming only unknown codes silences nothing', () => {
  const [d] = parseDirectives('<!-- chinh-danh-disable-next-line outdated-titel term-variant -->');
  assert.deepEqual(d.codes, ['term-variant']);
  assert.deepEqual(d.unknown, ['outdated-titel']);
  assert.deepEqual(parseDirectives('%% chinh-danh-disable-next-line outdated-titel')[0].codes, []);
});

test('a reason after " -- " is not read as codes; word-processor dashes in codes are read as hyphens', () => {
  assert.deepEqual(kindsAndCodes('<!-- chinh-danh-disable-next-line outdated-title -- trích nguyên văn 2019 -->'), [
    ['disable-next-line', ['outdated-title']],
  ]);
  assert.deepEqual(kindsAndCodes('%% chinh-danh-disable -- đoạn lịch sử'), [['disable', 'all']]);
  const dashed = '%% chinh-danh-disable-next-line Outdated\u2013title';
  assert.deepEqual(kindsAndCodes(dashed), [['disable-next-line', ['outdated-title']]]);
});

test('unsupported forms and look-alike names are not directives', () => {
  const text = '<!-- chinh-danh-disable-line -->\n<!-- chinh-danh-disabled -->\n%% chinh-danh-ignore\n';
  assert.deepEqual(kindsAndCodes(text), []);
  assert.deepEqual(kindsAndCodes('Văn bản bình thường về chính danh.'), []);
});

test('a Markdown comment may span lines; CRLF lines are counted as an editor counts them', () => {
  const text = 'a\r\n<!--\r\n  chinh-danh-disable-next-line\r\n-->\r\nb';
  const [d] = parseDirectives(text);
  const starts = lineStarts(text);
  assert.deepEqual([lineAt(starts, d.start), lineAt(starts, d.end - 1)], [1, 3]);
  assert.deepEqual(lineStarts('a\rb\r\nc\nd'), [0, 2, 5, 7]);
});

test('formatted directives parse back to what was meant', () => {
  for (const style of ['markdown', 'plain'] as const) {
    const text = formatDirective(style, 'disable-next-line', ['outdated-title', 'term-variant']);
    assert.deepEqual(kindsAndCodes(text), [['disable-next-line', ['outdated-title', 'term-variant']]], text);
  }
  assert.equal(formatDirective('markdown', 'disable'), '<!-- chinh-danh-disable -->');
  assert.equal(formatDirective('plain', 'enable', ['wrong-title']), '%% chinh-danh-enable wrong-title');
});

test('unclosed comment openers are not directives, and a closed one after them still is', () => {
  const unclosed = '<!-- chinh-danh-disable x\n'.repeat(20_000);
  assert.deepEqual(kindsAndCodes(unclosed), []);
  assert.deepEqual(kindsAndCodes(`<!-- chinh-danh-disable -->\n${unclosed}`), [['disable', 'all']]);
});
