/** `--format html` as a process; the page is parsed with cheerio (parse5 underneath, the HTML standard's parser). */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { formatHtml } from '../../server/src/cli/format-html';
import type { FileReport } from '../../server/src/cli/report';
import { ensureBuilt } from '../support/build';
import { makeDocx, OUTDATED } from './docx-fixture';
import { cli } from './run-cli';

const DRAFT =
  'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ. Văn kiện Đại hội 14 đã được thông qua.\n';

describe('chinh-danh check --format html', () => {
  let dir: string;

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-html-'));
    fs.writeFileSync(path.join(dir, 'a <b>.md'), DRAFT);
    fs.writeFileSync(path.join(dir, 'du-thao.docx'), (await makeDocx()).bytes);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('[engine] one self-contained page by file and check: sentence with span marked, message, fix, severity', () => {
    const r = cli(['check', '--format', 'html', '--locale', 'en', '-o', 'report.html', 'a <b>.md', 'du-thao.docx'], {
      cwd: dir,
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stdout, '', 'the page went to --output');
    const html = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    const $ = cheerio.load(html);
    assert.equal($('html').attr('lang'), 'en');
    assert.equal($('script').length, 0);
    assert.equal($('link[rel=stylesheet], img, iframe, [src]').length, 0, 'nothing loaded from elsewhere');
    assert.ok($('style').text().includes('@media print'));

    const files = $('section.file');
    assert.deepEqual(files.map((_, el) => $(el).attr('data-path')).get(), ['a <b>.md', 'du-thao.docx']);
    assert.equal($(files[0]).find('h2').text(), 'a <b>.md', 'the file name is escaped, not markup');
    assert.ok(html.includes('a &lt;b&gt;.md'));

    const checks = $(files[0])
      .find('section.check')
      .map((_, el) => $(el).attr('data-code'))
      .get();
    assert.deepEqual(checks, ['outdated-title', 'term-variant'], 'grouped by check, in registry order');

    const outdated = $(files[0]).find('section.check[data-code=outdated-title] li.finding');
    assert.equal(outdated.length, 1);
    assert.equal(outdated.find('.sev').text(), 'warning');
    assert.equal(outdated.find('blockquote mark').text(), 'Bộ trưởng Ngoại giao Bùi Thanh Sơn');
    assert.equal(
      outdated.find('blockquote').text(),
      'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.',
      'only the sentence of the finding',
    );
    assert.match(outdated.find('.message').text(), /Lê Hoài Trung/);
    assert.match(outdated.find('.fix').first().text(), /^Fix: .*nguyên/);

    const term = $(files[0]).find('section.check[data-code=term-variant] blockquote');
    assert.equal(term.find('mark').text(), 'Đại hội 14');
    assert.equal(term.text(), 'Văn kiện Đại hội 14 đã được thông qua.');

    const docx = $(files[1]).find('li.finding');
    assert.deepEqual(
      docx
        .find('.where')
        .map((_, el) => $(el).text())
        .get(),
      ['¶4:1', '¶6 (footnote 1):20'],
    );
    assert.deepEqual(
      docx
        .find('mark')
        .map((_, el) => $(el).text())
        .get(),
      [OUTDATED, OUTDATED],
    );
  });

  test('everything that comes from drafts or messages is escaped', () => {
    const evil = '<script>alert("x")</script> & \'q\'';
    const report: FileReport = {
      path: `${evil}.md`,
      asOf: '2026-11-23',
      text: `Trước ${evil} sau.`,
      diagnostics: [
        {
          range: { start: { line: 0, character: 6 }, end: { line: 0, character: 6 + evil.length } },
          severity: 1,
          code: 'term-variant',
          source: 'chinh-danh',
          message: evil,
          data: { fixes: [{ title: evil, preferred: true, edits: [] }] },
        },
      ],
    };
    const $ = cheerio.load(formatHtml([report], 'vi'));
    assert.equal($('script').length, 0);
    assert.equal($('mark').text(), evil);
    assert.equal($('.message').text(), evil);
    assert.equal($('h2').text(), `${evil}.md`);
    assert.equal($('section.file').attr('data-path'), `${evil}.md`);
    assert.equal($('.sev').text(), 'lỗi');
  });
});
