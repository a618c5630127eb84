/**
 * The incremental checker against the full check: after any sequence of edits its result is `check`'s, its hover the
 * engine's, and an edit re-analyses only the paragraphs it touched. Drafts are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { check, hover, type CheckOptions } from '../index';
import { finish } from '../analysis';
import { editArbitrary, editSpan, type Edit } from '../testing/edits';
import { realGlossary } from '../testing/real-glossary';
import { DocumentChecker } from './document-checker';

const OPTIONS: CheckOptions = { asOf: '2026-11-23', today: '2026-11-23' };

/** Pieces of drafts: titles and names the glossary knows, dates, citations, breaks, directives, look-alikes. */
const PIECES = [
  'Bộ trưởng Ngoại giao Bùi Thanh Sơn',
  'Thủ tướng Phạm Minh Chính',
  'Tổng Bí thư Tô Lâm',
  'ông Nguyễn Văn Bình, Thứ trưởng Bộ Ngoại giao,',
  'nguyên ',
  'Quyền ',
  'Chủ tịch nước',
  'Ban Đối ngoại Trung ương',
  'Ban Tuyên giáo Trung ương (cũ)',
  'Bộ Chính trị',
  'bộ chính trị',
  'Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về công tác đối ngoại',
  'Chỉ thị 12-CT/TW',
  'Quyết định 5Luật 7',
  'theo Nghị quyết "về một vấn đề',
  'Đại hội 14',
  'Đại hội XIV',
  'khóa XIII',
  'nhiệm kỳ 2016-2021',
  'hai trụ cột đối ngoại',
  'Ngày 10/9/2023, ',
  'Sáng 28/10, ',
  'vào tháng 7/2024',
  'năm 2020',
  'sinh năm 1962',
  'giai đoạn 2021-2025',
  'được bổ nhiệm',
  'hội đàm với',
  'tiếp đoàn khách',
  ', ',
  '. ',
  ' – ',
  '(',
  ')',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '\r',
  '\r\r',
  '\n  \n',
  '<!-- chinh-danh-disable-next-line -->\n',
  '<!-- chinh-danh-disable outdated-title -->',
  '<!-- chinh-danh-enable -->',
  '%% chinh-danh-disable-next-line term-variant\n',
  'Hà Nội, ngày 5 tháng 3 năm 2021\n',
  '---\ndate: 2022-06-01\n---\n',
  'date 2019-05-05\n',
  '\u00a0',
  '\u200b',
  '\u0301',
  'Ð',
];

const piece = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.constantFrom(...PIECES).map((p) => p.normalize('NFD')),
  fc.string({ maxLength: 4 }),
);
const draft = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(' '));

const edit = editArbitrary(
  fc.oneof(
    piece,
    fc.constant(''),
    fc.array(piece, { maxLength: 4 }).map((ps) => ps.join('')),
  ),
  30,
);

function apply(text: string, e: Edit): string {
  const { start, end } = editSpan(text.length, e);
  return text.slice(0, start) + e.insert + text.slice(end);
}

const optionSets: CheckOptions[] = [
  OPTIONS,
  { asOf: '2021-04-08', today: '2026-11-23', locale: 'en' },
  { today: '2024-02-02', severity: { capitalization: 'error', 'outdated-title': 'off' } },
];

test('after any sequence of edits, run() equals check() and hover() equals the engine hover', () => {
  const g = realGlossary();
  fc.assert(
    fc.property(
      draft,
      fc.array(fc.tuple(edit, fc.nat({ max: 2 }), fc.nat()), { minLength: 1, maxLength: 12 }),
      (start, edits) => {
        const checker = new DocumentChecker(g);
        let text = start;
        const none: [Edit, number, number] = [{ at: 0, remove: 0, insert: '' }, 0, 0];
        for (const [e, o, h] of [none, ...edits]) {
          text = apply(text, e);
          const options = optionSets[o];
          assert.deepStrictEqual(finish(checker.run(text, options)), check(text, g, options));
          const offset = text.length ? h % (text.length + 1) : 0;
          assert.deepStrictEqual(checker.hover(text, offset, options), hover(text, offset, g, options));
        }
      },
    ),
    { numRuns: 150, seed: 20261123 },
  );
});

