/**
 * Nonsense in a team glossary given to the built CLI as a real process: a date that is not a calendar date, a
 * tenure that ends before it begins, a person holding one office twice at once, a second holder of a one-holder
 * office of the bundled glossary. Each ends with exit 2 and a stderr line "file:line:column: why" at the value or
 * tenure at fault, never an internal error and never a silent check with absurd messages.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI_BIN, ensureBuilt, ROOT } from '../support/build';

const DRAFT = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
const SOURCE = '["https://example.org/nguon"]';

/** A team file with one person and the given tenure lines (YAML under `titles:`). */
function teamPerson(id: string, name: string, tenures: string[][], extra: string[] = []): string {
  return [
    'people:',
    `  - id: ${id}`,
    `    name: ${name}`,
    ...extra.map((l) => `    ${l}`),
    tenures.length ? '    titles:' : '    titles: []',
    ...tenures.flatMap((t) => [
      `      - office: ${t[0]}`,
      ...t.slice(1).map((l) => `        ${l}`),
      `        sources: ${SOURCE}`,
      '        confidence: confirmed',
    ]),
    `    sources: ${SOURCE}`,
    '',
  ].join('\n');
}

interface Case {
  name: string;
  text: string;
  /** line:column expected after the file path. */
  at: string;
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: 'a date that is not a calendar date',
    text: teamPerson('nguyen-van-ngay', 'Nguyễn Văn Ngày', [['pho-thu-tuong', 'from: "2023-02-30"']]),
    at: '6:15',
    message: /"2023-02-30" is not a calendar date \(2023-02 has 28 days\)/,
  },
  {
    name: 'a birth date with month 13',
    text: teamPerson('nguyen-van-sinh', 'Nguyễn Văn Sinh', [], ['born: "1970-13"']),
    at: '4:11',
    message: /"1970-13" is not a calendar date \(there is no month 13\)/,
  },
  {
    name: 'a tenure that ends before it begins',
    text: teamPerson('nguyen-van-nguoc', 'Nguyễn Văn Ngược', [
      ['pho-thu-tuong', 'from: "2024-05"', 'to: "2023-12-31"'],
    ]),
    at: '7:13',
    message:
      /tenure of "nguyen-van-nguoc" as "pho-thu-tuong" ends \(to: 2023-12-31\) before it begins \(from: 2024-05\)/,
  },
  {
    name: 'a person holding one office twice at once',
    text: teamPerson('nguyen-van-kep', 'Nguyễn Văn Kép', [
      ['pho-thu-tuong', 'from: "2020-01"', 'to: "2023-06"'],
      ['pho-thu-tuong', 'from: "2022-03"'],
    ]),
    at: '10:9',
    message:
      /"nguyen-van-kep" holds "pho-thu-tuong" twice at once: .*\(2022-03 → present, .*\) overlaps .*\(2020-01 → 2023-06/,
  },
  {
    name: 'a second holder of a one-holder office of the bundled glossary',
    text: teamPerson('nguyen-van-hai', 'Nguyễn Văn Hai', [['bo-truong-bo-ngoai-giao', 'from: "2026-03"']]),
    at: '5:9',
    message:
      /"bo-truong-bo-ngoai-giao" has one holder at a time \(single: true\), but Nguyễn Văn Hai \(2026-03 → present, .*\) overlaps Lê Hoài Trung \(2025-10-25 → present, .*glossary.*\.yaml:\d+\)/,
  },
];

describe('nonsense in a glossary (CLI process)', () => {
  let dir: string;
  let draft: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-semantics-'));
    draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, DRAFT);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const c of CASES) {
    test(`${c.name}: exit 2 with file:line:column and the reason`, () => {
      const team = path.join(dir, c.name.replace(/\W+/g, '-'));
      fs.mkdirSync(team);
      const file = path.join(team, 'team.yaml');
      fs.writeFileSync(file, c.text);
      const r = spawnSync(process.execPath, [CLI_BIN, 'check', '--glossary', team, draft], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
        killSignal: 'SIGKILL',
        env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' },
      });
      assert.equal(r.status, 2, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /internal error/);
      const line = r.stderr.split('\n').find((l) => l.startsWith(`${file}:`));
      assert.ok(line, `no stderr line starts with ${file}:\n${r.stderr}`);
      assert.equal(line.slice(file.length + 1, file.length + 1 + c.at.length + 2), `${c.at}: `, line);
      assert.match(line, c.message);
      // The position is the value or tenure at fault.
      const [l, col] = c.at.split(':').map(Number);
      const there = c.text.split('\n')[l - 1].slice(col - 1);
      assert.ok(/^("|\w)/.test(there), `${c.at} points at ${there}`);
    });
  }

  test('the bundled glossary alone loads clean', () => {
    const r = spawnSync(process.execPath, [CLI_BIN, 'check', draft], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' },
    });
    assert.equal(r.status, 1, r.stderr);
    assert.equal(r.stderr, '');
  });
});
