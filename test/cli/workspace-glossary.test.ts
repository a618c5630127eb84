/**
 * The team glossary in the CLI, run as a process: `.chinh-danh/glossary/` or `glossary/` is found from the working
 * directory upward (up to a folder with .git) and loaded without --glossary; --no-workspace-glossary leaves it out.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { cli } from './run-cli';

// A made-up name: the bundled glossary does not know it, so the title cannot be checked until a team adds it.
const DRAFT = 'date: 2026-11-23\n\nThứ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.\n';
const TEAM = `# Bảng thuật ngữ của nhóm: chỉ tên và một nhiệm kỳ, không có nguồn (chưa kiểm chứng).
people:
  - name: Trịnh Văn Thử
    titles:
      - office: Thứ trưởng Bộ Ngoại giao
        from: "2026-10"
`;

interface JsonOut {
  files: Array<{ path: string; diagnostics: Array<{ code: string; severity: number }> }>;
}

function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as JsonOut).files.flatMap((f) => f.diagnostics.map((d) => d.code));
}

describe('the team glossary in the CLI', () => {
  let root: string;
  let repo: string;

  before(() => {
    ensureBuilt();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-team-'));
    // The outer folder is a repository root too, so nothing above the test folder can change what is found.
    fs.mkdirSync(path.join(root, '.git'));
    repo = path.join(root, 'repo');
    fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
    fs.mkdirSync(path.join(repo, 'glossary'));
    fs.writeFileSync(path.join(repo, 'glossary', 'team.yaml'), TEAM);
    fs.mkdirSync(path.join(repo, 'drafts', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'drafts', 'sub', 'd.md'), DRAFT);
    // A sibling project without a glossary of its own, below a folder that has one above its .git root.
    fs.mkdirSync(path.join(root, 'other', '.git'), { recursive: true });
    fs.writeFileSync(path.join(root, 'other', 'd.md'), DRAFT);
    fs.mkdirSync(path.join(root, 'glossary'));
    fs.writeFileSync(path.join(root, 'glossary', 'team.yaml'), TEAM);
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  test('glossary/ at the repository root is found from a folder below it and loaded without any option', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'd.md'], {
      cwd: path.join(repo, 'drafts', 'sub'),
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(codes(r.stdout), [], 'the team entry makes the title checkable, and it is right');
    assert.match(r.stderr, /bảng thuật ngữ của nhóm ở .*glossary/, 'stderr says which team glossary is in use');
  });

  test('--no-workspace-glossary leaves it out: the name is unknown again', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', '--no-workspace-glossary', 'd.md'], {
      cwd: path.join(repo, 'drafts', 'sub'),
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(codes(r.stdout), ['not-in-glossary']);
    assert.equal(r.stderr, '');
  });

  test('the search stops at the repository root: a glossary above a .git folder is not used', () => {
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'd.md'], { cwd: path.join(root, 'other') });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(codes(r.stdout), ['not-in-glossary']);
  });

  test('.chinh-danh/glossary/ wins over glossary/ (a repository whose glossary/ is something else)', () => {
    const dir = path.join(root, 'dotted');
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'glossary'));
    fs.writeFileSync(path.join(dir, 'glossary', 'not-ours.yaml'), 'terms: [a, b]\nwhatever: true\n');
    fs.mkdirSync(path.join(dir, '.chinh-danh', 'glossary'), { recursive: true });
    fs.writeFileSync(path.join(dir, '.chinh-danh', 'glossary', 'team.yml'), TEAM);
    fs.writeFileSync(path.join(dir, 'd.md'), DRAFT);
    const r = cli(['check', '--format', 'json', '--fail-on', 'never', 'd.md'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(codes(r.stdout), []);
  });

  test('a broken team glossary exits 2 with file:line:column relative to the working directory', () => {
    const dir = path.join(root, 'broken');
    fs.mkdirSync(path.join(dir, '.git'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'glossary'));
    fs.writeFileSync(path.join(dir, 'glossary', 'team.yaml'), 'people:\n  - name: "Không đóng\n');
    fs.writeFileSync(path.join(dir, 'd.md'), DRAFT);
    const r = cli(['check', 'd.md'], { cwd: dir });
    assert.equal(r.status, 2);
    assert.match(
      r.stderr,
      new RegExp(`^${path.join('glossary', 'team.yaml').replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: `, 'm'),
    );
    // Without it the draft is checked with the bundled glossary.
    assert.equal(cli(['check', '--no-workspace-glossary', '--fail-on', 'never', 'd.md'], { cwd: dir }).status, 0);
  });
});
