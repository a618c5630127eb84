/**
 * The built CLI run as a process (bin/chinh-danh.js → dist/cli.js). Tests named "[engine] …"
 * depend on which checks fire; the rest test arguments, output shapes and exit codes.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CHECK_CODES } from '../../server/src/engine/api';
import { ensureBuilt, ROOT } from '../support/build';
import { cli as runCli, type Run } from './run-cli';

function cli(args: string[], cwd = ROOT): Run {
  return runCli(args, { cwd });
}

const PROBLEM = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
const SYMBOL = 'Hội nghị quán triệt Nghị quyết 34/NQ-TW của Bộ Chính trị.\n';
const TERM = 'Văn kiện Đại hội 14 đã được thông qua.\n';
const CLEAN = 'Hôm nay trời đẹp, mọi người đi làm đúng giờ.\n';
const TEXT_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) ([a-z-]+) (.+)$/;

interface JsonOut {
  files: Array<{ path: string; asOf: string; diagnostics: Array<Record<string, any>> }>;
}

function assertDiagnosticShape(d: Record<string, any>): void {
  assert.deepEqual(Object.keys(d).sort(), ['code', 'fixes', 'message', 'range', 'severity', 'source']);
  assert.ok(Array.isArray(d.fixes));
  for (const end of ['start', 'end']) {
    assert.ok(Number.isInteger(d.range[end].line) && d.range[end].line >= 0);
    assert.ok(Number.isInteger(d.range[end].character) && d.range[end].character >= 0);
  }
  assert.ok([1, 2, 3, 4].includes(d.severity));
  assert.ok((CHECK_CODES as readonly string[]).includes(d.code), d.code);
  assert.equal(d.source, 'chinh-danh');
  assert.equal(typeof d.message, 'string');
}

describe('chinh-danh CLI', () => {
  let dir: string;

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-cli-'));
    fs.writeFileSync(path.join(dir, 'problem.md'), PROBLEM);
    fs.writeFileSync(path.join(dir, 'symbol.md'), SYMBOL);
    fs.writeFileSync(path.join(dir, 'term.txt'), TERM);
    fs.writeFileSync(path.join(dir, 'clean.md'), CLEAN);
    fs.mkdirSync(path.join(dir, 'drafts', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'drafts', 'a.md'), CLEAN);
    fs.writeFileSync(path.join(dir, 'drafts', 'sub', 'b.markdown'), CLEAN);
    fs.writeFileSync(path.join(dir, 'drafts', 'sub', 'c.txt'), CLEAN);
    fs.writeFileSync(path.join(dir, 'drafts', 'ignored.html'), PROBLEM);
    fs.mkdirSync(path.join(dir, 'drafts', 'node_modules'));
    fs.writeFileSync(path.join(dir, 'drafts', 'node_modules', 'x.md'), PROBLEM);
    fs.mkdirSync(path.join(dir, 'drafts', '.git'));
    fs.writeFileSync(path.join(dir, 'drafts', '.git', 'y.md'), PROBLEM);
    fs.mkdirSync(path.join(dir, 'broken-glossary'));
    fs.writeFileSync(
      path.join(dir, 'broken-glossary', 'broken.yaml'),
      'terms:\n  - id: thu-nghiem\n    canonical: [chưa đóng\n',
    );
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('--version prints the package version', () => {
    const r = cli(['--version']);
    assert.equal(r.status, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(r.stdout.trim(), pkg.version);
  });

  test('--help prints usage in the locale (LANG, or --locale) and exits 0', () => {
    const vi = cli(['--help']);
    assert.equal(vi.status, 0);
    assert.match(vi.stdout, /^Cách dùng: chinh-danh check/);
    assert.match(vi.stdout, /--as-of/);
    const en = runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stdout, /^Usage: chinh-danh check/);
    assert.match(runCli(['check', '--help', '--locale', 'en']).stdout, /^Usage: chinh-danh check/);
  });

  test('usage errors exit 2 with a message on stderr', () => {
    for (const args of [
      ['check', '--bogus', 'x.md'],
      [],
      ['lint', 'x.md'],
      ['check'],
      ['check', '--format', 'xml', dir],
      ['check', '--as-of', '2026-13-01', dir],
      ['check', '--locale', 'fr', dir],
    ]) {
      const r = cli(args);
      assert.equal(r.status, 2, `args ${JSON.stringify(args)}: ${r.stderr}`);
      assert.match(r.stderr, /chinh-danh: /);
      assert.equal(r.stdout, '');
    }
    assert.match(cli(['check', '--bogus', 'x.md']).stderr, /--bogus/);
  });

  test('a missing path exits 2', () => {
    const r = cli(['check', path.join(dir, 'nope.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /nope\.md/);
  });

  test('a missing --glossary folder exits 2', () => {
    const r = cli(['check', '--glossary', path.join(dir, 'no-such-glossary'), path.join(dir, 'clean.md')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no-such-glossary/);
  });

  test('a clean draft exits 0 with a Vietnamese summary', () => {
    const r = cli(['check', path.join(dir, 'clean.md')]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp\n');
  });

  test('--format json: one object, folder paths as given joined with the relative path', () => {
    const r = cli(['check', '--format', 'json', '--as-of', '2026-11-23', 'drafts'], dir);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.deepEqual(Object.keys(out), ['files']);
    assert.deepEqual(
      out.files.map((f) => f.path),
      [path.join('drafts', 'a.md'), path.join('drafts', 'sub', 'b.markdown'), path.join('drafts', 'sub', 'c.txt')],
    );
    for (const f of out.files) {
      assert.deepEqual(Object.keys(f), ['path', 'asOf', 'diagnostics']);
      assert.equal(f.asOf, '2026-11-23');
      assert.ok(Array.isArray(f.diagnostics));
      f.diagnostics.forEach(assertDiagnosticShape);
    }
  });

  test('--format json keeps a file path exactly as given', () => {
    const r = cli(['check', '--format', 'json', './clean.md'], dir);
    const out = JSON.parse(r.stdout) as JsonOut;
    assert.equal(out.files[0].path, './clean.md');
  });

  test('--format sarif: SARIF 2.1.0 with one run and a rule per check code', () => {
    const r = cli(['check', '--format', 'sarif', dir]);
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs.length, 1);
    const driver = sarif.runs[0].tool.driver;
    assert.equal(driver.name, 'chinh-danh');
    assert.deepEqual(
      driver.rules.map((rule: { id: string }) => rule.id),
      [...CHECK_CODES],
    );
    for (const rule of driver.rules) assert.equal(typeof rule.shortDescription.text, 'string');
    for (const result of sarif.runs[0].results) {
      assert.ok((CHECK_CODES as readonly string[]).includes(result.ruleId));
      assert.ok(['error', 'warning', 'note'].includes(result.level));
      assert.equal(typeof result.message.text, 'string');
      const loc = result.locations[0].physicalLocation;
      assert.equal(typeof loc.artifactLocation.uri, 'string');
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(loc.region[key] >= 1, key);
    }
  });

  test('text format: one "path:line:col severity code message" line per diagnostic, then the summary', () => {
    const r = cli(['check', dir]);
    const lines = r.stdout.trimEnd().split('\n');
    const summary = lines.pop()!;
    assert.match(summary, /^\d+ lỗi, \d+ cảnh báo, \d+ thông tin(, \d+ gợi ý)? trong 7 tệp$/);
    for (const line of lines) assert.match(line, TEXT_LINE);
    const en = cli(['check', '--locale', 'en', dir]);
    assert.match(
      en.stdout.trimEnd().split('\n').pop()!,
      /^\d+ errors?, \d+ warnings?, \d+ info(, \d+ hints?)? in 7 files$/,
    );
  });

  // ---- engine-dependent -------------------------------------------------------------------

  test('[engine] an outdated title exits 1 and is reported in all three formats', () => {
    const file = path.join(dir, 'problem.md');
    const text = cli(['check', '--as-of', '2026-11-23', file]);
    assert.equal(text.status, 1, text.stdout + text.stderr);
    const line = text.stdout.split('\n').find((l) => l.includes(' outdated-title '));
    assert.ok(line, text.stdout);
    const m = TEXT_LINE.exec(line)!;
    assert.equal(m[1], file);
    assert.equal(m[2], '1');
    assert.ok(Number(m[3]) >= 1);

    assert.equal(cli(['check', '--as-of', '2026-11-23', '--fail-on', 'never', file]).status, 0, '--fail-on never');
    assert.equal(
      cli(['check', '--as-of', '2026-11-23', '--fail-on', 'error', file]).status,
      0,
      'a warning under --fail-on error',
    );

    const json = JSON.parse(cli(['check', '--format', 'json', file]).stdout) as JsonOut;
    assert.equal(json.files[0].asOf, '2026-11-23', 'the date stated in the draft');
    const d = json.files[0].diagnostics.find((x) => x.code === 'outdated-title');
    assert.ok(d);
    assertDiagnosticShape(d);
    assert.equal(d.range.start.line, 0);
    assert.equal(Number(m[3]), d.range.start.character + 1, 'text columns are 1-based LSP characters');

    const sarif = JSON.parse(cli(['check', '--format', 'sarif', file]).stdout);
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'outdated-title');
    assert.ok(result);
    assert.equal(result.locations[0].physicalLocation.region.startLine, 1);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, d.range.start.character + 1);
  });

  test('[engine] "Nghị quyết 34/NQ-TW" gives document-symbol and "Đại hội 14" gives term-variant', () => {
    const out = JSON.parse(
      cli([
        'check',
        '--format',
        'json',
        '--as-of',
        '2026-11-23',
        path.join(dir, 'symbol.md'),
        path.join(dir, 'term.txt'),
      ]).stdout,
    ) as JsonOut;
    assert.ok(
      out.files[0].diagnostics.some((d) => d.code === 'document-symbol'),
      JSON.stringify(out.files[0]),
    );
    assert.ok(
      out.files[1].diagnostics.some((d) => d.code === 'term-variant'),
      JSON.stringify(out.files[1]),
    );
  });

  test('[engine] a broken --glossary folder exits 2 and names file:line:col on stderr', () => {
    const r = cli(['check', '--glossary', 'broken-glossary', 'clean.md'], dir);
    assert.equal(r.status, 2, r.stdout + r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`^${path.join('broken-glossary', 'broken.yaml').replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: .+`, 'm'),
    );
    assert.equal(r.stdout, '');
  });

  test('[engine] the samples contain the planted problems (npm start)', () => {
    const r = cli(['check', '--format', 'json', 'samples/']);
    assert.equal(r.status, 1);
    const codes = (JSON.parse(r.stdout) as JsonOut).files.flatMap((f) => f.diagnostics.map((d) => d.code));
    for (const code of ['outdated-title', 'term-variant', 'document-symbol', 'dissolved-body', 'count-mismatch'])
      assert.ok(codes.includes(code), `${code} in ${codes}`);
  });
});
