/** Directives against the real checks: each form silences what it names, where it says, and nothing else. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, type Finding } from '../index';
import { realGlossary } from '../testing/real-glossary';
import { dropSilenced } from './suppress';

const OPTIONS = { asOf: '2026-11-23', today: '2026-11-23' } as const;
/** Two findings on one line (outdated-title, term-variant), and a term-variant on the next. */
const LINE = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn dự Đại hội 14.';
const NEXT = 'Đại hội 14 bế mạc.';
const TITLE = 'outdated-title@Bộ trưởng Ngoại giao Bùi Thanh Sơn';
const TERM = 'term-variant@Đại hội 14';

function found(text: string): string[] {
  return check(text, realGlossary(), OPTIONS).findings.map((f) => `${f.code}@${text.slice(f.start, f.end)}`);
}
const lines = (...ls: string[]) => ls.join('\n') + '\n';

test('without directives both lines are flagged (the baseline the other tests silence)', () => {
  assert.deepEqual(found(lines(LINE, NEXT)), [TITLE, TERM, TERM]);
});

test('disable-next-line with a code silences that one finding and only that one', () => {
  const spellings = [
    '<!-- chinh-danh-disable-next-line outdated-title -->',
    '%% chinh-danh-disable-next-line outdated-title',
  ];
  for (const directive of spellings) assert.deepEqual(found(lines(directive, LINE, NEXT)), [TERM, TERM], directive);
});

test('disable-next-line without codes silences every code on the next line, not the line after', () => {
  for (const directive of ['<!-- chinh-danh-disable-next-line -->', '%% chinh-danh-disable-next-line']) {
    const text = lines(directive, LINE, NEXT);
    const kept = check(text, realGlossary(), OPTIONS).findings;
    assert.deepEqual(
      kept.map((f) => [f.code, f.start]),
      [['term-variant', text.indexOf(NEXT)]],
      directive,
    );
  }
});

test('stacked next-line directives (one per code) all apply to the text line below them', () => {
  const text = lines(
    '%% chinh-danh-disable-next-line outdated-title',
    '<!-- chinh-danh-disable-next-line term-variant -->',
    LINE,
  );
  assert.deepEqual(found(text), []);
});

test('a next-line directive followed by a blank line silences nothing', () => {
  assert.equal(found(lines('<!-- chinh-danh-disable-next-line -->', '', LINE)).length, 2);
});

test('a region without codes silences everything between disable and enable', () => {
  const pairs = [
    ['<!-- chinh-danh-disable -->', '<!-- chinh-danh-enable -->'],
    ['%% chinh-danh-disable', '%% chinh-danh-enable'],
  ];
  for (const [off, on] of pairs) {
    assert.deepEqual(found(lines(LINE, off, LINE, NEXT, on, NEXT)), [TITLE, TERM, TERM], off);
  }
});

test('a region with codes silences only those codes; an unclosed region runs to the end', () => {
  assert.deepEqual(found(lines('<!-- chinh-danh-disable term-variant -->', LINE, NEXT)), [TITLE]);
  // "enable" with a code closes only that code: outdated-title stays silenced after it.
  const text = lines('%% chinh-danh-disable', LINE, '%% chinh-danh-enable term-variant', LINE);
  assert.deepEqual(found(text), [TERM]);
});

test('an inline region silences only the words between its comments', () => {
  const text = 'Đại hội 14 và <!-- chinh-danh-disable -->Đại hội 14<!-- chinh-danh-enable --> và Đại hội 14.';
  const starts = check(text, realGlossary(), OPTIONS).findings.map((f) => f.start);
  assert.deepEqual(starts, [0, text.lastIndexOf('Đại hội 14')]);
});

test('unknown codes are ignored: a typo silences nothing, a known code beside it still works', () => {
  assert.equal(found(lines('<!-- chinh-danh-disable-next-line outdated-titel -->', LINE)).length, 2);
  assert.deepEqual(found(lines('<!-- chinh-danh-disable-next-line outdated-titel, term-variant -->', LINE)), [TITLE]);
});

test('NFD text: the finding below the directive is silenced and the others keep their original offsets', () => {
  const text = lines(LINE, '%% chinh-danh-disable-next-line outdated-title', LINE, NEXT).normalize('NFD');
  const kept = check(text, realGlossary(), OPTIONS).findings;
  assert.deepEqual(
    kept.map((f) => f.code),
    ['outdated-title', 'term-variant', 'term-variant', 'term-variant'],
  );
  assert.equal(kept[0].start, 0);
  const second = text.indexOf('Đại hội 14'.normalize('NFD'), text.indexOf('%%'));
  assert.equal(kept[2].start, second);
});

test('CRLF line endings: next-line and regions work the same', () => {
  const crlf = (...ls: string[]) => ls.join('\r\n') + '\r\n';
  assert.deepEqual(found(crlf('<!-- chinh-danh-disable-next-line outdated-title -->', LINE, NEXT)), [TERM, TERM]);
  assert.deepEqual(found(crlf('%% chinh-danh-disable-next-line', LINE, NEXT)), [TERM]);
  assert.deepEqual(found(crlf('%% chinh-danh-disable', LINE, '%% chinh-danh-enable', NEXT)), [TERM]);
});

test('dropSilenced judges a finding by where it starts', () => {
  const text = 'x\n%% chinh-danh-disable-next-line term-variant\nabc\ndef\n';
  const at = (start: number): Finding => ({
    code: 'term-variant',
    start,
    end: start + 5,
    severity: 'warning',
    message: '',
    fixes: [],
  });
  const [abc, def] = [text.indexOf('abc'), text.indexOf('def')];
  assert.deepEqual(
    dropSilenced(text, [at(0), at(abc), at(abc + 2), at(def)]).map((f) => f.start),
    [0, def],
  );
});
