/** CLI argument parsing and output formats, in process (no engine involved). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { parseCommand, UsageError } from '../../server/src/cli/args';
import { formatJson } from '../../server/src/cli/format-json';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { formatText, summary } from '../../server/src/cli/format-text';
import type { FileReport } from '../../server/src/cli/report';
import { formatProblem } from '../../server/src/cli/run';

const diag = (severity: 1 | 2 | 3 | 4, code = 'term-variant', line = 0, character = 0): Diagnostic => ({
  range: { start: { line, character }, end: { line, character: character + 4 } },
  severity,
  code,
  source: 'chinh-danh',
  message: 'thông báo\ncó xuống dòng',
  data: { fixes: [] },
});

const reports: FileReport[] = [
  { path: 'a.md', asOf: '2026-11-23', diagnostics: [diag(1, 'outdated-title', 2, 5), diag(2), diag(2)] },
  { path: 'sub/b.txt', asOf: '2026-03-05', diagnostics: [diag(3, 'count-mismatch'), diag(4)] },
];

describe('CLI arguments', () => {
  test('check with every option; --glossary repeats', () => {
    assert.deepEqual(parseCommand(['check', '--as-of', '2026-11-23', '--format', 'sarif', '--glossary', 'g1', '--glossary', 'g2', '--locale', 'en', 'a.md', 'dir']), {
      kind: 'check',
      failOn: 'warning',
      asOf: '2026-11-23',
      format: 'sarif',
      glossary: ['g1', 'g2'],
      locale: 'en',
      paths: ['a.md', 'dir'],
    });
    assert.deepEqual(parseCommand(['check', 'x']), { kind: 'check', failOn: 'warning', format: 'text', glossary: [], locale: 'vi', paths: ['x'] });
    assert.equal((parseCommand(['check', '--fail-on', 'never', 'x']) as { failOn: string }).failOn, 'never');
    assert.deepEqual(parseCommand(['--version']), { kind: 'version' });
    assert.deepEqual(parseCommand(['check', '--help']), { kind: 'help' });
  });

  test('invalid input is a UsageError', () => {
    for (const argv of [['check', '--fail-on', 'hint', 'x'], ['check', '--nope', 'x'], ['check', '--as-of', '2026-02-30', 'x'], ['check', '--as-of'], ['frobnicate', 'x'], ['check']]) {
      assert.throws(() => parseCommand(argv), UsageError, JSON.stringify(argv));
    }
  });
});

describe('CLI formats', () => {
  test('text: 1-based path:line:col severity code message, one line each, then a summary', () => {
    const lines = formatText(reports, 'vi').trimEnd().split('\n');
    assert.equal(lines[0], 'a.md:3:6 error outdated-title thông báo có xuống dòng');
    assert.equal(lines[3], 'sub/b.txt:1:1 information count-mismatch thông báo có xuống dòng');
    assert.equal(lines[4], 'sub/b.txt:1:1 hint term-variant thông báo có xuống dòng');
    assert.equal(lines[5], '1 lỗi, 2 cảnh báo, 1 thông tin, 1 gợi ý trong 2 tệp');
  });

  test('summaries in both languages', () => {
    assert.equal(summary(reports.slice(0, 1), 'en'), '1 error, 2 warnings, 0 info in 1 file');
    assert.equal(summary([], 'vi'), '0 lỗi, 0 cảnh báo, 0 thông tin trong 0 tệp');
  });

  test('json: files with path, asOf and plain LSP diagnostics (no editor-only data)', () => {
    const out = JSON.parse(formatJson(reports));
    assert.equal(out.files.length, 2);
    assert.deepEqual(out.files[0].diagnostics[0], {
      range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } },
      severity: 1,
      code: 'outdated-title',
      source: 'chinh-danh',
      message: 'thông báo\ncó xuống dòng',
    });
  });

  test('sarif: levels error/warning/note and 1-based regions', () => {
    const sarif = JSON.parse(formatSarif(reports, 'vi', '9.9.9'));
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(run.results.map((r: { level: string }) => r.level), ['error', 'warning', 'warning', 'note', 'note']);
    assert.deepEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'a.md' },
      region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 10 },
    });
    assert.equal(run.results[0].ruleId, 'outdated-title');
    assert.equal(run.tool.driver.rules[run.results[0].ruleIndex].id, 'outdated-title');
  });

  test('glossary problems are shown as path:line:col relative to the working directory', () => {
    assert.equal(formatProblem({ file: '/w/glossary/people.yaml', line: 12, column: 3, message: 'sai' }, '/w'), 'glossary/people.yaml:12:3: sai');
    assert.equal(formatProblem({ file: '/elsewhere/x.yaml', line: 0, column: 0, message: 'thiếu' }, '/w'), '/elsewhere/x.yaml: thiếu');
  });
});
