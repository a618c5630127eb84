/**
 * .docx drafts through the built CLI as a process: the fixture is written by the test itself (test/cli/docx-fixture.ts)
 * with a title in a table cell and one in a footnote, checked as of 2026-11-23, when the title is outdated.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import { ensureBuilt } from '../support/build';
import { makeDocx, OUTDATED, type DocxFixture } from './docx-fixture';
import { cli } from './run-cli';

const LINE = /^du-thao\.docx:(\d+):(\d+) warning outdated-title .+$/;

/** The document's text as Word would show it: every <w:t> of a part, by paragraph. */
async function paragraphsOf(file: string, part: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file(part)!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

describe('chinh-danh check on .docx', () => {
  let dir: string;
  let fixture: DocxFixture;
  let original: Buffer;

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-docx-'));
    fixture = await makeDocx();
    fs.writeFileSync(path.join(dir, 'du-thao.docx'), fixture.bytes);
    original = fs.readFileSync(path.join(dir, 'du-thao.docx'));
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('[engine] a table cell and a footnote are reported as file:paragraph:column with the paragraph', () => {
    const r = cli(['check', '--as-of', '2026-11-23', '--locale', 'en', 'du-thao.docx'], { cwd: dir });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const found = lines.map((l, i) => ({ m: LINE.exec(l), next: lines[i + 1] })).filter((x) => x.m);
    assert.deepEqual(
      found.map((x) => [Number(x.m![1]), Number(x.m![2])]),
      [
        [fixture.tableParagraph, 1],
        [fixture.footnoteParagraph, 'Theo phát biểu của '.length + 1],
      ],
      r.stdout,
    );
    assert.equal(found[0].next, `    ¶${fixture.tableParagraph}: ${OUTDATED} chủ trì buổi tiếp.`);
    assert.equal(
      found[1].next,
      `    ¶${fixture.footnoteParagraph} (footnote 1): Theo phát biểu của ${OUTDATED} tại hội nghị.`,
    );
    assert.equal(lines.at(-1), '0 errors, 2 warnings, 0 info in 1 file');
  });

  test('[engine] json gives paragraph ranges, their origin (body, footnote) and the fixes', () => {
    const r = cli(['check', '--format', 'json', 'du-thao.docx'], { cwd: dir });
    const file = JSON.parse(r.stdout).files[0];
    assert.equal(file.asOf, '2026-11-23', 'the dateline "Hà Nội, ngày 23 tháng 11 năm 2026" is read');
    assert.deepEqual(file.paragraphs[fixture.footnoteParagraph - 1], { kind: 'footnote', note: 1 });
    assert.deepEqual(file.paragraphs[fixture.tableParagraph - 1], { kind: 'body' });
    const lines = file.diagnostics.map((d: { range: { start: { line: number } } }) => d.range.start.line + 1);
    assert.deepEqual(lines, [fixture.tableParagraph, fixture.footnoteParagraph]);
    assert.ok(
      file.diagnostics.every((d: { fixes: Array<{ preferred?: boolean }> }) => d.fixes.some((f) => f.preferred)),
    );
  });

  test('[engine] --fix writes du-thao.sua.docx fixed in table cell and footnote; original untouched', async () => {
    const r = cli(['check', '--fix', '--locale', 'en', 'du-thao.docx'], { cwd: dir });
    assert.equal(r.status, 1, 'the exit code still reports what was found in the original');
    assert.match(r.stderr, /wrote du-thao\.sua\.docx \(2 fixes\)/);
    const fixedPath = path.join(dir, 'du-thao.sua.docx');
    assert.ok(fs.existsSync(fixedPath));
    assert.deepEqual(fs.readFileSync(path.join(dir, 'du-thao.docx')), original, 'original byte for byte');

    const body = await paragraphsOf(fixedPath, 'word/document.xml');
    assert.ok(body.includes(`nguyên ${OUTDATED} chủ trì buổi tiếp.`), body.join('\n'));
    const notes = await paragraphsOf(fixedPath, 'word/footnotes.xml');
    assert.ok(notes.includes(`Theo phát biểu của nguyên ${OUTDATED} tại hội nghị.`), notes.join('\n'));

    // The run keeps its formatting: the italic run now starts with the inserted word.
    const xml = await (await JSZip.loadAsync(fs.readFileSync(fixedPath))).file('word/document.xml')!.async('string');
    assert.match(xml, new RegExp(`<w:i/>[\\s\\S]{0,200}<w:t xml:space="preserve">nguyên ${OUTDATED}</w:t>`));

    const again = cli(['check', '--format', 'json', 'du-thao.sua.docx'], { cwd: dir });
    assert.equal(again.status, 0, again.stdout);
    assert.deepEqual(JSON.parse(again.stdout).files[0].diagnostics, []);
  });

  test('a folder is searched for .docx too; Word lock files (~$…) are not drafts', () => {
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'a.docx'), fixture.bytes);
    fs.writeFileSync(path.join(folder, '~$a.docx'), 'lock');
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'folder'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => f.path),
      [path.join('folder', 'a.docx')],
    );
  });

  test('a file that is not a Word package exits 2 with a clear message, after reporting the others', () => {
    fs.writeFileSync(path.join(dir, 'hong.docx'), 'not a zip');
    fs.writeFileSync(path.join(dir, 'ok.md'), 'Hôm nay trời đẹp.\n');
    const r = cli(['check', '--locale', 'en', 'hong.docx', 'ok.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'chinh-danh: hong.docx: cannot be read: not a Word .docx file (it is not a zip package)\n');
    assert.match(r.stdout, /in 1 file\n$/);
  });

  test('--stdin with --stdin-filename NAME.docx reads a Word document from standard input', () => {
    const r = cli(['check', '--stdin', '--stdin-filename', 'du-thao.docx', '--locale', 'en'], {
      cwd: dir,
      input: fixture.bytes,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout.split('\n').filter((l) => LINE.test(l)).length, 2, r.stdout);
  });
});
