/** Which inputs `check` accepts, as a process: other file types are refused, an empty folder is an error. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { cli } from './run-cli';

describe('chinh-danh check inputs', () => {
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-inputs-'));
    fs.writeFileSync(path.join(dir, 'bao-cao.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(dir, 'cu.doc'), 'old');
    fs.writeFileSync(path.join(dir, 'ok.md'), 'Hôm nay trời đẹp.\n');
    fs.mkdirSync(path.join(dir, 'empty', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'empty', 'sub', 'notes.html'), '<p>x</p>');
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file of another type named explicitly exits 2 and says which types are read', () => {
    const r = cli(['check', 'ok.md', 'bao-cao.pdf'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.equal(r.status, 2);
    assert.equal(r.stderr, 'chinh-danh: bao-cao.pdf: not a draft (only .md, .markdown, .txt, .docx are read)\n');
    assert.equal(r.stdout, '');
    const vi = cli(['check', 'bao-cao.pdf'], { cwd: dir });
    assert.equal(vi.stderr, 'chinh-danh: bao-cao.pdf: không phải dự thảo (chỉ đọc .md, .markdown, .txt, .docx)\n');
  });

  test('an old Word .doc is refused with the way out', () => {
    const r = cli(['check', '--locale', 'en', 'cu.doc'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cu\.doc: an old Word file \(\.doc\) — save it as \.docx/);
  });

  test('a folder with no drafts exits 2 unless --allow-empty', () => {
    const r = cli(['check', '--locale', 'en', 'empty'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^chinh-danh: empty: no drafts .+ --allow-empty/);
    const allowed = cli(['check', '--allow-empty', '--locale', 'en', 'empty'], { cwd: dir });
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.equal(allowed.stdout, '0 errors, 0 warnings, 0 info in 0 files\n');
  });
});