/** A draft of many paragraphs, each a little different, so none is shared with another. */
function longDraft(paragraphs: number): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++)
    out.push(
      `Đoạn ${i}: Ngày ${(i % 27) + 1}/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ số ${i}. ` +
        `Theo Nghị quyết số 34-NQ/TW của Bộ Chính trị, hai bên trao đổi về Đại hội 14.`,
    );
  return out.join('\n\n');
}

test('a one-character edit re-analyses only the paragraph it is in', () => {
  const checker = new DocumentChecker(realGlossary());
  let text = longDraft(200);
  finish(checker.run(text, OPTIONS));
  const first = checker.analysed;
  assert.equal(first, 200);
  const at = text.indexOf('Đoạn 117:') + 'Đoạn 117: Ngày'.length;
  text = text.slice(0, at) + 'x' + text.slice(at);
  const result = finish(checker.run(text, OPTIONS));
  assert.equal(checker.analysed - first, 1);
  assert.deepStrictEqual(result, check(text, realGlossary(), OPTIONS));
  // A paragraph break typed in the middle of one makes two new paragraphs; nothing else is re-analysed.
  const mid = text.indexOf('Đoạn 50:') + 40;
  text = text.slice(0, mid) + '\n\n' + text.slice(mid);
  const before = checker.analysed;
  assert.deepStrictEqual(finish(checker.run(text, OPTIONS)), check(text, realGlossary(), OPTIONS));
  assert.equal(checker.analysed - before, 2);
});

test('what the whole document decides is followed: its as-of date, its options, its directives', () => {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  const body = longDraft(20);
  let text = `Hà Nội, ngày 5 tháng 3 năm 2021\n\n${body}`;
  finish(checker.run(text, OPTIONS));
  let before = checker.analysed;
  // Another stated date dates every paragraph anew.
  text = text.replace('năm 2021', 'năm 2026');
  assert.deepStrictEqual(finish(checker.run(text, OPTIONS)), check(text, g, OPTIONS));
  assert.equal(checker.analysed - before, 21);
  // Other options too.
  before = checker.analysed;
  const en = { ...OPTIONS, locale: 'en' as const };
  assert.deepStrictEqual(finish(checker.run(text, en)), check(text, g, en));
  assert.equal(checker.analysed - before, 21);
  // A directive silences findings in other paragraphs without re-analysing them.
  before = checker.analysed;
  text = text.replace('Đoạn 3:', '<!-- chinh-danh-disable -->\n\nĐoạn 3:');
  const silenced = finish(checker.run(text, en));
  assert.deepStrictEqual(silenced, check(text, g, en));
  assert.ok(checker.analysed - before <= 2);
  assert.ok(silenced.findings.every((f) => f.start < text.indexOf('Đoạn 3:')));
});

test('a long check pauses often, and a check abandoned half-way leaves a correct checker', () => {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  const text = longDraft(1500);
  const steps = checker.run(text, OPTIONS);
  let pauses = 0;
  while (!steps.next().done && pauses < 3) pauses++;
  assert.equal(pauses, 3, 'it paused before finishing');
  const done = checker.analysed;
  assert.ok(done > 0 && done < 1500);
  // Abandoned: the next run (of an edited text) is still exact, and does not redo what the first one did.
  const edited = text.replace('Đoạn 1499:', 'Đoạn 1499 (sửa):');
  const run = checker.run(edited, OPTIONS);
  let r = run.next();
  let more = 0;
  while (!r.done) {
    more++;
    r = run.next();
  }
  assert.ok(more > 0);
  assert.equal(checker.analysed, 1500);
  assert.deepStrictEqual(r.value, check(edited, g, OPTIONS));
});

test('one long paragraph (no blank line) pauses between the stages of its analysis', () => {
  const g = realGlossary();
  const text = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp đoàn khách ngày 9/1/2023. '.repeat(3000);
  const run = new DocumentChecker(g).run(text, OPTIONS);
  let r = run.next();
  let pauses = 0;
  while (!r.done) {
    pauses++;
    r = run.next();
  }
  assert.ok(pauses >= 5, `paused ${pauses} times`);
  assert.deepStrictEqual(r.value, check(text, g, OPTIONS));
});

