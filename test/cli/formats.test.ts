/** CLI argument parsing and output formats, in process (no engine involved). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { parseCommand, UsageError } from '../../server/src/cli/args';
import { formatJson } from '../../server/src/cli/format-json';
import { formatSarif } from '../../server/src/cli/format-sarif';
import { formatText, summary } from '../../server/src/cli/format-text';
import type { FileReport } from '../../server/src/cli/report';
import { exitCodeFor, formatProblem } from '../../server/src/cli/run';
import { localeFromEnv } from '../../server/src/cli/locale';
import { colorEnabled } from '../../server/src/cli/colors';

const DEFAULTS = { quiet: false, fix: false, allowEmpty: false, maxSizeMB: 20 } as const;

const diag = (severity: 1 | 2 | 3 | 4, code = 'term-variant', line = 0, character = 0): Diagnostic => ({
  range: { start: { line, character }, end: { line, character: character + 4 } },
  severity,
  code,
  source: 'chinh-danh',
  message: 'thông báo\ncó xuống dòng',
  data: {
    fixes: [
      {
        title: 'Thay bằng: Đại hội XIV',
        preferred: true,
        edits: [{ range: { start: { line, character }, end: { line, character: character + 4 } }, newText: 'XIV' }],
      },
    ],
  },
});

const reports: FileReport[] = [
  { path: 'a.md', asOf: '2026-11-23', diagnostics: [diag(1, 'outdated-title', 2, 5), diag(2), diag(2)] },
  { path: 'sub/b.txt', asOf: '2026-03-05', diagnostics: [diag(3, 'count-mismatch'), diag(4)] },
];

describe('CLI arguments', () => {
  test('check with every option; --glossary repeats', () => {
    assert.deepEqual(
      parseCommand([
        'check',
        '--as-of',
        '2026-11-23',
        '--format',
        'sarif',
        '--glossary',
        'g1',
        '--glossary',
        'g2',
        '--locale',
        'en',
        '--max-size',
        '1.5',
        'a.md',
        'dir',
      ]),
      {
        ...DEFAULTS,
        kind: 'check',
        failOn: 'warning',
        asOf: '2026-11-23',
        format: 'sarif',
        glossary: ['g1', 'g2'],
        locale: 'en',
        paths: ['a.md', 'dir'],
        maxSizeMB: 1.5,
      },
    );
    assert.deepEqual(parseCommand(['check', 'x'], { LANG: 'vi_VN.UTF-8' }), {
      ...DEFAULTS,
      kind: 'check',
      failOn: 'warning',
      format: 'text',
      glossary: [],
      locale: 'vi',
      paths: ['x'],
    });
    assert.equal((parseCommand(['check', 'x'], { LANG: 'C.UTF-8' }) as { locale: string }).locale, 'vi');
    assert.equal((parseCommand(['check', 'x'], { LANG: 'en_US.UTF-8' }) as { locale: string }).locale, 'en');
    assert.deepEqual(
      parseCommand(
        ['check', '-q', '--fix', '--allow-empty', '--max-warnings', '0', '-o', 'r.html', '-f', 'html', 'x'],
        {},
      ),
      {
        kind: 'check',
        failOn: 'warning',
        format: 'html',
        glossary: [],
        locale: 'vi',
        paths: ['x'],
        quiet: true,
        fix: true,
        allowEmpty: true,
        maxWarnings: 0,
        maxSizeMB: 20,
        output: 'r.html',
      },
    );
    assert.deepEqual((parseCommand(['check', '--stdin', '--stdin-filename', 'a.docx']) as { stdin: unknown }).stdin, {
      filename: 'a.docx',
    });
    assert.deepEqual((parseCommand(['check', '--stdin']) as { stdin: unknown }).stdin, { filename: '<stdin>' });
    assert.equal((parseCommand(['check', '--fail-on', 'never', 'x']) as { failOn: string }).failOn, 'never');
    assert.deepEqual(parseCommand(['--version']), { kind: 'version' });
    assert.deepEqual(parseCommand(['check', '--help'], { LANG: 'vi' }), { kind: 'help', locale: 'vi' });
  });

  test('invalid input is a UsageError', () => {
    for (const argv of [
      ['check', '--fail-on', 'hint', 'x'],
      ['check', '--nope', 'x'],
      ['check', '--as-of', '2026-02-30', 'x'],
      ['check', '--as-of'],
      ['frobnicate', 'x'],
      ['check'],
      ['check', '--max-warnings', '-1', 'x'],
      ['check', '--max-warnings', 'many', 'x'],
      ['check', '--stdin', 'x'],
      ['check', '--stdin', '--fix'],
      ['check', '--stdin-filename', 'a.md', 'x'],
      ['check', '--quiet=yes', 'x'],
      ['check', '--format', '--quiet', 'x'],
      ['check', '--locale', 'fr', 'x'],
    ]) {
      assert.throws(() => parseCommand(argv), UsageError, JSON.stringify(argv));
    }
  });

  test('a bad flag gets a sentence in the locale and a suggestion, not the parser text', () => {
    assert.throws(() => parseCommand(['check', '--fromat', 'json', 'x'], { LANG: 'en_US.UTF-8' }), {
      message: 'unknown option --fromat. Did you mean --format?',
    });
    assert.throws(() => parseCommand(['check', '--max-warning', '3', 'x'], { LANG: 'vi_VN' }), {
      message: 'không có tùy chọn --max-warning. Có phải ý bạn là --max-warnings?',
    });
    assert.throws(() => parseCommand(['check', '--zzzzzzzz', 'x'], { LANG: 'en' }), {
      message: 'unknown option --zzzzzzzz',
    });
    assert.throws(() => parseCommand(['check', '--format', '--quiet', 'x'], { LANG: 'en' }), {
      message: '--format needs a value',
    });
    assert.throws(
      () => parseCommand(['check', '--locale', 'en', '--bogus', 'x'], { LANG: 'vi' }),
      /unknown option --bogus/,
    );
  });

  test('locale: LC_ALL, then LC_MESSAGES, then LANG; "en…" is English, anything else (unset, C) Vietnamese', () => {
    assert.equal(localeFromEnv({ LANG: 'vi_VN.UTF-8' }), 'vi');
    assert.equal(localeFromEnv({ LANG: 'vi' }), 'vi');
    assert.equal(localeFromEnv({ LANG: 'en_US.UTF-8' }), 'en');
    assert.equal(localeFromEnv({}), 'vi');
    assert.equal(localeFromEnv({ LANG: 'C.UTF-8' }), 'vi');
    assert.equal(localeFromEnv({ LC_ALL: 'en_GB.UTF-8', LANG: 'vi_VN.UTF-8' }), 'en');
    assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'vi_VN', LANG: 'C' }), 'vi');
    assert.equal(localeFromEnv({ LANG: 'engineer' }), 'vi');
  });

  test('colour: FORCE_COLOR, then NO_COLOR, then a terminal that is not dumb', () => {
    assert.equal(colorEnabled({}, true), true);
    assert.equal(colorEnabled({}, false), false);
    // CI=true alone is no reason for colour in a pipe (picocolors' own guess would say yes).
    assert.equal(colorEnabled({ CI: 'true' }, false), false);
    assert.equal(colorEnabled({ NO_COLOR: '1' }, true), false);
    assert.equal(colorEnabled({ NO_COLOR: '' }, true), true, 'an empty NO_COLOR does not count (no-color.org)');
    assert.equal(colorEnabled({ FORCE_COLOR: '1' }, false), true);
    assert.equal(colorEnabled({ FORCE_COLOR: '0' }, true), false);
    assert.equal(colorEnabled({ TERM: 'dumb' }, true), false);
  });

  test('exit code: --fail-on and --max-warnings', () => {
    assert.equal(exitCodeFor(reports, { failOn: 'never' }), 0);
    assert.equal(exitCodeFor(reports, { failOn: 'error' }), 1);
    const warningsOnly: FileReport[] = [{ path: 'a.md', asOf: '2026-11-23', diagnostics: [diag(2), diag(2), diag(3)] }];
    assert.equal(exitCodeFor(warningsOnly, { failOn: 'error' }), 0);
    assert.equal(exitCodeFor(warningsOnly, { failOn: 'error', maxWarnings: 2 }), 0);
    assert.equal(exitCodeFor(warningsOnly, { failOn: 'error', maxWarnings: 1 }), 1);
    assert.equal(exitCodeFor(warningsOnly, { failOn: 'never', maxWarnings: 0 }), 1);
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

  test('json: files with path, asOf and plain LSP diagnostics with their fixes (no other editor-only data)', () => {
    const out = JSON.parse(formatJson(reports));
    assert.equal(out.files.length, 2);
    assert.deepEqual(out.files[0].diagnostics[0], {
      range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } },
      severity: 1,
      code: 'outdated-title',
      source: 'chinh-danh',
      message: 'thông báo\ncó xuống dòng',
      fixes: [
        {
          title: 'Thay bằng: Đại hội XIV',
          preferred: true,
          edits: [{ range: { start: { line: 2, character: 5 }, end: { line: 2, character: 9 } }, newText: 'XIV' }],
        },
      ],
    });
  });

  test('sarif: levels, 1-based regions, relative URIs with uriBaseId, fixes, invocations, rules', () => {
    const info = {
      version: '9.9.9',
      locale: 'vi' as const,
      cwd: '/w',
      argv: ['check', 'a.md'],
      startTime: new Date(0),
      endTime: new Date(1000),
      exitCode: 1,
    };
    const sarif = JSON.parse(
      formatSarif([...reports, { path: '/elsewhere/c d.md', asOf: '2026-11-23', diagnostics: [diag(2)] }], info),
    );
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.version, '9.9.9');
    assert.deepEqual(
      run.results.map((r: { level: string }) => r.level),
      ['error', 'warning', 'warning', 'note', 'note', 'warning'],
    );
    assert.deepEqual(run.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 10 },
    });
    assert.deepEqual(run.results[5].locations[0].physicalLocation.artifactLocation, {
      uri: 'file:///elsewhere/c%20d.md',
    });
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///w/' } });
    assert.deepEqual(run.results[0].fixes, [
      {
        description: { text: 'Thay bằng: Đại hội XIV' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'a.md', uriBaseId: '%SRCROOT%' },
            replacements: [
              {
                deletedRegion: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 10 },
                insertedContent: { text: 'XIV' },
              },
            ],
          },
        ],
      },
    ]);
    assert.deepEqual(run.invocations, [
      {
        executionSuccessful: true,
        exitCode: 1,
        commandLine: 'chinh-danh check a.md',
        arguments: ['check', 'a.md'],
        startTimeUtc: '1970-01-01T00:00:00.000Z',
        endTimeUtc: '1970-01-01T00:00:01.000Z',
        workingDirectory: { uri: 'file:///w/' },
      },
    ]);
    for (const rule of run.tool.driver.rules) {
      for (const text of [rule.shortDescription.text, rule.fullDescription.text, rule.help.text, rule.help.markdown])
        assert.ok(text.length > 10, rule.id);
      assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run.results[0].ruleId, 'outdated-title');
    assert.equal(run.tool.driver.rules[run.results[0].ruleIndex].id, 'outdated-title');
  });

  test('glossary problems are shown as path:line:col relative to the working directory', () => {
    assert.equal(
      formatProblem({ file: '/w/glossary/people.yaml', line: 12, column: 3, message: 'sai' }, '/w'),
      'glossary/people.yaml:12:3: sai',
    );
    assert.equal(
      formatProblem({ file: '/elsewhere/x.yaml', line: 0, column: 0, message: 'thiếu' }, '/w'),
      '/elsewhere/x.yaml: thiếu',
    );
  });
});
