/**
 * The glossary's self-tests, run the way a glossary keeper runs them: `chinh-danh glossary test` as a process. The
 * bundled glossary's example sentences must all pass; a team glossary with a wrong example must fail with the
 * example's file:line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { cli } from '../cli/run-cli';

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-glossary-test-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A team folder with one entry whose examples are given. */
function team(name: string, yaml: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'nhom.yaml'), yaml);
  return dir;
}

test('every example sentence of the bundled glossary passes', () => {
  const r = cli(['glossary', 'test']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const summary = /glossary test: (\d+) mục, (\d+) ví dụ — (\d+) đạt, 0 không đạt\n$/.exec(r.stdout);
  assert.ok(summary, r.stdout);
  assert.ok(Number(summary[1]) >= 20, `at least 20 entries carry examples (${summary[1]})`);
  assert.equal(summary[2], summary[3]);
  assert.equal(r.stdout.split('\n').length, 2, 'only the summary is printed when all pass');
});

test('--verbose lists every example at its file:line:column', () => {
  const r = cli(['glossary', 'test', '--verbose', '--locale', 'en']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(
    lines[0],
    /^glossary\/[\w/-]+\.yaml:\d+:\d+: [a-z0-9-]+: (flag|pass) example \d+ passes \(as of \d{4}-\d{2}-\d{2}\)$/,
  );
  for (const section of ['people.yaml', 'offices.yaml', 'bodies.yaml', 'documents.yaml', 'terms.yaml'])
    assert.ok(
      lines.some((l) => l.includes(section)),
      `examples in ${section}`,
    );
});

const WRONG = `people:
  - id: bui-thanh-son
    name: Bùi Thanh Sơn
    titles: []
    sources: [https://example.org/ghi-chep-nhom]
    examples:
      flag:
        - text: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu khai mạc hội thảo.
          asOf: "2023-06-15"
          code: outdated-title
      pass:
        - { text: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu khai mạc hội thảo.", asOf: "2023-06-15" }
`;

test('an entry whose flag example raises nothing fails with the example’s file:line', () => {
  const dir = team('sai', WRONG);
  const r = cli(['glossary', 'test', dir, '--locale', 'en']);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const file = path.join(dir, 'nhom.yaml');
  assert.ok(
    r.stdout.includes(`${file}:8:11: bui-thanh-son: flag example 1 raised no outdated-title finding about this entry`),
    r.stdout,
  );
  assert.match(r.stdout, /glossary test: 1 entries, 2 examples — 1 pass, 1 fail\n$/);
  // Only the folder's own examples are tested; --all adds the bundled ones.
  const all = cli(['glossary', 'test', dir, '--all']);
  assert.equal(all.status, 1);
  assert.match(all.stdout, /glossary test: \d{2,} mục/);
});

test('a pass example that is flagged, or that does not mention its entry, fails; an entry never firing is named', () => {
  const dir = team(
    'khong-kich-hoat',
    `people:
  - id: bui-thanh-son
    name: Bùi Thanh Sơn
    titles: []
    sources: [https://example.org/ghi-chep-nhom]
    examples:
      pass:
        - { text: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn phát biểu.", asOf: "2026-03-02" }
terms:
  - id: ngoai-giao-so
    canonical: ngoại giao số
    definition: Mục thử của nhóm biên tập.
    category: khái niệm
    sources: [https://example.org/ghi-chep-nhom]
    examples:
      pass:
        - { text: "Hội thảo bàn về ngoại giao văn hóa." }
`,
  );
  const r = cli(['glossary', 'test', dir, '--locale', 'en']);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const file = path.join(dir, 'nhom.yaml');
  assert.ok(
    r.stdout.includes(`${file}:8:11: bui-thanh-son: pass example 1 raised a finding about this entry`),
    r.stdout,
  );
  assert.match(r.stdout, /→ outdated-title: «Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn»/);
  assert.ok(r.stdout.includes(`${file}:17:11: ngoai-giao-so: pass example 1 is not read as mentioning`), r.stdout);
  assert.ok(r.stdout.includes(`${file}:17: ngoai-giao-so: never fires`), r.stdout);
  assert.match(r.stdout, /; 1 entry never fires\n$/);
});

test('a broken glossary exits 2 with the problem’s file:line; usage errors exit 2', () => {
  const dir = team('hong', 'people:\n  - id: x\n    examples: { flag: [{ txt: "sai" }] }\n');
  const r = cli(['glossary', 'test', dir]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nhom\.yaml:\d+:\d+: /);
  assert.equal(cli(['glossary']).status, 2);
  const typo = cli(['glossary', 'test', '--verbos']);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /--verbose/);
  assert.equal(cli(['glossary', 'test', '--as-of', '2026-13-01']).status, 2);
});

test('a folder without examples passes and says so', () => {
  const dir = team('trong', 'terms: []\n');
  const r = cli(['glossary', 'test', dir, '--locale', 'en']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /no examples found/);
});

test('help names the command and its exit codes', () => {
  const r = cli(['glossary', 'test', '--help', '--locale', 'en']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: chinh-danh glossary test \[DIR\.\.\.\]/);
  assert.match(r.stdout, /Exit codes: 0/);
});
