/**
 * The CI recipes of the README, run locally by scripts/ci-recipes/run-locally.mjs: the pre-commit hook of
 * .pre-commit-hooks.yaml on the staged files of a temporary git repository, and the steps of
 * docs/ci/github-actions.yml in order in a temporary checkout (its build step runs `npm ci` in a copy of this
 * working tree, from npm's cache first: about 20 s per run here). They must pass on clean drafts (a non-draft file
 * beside them is left out by the hook's `files`) and fail with exit status 1 on a draft with an outdated title.
 * The README must show the same recipes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import YAML from 'yaml';
import { ensureBuilt, ROOT } from '../support/build';

const RUN_LOCALLY = path.join(ROOT, 'scripts', 'ci-recipes', 'run-locally.mjs');
const CLEAN_MD = '---\ndate: 2026-11-23\n---\n\n# Tin đối ngoại\n\nBộ trưởng Ngoại giao Lê Hoài Trung tiếp Đại sứ.\n';
const CLEAN_TXT = 'date 2026-11-23\nVăn kiện Đại hội XIV của Đảng đã được thông qua.\n';
const OUTDATED_MD = '---\ndate: 2026-11-23\n---\n\nBộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';

function runLocally(recipe: string, files: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [RUN_LOCALLY, '--recipe', recipe, ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'vi_VN.UTF-8', NO_COLOR: '1' },
    timeout: 240_000,
  });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('CI recipes run locally', () => {
  let dir: string;
  let clean: string[];
  let outdated: string[];

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-ci-recipes-'));
    const write = (name: string, text: string): string => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const csv = write('bang-so-lieu.csv', 'năm,số đoàn\n2026,12\n');
    clean = [write('tin-doi-ngoai.md', CLEAN_MD), write('GHI-CHU.TXT', CLEAN_TXT), csv];
    outdated = [write('tin-cu.md', OUTDATED_MD), csv];
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the hook definition: id chinh-danh, entry `chinh-danh check`, drafts only', () => {
    const text = fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    const hooks = YAML.parse(text) as Record<string, unknown>[];
    const hook = hooks.find((h) => h.id === 'chinh-danh');
    assert.ok(hook);
    assert.equal(hook.entry, 'chinh-danh check');
    const files = new RegExp(String(hook.files).replace(/^\(\?i\)/, ''), 'i');
    for (const p of ['a.md', 'b/c.txt', 'du-thao.docx', 'X.DOCX']) assert.ok(files.test(p), p);
    for (const p of ['a.csv', 'a.doc', 'md', 'a.md.bak']) assert.ok(!files.test(p), p);
  });

  test('pre-commit: passes on clean drafts, the .csv beside them not handed over', () => {
    const r = runLocally('pre-commit', clean);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /\$ chinh-danh check GHI-CHU\.TXT tin-doi-ngoai\.md\n/);
    assert.match(r.out, /pre-commit: PASSED/);
  });

  test('pre-commit: fails on a draft with an outdated title (front-matter date 2026-11-23)', () => {
    const r = runLocally('pre-commit', outdated);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /tin-cu\.md:5:1 warning outdated-title .*Lê Hoài Trung/);
    assert.match(r.out, /Failed \(exit code 1\)/);
  });

  test('pre-commit: a commit with no draft skips the hook', () => {
    const r = runLocally('pre-commit', [path.join(dir, 'bang-so-lieu.csv')]);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /\(no files to check\) Skipped/);
  });

  test('GitHub Actions: every step runs and the job succeeds on clean drafts', { timeout: 300_000 }, () => {
    const r = runLocally('github-actions', clean);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /#4 Build Chính Danh\n/);
    assert.match(r.out, /SARIF 2\.1\.0, 0 results/);
    assert.match(r.out, /job check: succeeded/);
    assert.doesNotMatch(r.out, /skipped|exit code/);
  });

  test('GitHub Actions: the job fails on an outdated title, and the SARIF still goes up', { timeout: 300_000 }, () => {
    const r = runLocally('github-actions', outdated);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /tin-cu\.md:5:1 warning outdated-title/);
    assert.match(r.out, /#5 Check the drafts: exit code 1/);
    assert.match(r.out, /SARIF 2\.1\.0, 1 results/, 'the if: always() steps ran after the failure');
    assert.match(r.out, /job check: failed/);
  });

  test('the README shows the recipes that are tested', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const workflow = fs.readFileSync(path.join(ROOT, 'docs', 'ci', 'github-actions.yml'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const shown = blocks.find((b) => b.includes('runs-on:'));
    assert.ok(shown, 'a GitHub Actions block in the README');
    // The README's copy is the file without its header comment.
    assert.deepEqual(YAML.parse(shown), YAML.parse(workflow));
    const config = blocks.find((b) => b.includes('hooks:'));
    assert.ok(config, 'a pre-commit configuration block in the README');
    const repos = (YAML.parse(config) as { repos: { hooks: { id: string }[] }[] }).repos;
    assert.ok(repos.some((r) => r.hooks.some((h) => h.id === 'chinh-danh')));
  });
});
