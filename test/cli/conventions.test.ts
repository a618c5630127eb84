/** CLI conventions, as a process: colour, --quiet, --max-warnings, locale of errors, --stdin, JSON fixes. */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { cli } from './run-cli';

const WARNING = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
// eslint-disable-next-line no-control-regex -- ANSI colour codes are what these lines look for
const ANSI = /\x1b\[\d+m/;

describe('chinh-danh CLI conventions', () => {
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-conv-'));
    fs.writeFileSync(path.join(dir, 'w.md'), WARNING);
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('[engine] colour: none into a pipe, FORCE_COLOR turns it on, NO_COLOR and FORCE_COLOR=0 keep it off', () => {
    assert.doesNotMatch(cli(['check', 'w.md'], { cwd: dir }).stdout, ANSI);
    const forced = cli(['check', 'w.md'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    assert.match(forced.stdout, ANSI);
    // eslint-disable-next-line no-control-regex -- ANSI colour codes are what these lines look for
    assert.match(forced.stdout, /\x1b\[33mwarning\x1b\[39m/, 'a warning in yellow');
    assert.doesNotMatch(cli(['check', 'w.md'], { cwd: dir, env: { FORCE_COLOR: '0' } }).stdout, ANSI);
    // NO_COLOR on a real terminal is covered in formats.test.ts (colorEnabled); here it must not turn colour on.
    assert.doesNotMatch(cli(['check', 'w.md'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, ANSI);
    assert.doesNotMatch(
      cli(['check', '--format', 'json', 'w.md'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout,
      ANSI,
    );
  });

  test('[engine] --quiet shows errors only (the summary still counts everything); --max-warnings N', () => {
    const quiet = cli(['check', '--quiet', '--locale', 'en', 'w.md'], { cwd: dir });
    assert.equal(quiet.stdout, '0 errors, 1 warning, 0 info in 1 file\n');
    const json = JSON.parse(cli(['check', '--quiet', '--format', 'json', 'w.md'], { cwd: dir }).stdout);
    assert.deepEqual(json.files[0].diagnostics, []);
    assert.equal(quiet.status, 1, '--quiet hides, it does not pass a failing run');
    assert.equal(cli(['check', '--fail-on', 'error', '--max-warnings', '1', 'w.md'], { cwd: dir }).status, 0);
    assert.equal(cli(['check', '--fail-on', 'error', '--max-warnings', '0', 'w.md'], { cwd: dir }).status, 1);
  });

  test('usage errors in the locale: LANG, overridden by --locale', () => {
    const vi = cli(['check', '--fromat', 'json', 'w.md'], { cwd: dir, env: { LANG: 'vi_VN.UTF-8' } });
    assert.equal(vi.status, 2);
    assert.equal(
      vi.stderr,
      'chinh-danh: không có tùy chọn --fromat. Có phải ý bạn là --format?\nXem "chinh-danh --help".\n',
    );
    const en = cli(['check', '--fromat', 'json', 'w.md'], { cwd: dir, env: { LANG: 'en_US.UTF-8' } });
    assert.equal(en.stderr, 'chinh-danh: unknown option --fromat. Did you mean --format?\nSee "chinh-danh --help".\n');
    const forced = cli(['check', '--locale', 'en', '--max-warnings', 'x', 'w.md'], { cwd: dir });
    assert.equal(
      forced.stderr,
      'chinh-danh: --max-warnings: "x" is not a whole number ≥ 0\nSee "chinh-danh --help".\n',
    );
    assert.doesNotMatch(vi.stderr + en.stderr, /ERR_PARSE_ARGS|TypeError/);
  });

  test('[engine] --stdin checks standard input under --stdin-filename; JSON carries the fixes', () => {
    const r = cli(['check', '--stdin', '--stdin-filename', 'nhap.md', '--format', 'json'], {
      cwd: dir,
      input: WARNING,
    });
    assert.equal(r.status, 1, r.stderr);
    const file = JSON.parse(r.stdout).files[0];
    assert.equal(file.path, 'nhap.md');
    const d = file.diagnostics.find((x: { code: string }) => x.code === 'outdated-title');
    assert.ok(d);
    const fix = d.fixes.find((f: { preferred?: boolean }) => f.preferred);
    assert.deepEqual(fix.edits, [{ range: { start: d.range.start, end: d.range.start }, newText: 'nguyên ' }]);
    const unnamed = cli(['check', '--stdin'], { cwd: dir, input: WARNING });
    assert.match(unnamed.stdout, /^<stdin>:1:18 warning outdated-title /);
  });

  test('[engine] --fix on a text draft writes NAME.sua.md next to it and leaves the original', () => {
    const r = cli(['check', '--fix', '--locale', 'en', 'w.md'], { cwd: dir });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /wrote w\.sua\.md \(1 fix\)/);
    assert.equal(fs.readFileSync(path.join(dir, 'w.md'), 'utf8'), WARNING);
    assert.equal(fs.readFileSync(path.join(dir, 'w.sua.md'), 'utf8'), WARNING.replace('Bộ trưởng', 'nguyên Bộ trưởng'));
  });

  test('[engine] sarif from a process: relative URI with %SRCROOT%, fixes, invocation with the exit code', () => {
    const r = cli(['check', '--format', 'sarif', 'w.md'], { cwd: dir });
    const run = JSON.parse(r.stdout).runs[0];
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'outdated-title');
    assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'w.md', uriBaseId: '%SRCROOT%' });
    assert.equal(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, 'nguyên ');
    assert.equal(run.invocations[0].exitCode, r.status);
    assert.equal(run.invocations[0].executionSuccessful, true);
    assert.equal(
      run.originalUriBaseIds['%SRCROOT%'].uri,
      `file://${fs.realpathSync(dir)}/`.replace(/^file:\/\/([^/])/, 'file:///$1'),
    );
  });
});
