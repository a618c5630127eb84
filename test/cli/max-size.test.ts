/**
 * `--max-size MB`: drafts above the limit are refused with a clear line and exit code 2, the others are still
 * checked and reported; the same default (20 MB) as the editor's chinhDanh.maxDocumentSizeMB.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { makeDocx } from './docx-fixture';
import { cli } from './run-cli';

const SENTENCE = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';

describe('chinh-danh check --max-size', () => {
  let dir: string;

  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-max-size-'));
    fs.writeFileSync(path.join(dir, 'small.md'), SENTENCE);
    // About 30 kB: above 0.02 MB (20,971 bytes), below 0.05 MB.
    fs.writeFileSync(path.join(dir, 'large.md'), SENTENCE.repeat(600));
    fs.writeFileSync(path.join(dir, 'du-thao.docx'), (await makeDocx()).bytes);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a draft above the limit is refused by name, the others are checked, and the run exits 2', () => {
    const r = cli(['check', '--max-size', '0.02', 'small.md', 'large.md'], { cwd: dir });
    assert.equal(r.status, 2, r.stderr);
    assert.match(
      r.stderr,
      /^chinh-danh: large\.md: không kiểm tra vì quá lớn \(0,0\d+ MB, giới hạn 0,02 MB\); tách tệp, hoặc tăng --max-size$/m,
    );
    assert.match(r.stdout, /^small\.md:1:1 warning outdated-title /m);
    assert.doesNotMatch(r.stdout, /large\.md/);
  });

  test('in English, and with a decimal comma as Vietnamese writes it', () => {
    const r = cli(['check', '--max-size', '0,02', '--locale', 'en', 'large.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /large\.md: not checked, too large \(0\.0\d+ MB, the limit is 0\.02 MB\)/);
  });

  test('below the limit (and with the default of 20 MB) the draft is checked', () => {
    for (const args of [['--max-size', '0.05'], []]) {
      const r = cli(['check', ...args, 'large.md'], { cwd: dir });
      assert.equal(r.status, 1, r.stderr);
      assert.equal(r.stderr, '');
      assert.match(r.stdout, /large\.md:600:1 warning outdated-title /);
    }
  });

  test('standard input is held to the same limit', () => {
    const input = fs.readFileSync(path.join(dir, 'large.md'));
    const refused = cli(['check', '--stdin', '--max-size', '0.02'], { cwd: dir, input });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /<stdin>: không kiểm tra vì quá lớn/);
    assert.equal(cli(['check', '--stdin', '--max-size', '0.05'], { cwd: dir, input }).status, 1);
  });

  test('a .docx is measured by its text, not by its compressed file', () => {
    const fileSize = fs.statSync(path.join(dir, 'du-thao.docx')).size;
    assert.ok(fileSize > 0.002 * 1024 * 1024, `the fixture is ${fileSize} bytes`);
    const checked = cli(['check', '--max-size', '0.002', 'du-thao.docx'], { cwd: dir });
    assert.equal(checked.status, 1, checked.stderr);
    const refused = cli(['check', '--max-size', '0.0001', 'du-thao.docx'], { cwd: dir });
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /du-thao\.docx: không kiểm tra vì quá lớn/);
  });

  test('a value that is not a size is a usage error', () => {
    for (const bad of ['0', '-1', 'abc', '20MB', '513', '']) {
      const r = cli(['check', `--max-size=${bad}`, 'small.md'], { cwd: dir });
      assert.equal(r.status, 2, bad);
      assert.match(r.stderr, /--max-size: ".*" không phải số megabyte lớn hơn 0 và không quá 512/, bad);
    }
  });

  test('--help documents the option', () => {
    assert.match(cli(['--help']).stdout, /--max-size MB +không kiểm tra dự thảo lớn hơn MB megabyte \(mặc định: 20\)/);
    assert.match(cli(['--help', '--locale', 'en']).stdout, /--max-size MB +refuse drafts larger than MB megabytes/);
  });
});