test('a document on one line is checked in units: an edit re-checks the unit it is in', () => {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  const sentence = (i: number) =>
    `Ngày ${(i % 27) + 1}/3/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ số ${i}. `;
  let text = Array.from({ length: 4000 }, (_, i) => sentence(i)).join('');
  finish(checker.run(text, OPTIONS));
  const first = checker.analysed;
  assert.ok(first > 3, `${first} units for ${text.length} characters`);
  const at = text.indexOf('Đại sứ số 2000.') + 3;
  text = text.slice(0, at) + 'x' + text.slice(at);
  assert.deepStrictEqual(finish(checker.run(text, OPTIONS)), check(text, g, OPTIONS));
  assert.ok(checker.analysed - first <= 2, `re-analysed ${checker.analysed - first}`);
  for (const offset of [at, at + 40_000, 5])
    assert.deepStrictEqual(checker.hover(text, offset, OPTIONS), hover(text, offset, g, OPTIONS));
});

test('hover while the first check is paused, and after an edit before the next check, equals the engine hover', () => {
  const g = realGlossary();
  fc.assert(
    fc.property(
      fc.array(draft, { minLength: 1, maxLength: 12 }),
      fc.nat({ max: 30 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      edit,
      (paragraphs, steps, offsets, e) => {
        const checker = new DocumentChecker(g);
        let text = paragraphs.join('\n\n');
        const run = checker.run(text, OPTIONS);
        let r = run.next();
        for (let i = 0; i < steps && !r.done; i++) r = run.next();
        const at = (o: number) => (text.length ? o % (text.length + 1) : 0);
        for (const o of offsets)
          assert.deepStrictEqual(checker.hover(text, at(o), OPTIONS), hover(text, at(o), g, OPTIONS));
        while (!r.done) r = run.next();
        assert.deepStrictEqual(r.value, check(text, g, OPTIONS));
        text = apply(text, e);
        for (const o of offsets)
          assert.deepStrictEqual(checker.hover(text, at(o), OPTIONS), hover(text, at(o), g, OPTIONS));
        assert.deepStrictEqual(finish(checker.run(text, OPTIONS)), check(text, g, OPTIONS));
      },
    ),
    { numRuns: 100, seed: 20261124 },
  );
});

test('hover on a huge draft before its first check splits it only as far as the cursor', () => {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  const text = longDraft(4000);
  assert.ok(text.length > 512 * 1024, 'the split pauses');
  assert.deepStrictEqual(checker.hover(text, 40, OPTIONS), hover(text, 40, g, OPTIONS));
  // The check goes on from that split; a hover while its split is paused reads it and splits on to the cursor.
  const run = checker.run(text, OPTIONS);
  assert.equal(run.next().done, false);
  assert.equal(checker.analysed, 0, 'still splitting');
  const end = text.length - 10;
  assert.deepStrictEqual(checker.hover(text, end, OPTIONS), hover(text, end, g, OPTIONS));
  assert.deepStrictEqual(finish(run), check(text, g, OPTIONS));
});

test('a draft with many findings pauses while it moves them, not only while it analyses', () => {
  const g = realGlossary();
  const checker = new DocumentChecker(g);
  // One title and name over and over, no blank line: 8 KB units that all read alike, each with ~230 findings.
  let text = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn '.repeat(6000);
  const first = finish(checker.run(text, OPTIONS));
  assert.ok(first.findings.length >= 5000, `${first.findings.length} findings`);
  // An edit at the start: every other unit is unchanged, and only moving their findings is left to do.
  text = 'Đoàn tới. ' + text;
  const run = checker.run(text, OPTIONS);
  const analysed = checker.analysed;
  let r = run.next();
  let pauses = 0;
  while (!r.done) {
    pauses++;
    r = run.next();
  }
  assert.ok(checker.analysed - analysed <= 2, `re-analysed ${checker.analysed - analysed}`);
  assert.ok(pauses >= Math.floor(first.findings.length / 1000), `${pauses} pauses for ${first.findings.length}`);
  assert.deepStrictEqual(r.value, check(text, g, OPTIONS));
});
