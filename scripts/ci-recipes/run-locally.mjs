// Runs the CI recipes of the README on this machine, the way pre-commit and GitHub Actions would run them:
//
//   node scripts/ci-recipes/run-locally.mjs [--recipe pre-commit|github-actions] [--keep] FILE...
//
// FILE... (drafts, and any other files) are copied into a fresh temporary repository of drafts, then:
// - pre-commit: .pre-commit-hooks.yaml is read; the files are staged (`git add`) in the temporary repository, the
//   staged paths are filtered with the hook's `files`/`exclude`/`types` as pre-commit does, and the hook's `entry`
//   (+ `args`) runs on them from the repository's root, with `chinh-danh` on PATH standing for an installed checker
//   (this working tree's bin/chinh-danh.js, so run `npm run build` first). No matching file: the hook is skipped
//   (passes).
// - github-actions: docs/ci/github-actions.yml is parsed with `yaml`, and its steps run in order in a clone of the
//   temporary repository (GITHUB_WORKSPACE): every `run:` with bash -e, its `working-directory` and the workflow, job
//   and step `env`; `if:` understands always(), success(), failure() and !cancelled(). The `uses:` steps are stood in
//   for: actions/checkout (the workspace itself; with `repository:` a copy of this working tree, tracked and
//   untracked files without ignored ones, into `path`), actions/setup-node (the running node must be at least the
//   `node-version`) and github/codeql-action/upload-sarif (the file must be SARIF 2.1.0). npm runs with
//   prefer-offline so that its cache is used first.
//
// Exit status: 0 every recipe passed, 1 a recipe failed (what CI would show as red), 2 a usage or setup problem
// (including a recipe using something this script cannot stand in for: it says what).
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOOKS = join(ROOT, '.pre-commit-hooks.yaml');
const WORKFLOW = join(ROOT, 'docs', 'ci', 'github-actions.yml');
const RECIPES = ['pre-commit', 'github-actions'];

class SetupError extends Error {}

function usage(message) {
  if (message) console.error(`run-locally: ${message}`);
  console.error('usage: node scripts/ci-recipes/run-locally.mjs [--recipe pre-commit|github-actions] [--keep] FILE...');
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { recipe: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false } },
  });
} catch (e) {
  usage(e.message);
}
const recipes = parsed.values.recipe ?? RECIPES;
for (const r of recipes) if (!RECIPES.includes(r)) usage(`unknown recipe ${r} (${RECIPES.join(', ')})`);
const files = parsed.positionals.map((f) => resolve(f));
if (files.length === 0) usage('name at least one file to put in the repository of drafts');
for (const f of files) if (!existsSync(f) || !statSync(f).isFile()) usage(`not a file: ${f}`);
if (!existsSync(join(ROOT, 'dist', 'cli.js'))) usage('dist/cli.js is missing: run `npm run build` first');

const tmp = mkdtempSync(join(tmpdir(), 'chinh-danh-ci-'));
const log = (line) => console.log(`[run-locally] ${line}`);

/** Runs a command, output to ours; throws SetupError when it cannot start at all. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new SetupError(`${cmd}: ${r.error.message}`);
  return r.status ?? 128;
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: gitEnv() });
  if (r.error || r.status !== 0) throw new SetupError(`git ${args.join(' ')}: ${r.error?.message ?? r.stderr.trim()}`);
  return r.stdout;
}

function gitEnv() {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'run-locally',
    GIT_AUTHOR_EMAIL: 'run-locally@localhost',
    GIT_COMMITTER_NAME: 'run-locally',
    GIT_COMMITTER_EMAIL: 'run-locally@localhost',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: tmp, // no global git configuration (hooks, templates) leaks in
  };
}

/** A fresh repository holding the files (by base name), with everything staged and nothing committed. */
function draftsRepo(dir) {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  git(dir, 'add', '-A');
  return dir;
}

/** pre-commit's shlex.split of `entry`, enough for entries that quote with '…' or "…". */
function shlexSplit(s) {
  const out = [];
  let cur = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (/\s/.test(c)) {
      if (cur !== null) out.push(cur);
      cur = null;
    } else if (c === "'" || c === '"') {
      const end = s.indexOf(c, i + 1);
      if (end < 0) throw new SetupError(`unbalanced quote in entry: ${s}`);
      cur = (cur ?? '') + s.slice(i + 1, end);
      i = end;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== null) out.push(cur);
  return out;
}

/** A Python regular expression as pre-commit writes them; the leading inline flag (?i) becomes the JS flag. */
function pyRegex(source) {
  const m = /^\(\?([aiLmsux]+)\)/.exec(source);
  const flags = m ? m[1] : '';
  for (const f of flags) if (!'imsx'.includes(f) || f === 'x') throw new SetupError(`unsupported regex flag (?${f})`);
  return new RegExp(m ? source.slice(m[0].length) : source, flags.replace(/[^ims]/g, ''));
}

/** A bin folder with `chinh-danh` standing for the installed checker: this working tree's CLI. */
function checkerOnPath() {
  const bin = join(tmp, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'chinh-danh');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'chinh-danh.js')}" "$@"\n`);
  chmodSync(shim, 0o755);
  return `${bin}:${process.env.PATH ?? ''}`;
}

function preCommit() {
  const hooks = YAML.parse(readFileSync(HOOKS, 'utf8'));
  if (!Array.isArray(hooks) || hooks.length === 0) throw new SetupError(`${HOOKS}: no hook defined`);
  const repo = draftsRepo(join(tmp, 'pre-commit', 'drafts'));
  const staged = git(repo, 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMRTUXB')
    .split('\0')
    .filter(Boolean);
  log(`pre-commit: staged ${staged.join(', ')}`);
  let failed = false;
  for (const hook of hooks) {
    for (const key of ['id', 'entry', 'language']) if (!hook[key]) throw new SetupError(`hook without ${key}`);
    if (!['system', 'node'].includes(hook.language)) throw new SetupError(`hook ${hook.id}: language ${hook.language}`);
    const types = hook.types ?? ['file'];
    if (types.some((t) => t !== 'file')) {
      throw new SetupError(`hook ${hook.id}: types ${types.join(', ')} not stood in for`);
    }
    const include = pyRegex(hook.files ?? '');
    const exclude = pyRegex(hook.exclude ?? '^$');
    const chosen = staged.filter((p) => include.test(p) && !exclude.test(p) && statSync(join(repo, p)).isFile());
    if (chosen.length === 0 && !hook.always_run) {
      log(`pre-commit: ${hook.id}: (no files to check) Skipped`);
      continue;
    }
    const argv = [...shlexSplit(hook.entry), ...(hook.args ?? []).map(String)];
    if (hook.pass_filenames !== false) argv.push(...chosen);
    log(`pre-commit: ${hook.id}: $ ${argv.join(' ')}`);
    const status = run(argv[0], argv.slice(1), { cwd: repo, env: { ...process.env, PATH: checkerOnPath() } });
    log(`pre-commit: ${hook.id}: ${status === 0 ? 'Passed' : `Failed (exit code ${status})`}`);
    failed ||= status !== 0;
  }
  return !failed;
}

/** `if:` of a step: the status functions only. */
function stepRuns(step, jobFailed) {
  if (step.if === undefined) return !jobFailed;
  const cond = String(step.if)
    .trim()
    .replace(/^\$\{\{\s*(.*?)\s*\}\}$/, '$1');
  const known = { 'always()': true, '!cancelled()': true, 'success()': !jobFailed, 'failure()': jobFailed };
  if (!(cond in known)) throw new SetupError(`if: ${step.if} is not stood in for`);
  return known[cond];
}

/** This working tree as a checkout: tracked and untracked files, without ignored ones (so no node_modules, dist/). */
function copyWorkingTree(dest) {
  const list = spawnSync('git', ['ls-files', '-z', '-c', '-o', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (list.status !== 0) throw new SetupError(`git ls-files: ${list.stderr}`);
  for (const p of list.stdout.split('\0').filter(Boolean)) {
    const from = join(ROOT, p);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the working tree
    mkdirSync(dirname(join(dest, p)), { recursive: true });
    copyFileSync(from, join(dest, p));
  }
}

function githubActions() {
  const wf = YAML.parse(readFileSync(WORKFLOW, 'utf8'));
  const origin = draftsRepo(join(tmp, 'gha', 'origin'));
  git(origin, 'commit', '-q', '-m', 'drafts');
  const workspace = join(tmp, 'gha', 'workspace');
  git(tmp, 'clone', '-q', origin, workspace);
  const runnerTemp = join(tmp, 'gha', 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  let failed = false;
  for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
    if (job.needs || job.strategy || job.container || job.services) {
      throw new SetupError(`job ${jobId}: needs, strategy, container or services are not stood in for`);
    }
    let jobFailed = false;
    for (const [i, step] of (job.steps ?? []).entries()) {
      const name = step.name ?? step.uses ?? String(step.run).split('\n')[0];
      if (!stepRuns(step, jobFailed)) {
        log(`github-actions: ${jobId} #${i + 1} ${name}: skipped`);
        continue;
      }
      log(`github-actions: ${jobId} #${i + 1} ${name}`);
      const env = {
        ...process.env,
        ...wf.env,
        ...job.env,
        ...step.env,
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        npm_config_prefer_offline: 'true',
        npm_config_update_notifier: 'false',
      };
      let status;
      if (step.run !== undefined) {
        if (String(step.run).includes('${{')) {
          throw new SetupError(`step ${name}: expressions in run: are not stood in for`);
        }
        if (step.shell && step.shell !== 'bash') throw new SetupError(`step ${name}: shell ${step.shell}`);
        const script = join(runnerTemp, `step-${i + 1}.sh`);
        writeFileSync(script, String(step.run));
        const cwd = resolve(workspace, step['working-directory'] ?? job.defaults?.run?.['working-directory'] ?? '.');
        status = run('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', script], { cwd, env });
      } else status = uses(step, workspace);
      const ok = status === 0 || step['continue-on-error'] === true;
      if (status !== 0) log(`github-actions: ${jobId} #${i + 1} ${name}: exit code ${status}`);
      jobFailed ||= !ok;
    }
    log(`github-actions: job ${jobId}: ${jobFailed ? 'failed' : 'succeeded'}`);
    failed ||= jobFailed;
  }
  return !failed;
}

/** The stand-ins for the actions the workflow uses; anything else is a setup error. */
function uses(step, workspace) {
  const action = String(step.uses).replace(/@.*$/, '');
  const w = step.with ?? {};
  if (action === 'actions/checkout') {
    if (!w.repository) return 0; // the workspace is the clone of the repository of drafts
    const dest = resolve(workspace, w.path ?? '.');
    log(`  ${w.repository} → ${dest}: a copy of ${ROOT}`);
    copyWorkingTree(dest);
    return 0;
  }
  if (action === 'actions/setup-node') {
    const want = Number.parseInt(String(w['node-version'] ?? '0'), 10);
    const have = Number.parseInt(process.versions.node, 10);
    log(`  node ${process.versions.node} (wanted ${w['node-version']})`);
    return have >= want ? 0 : 1;
  }
  if (action === 'github/codeql-action/upload-sarif') {
    const file = resolve(workspace, w.sarif_file ?? '');
    try {
      const sarif = JSON.parse(readFileSync(file, 'utf8'));
      if (sarif.version !== '2.1.0' || !Array.isArray(sarif.runs)) throw new Error('not SARIF 2.1.0');
      const results = sarif.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0);
      log(`  ${file}: SARIF 2.1.0, ${results} results (not uploaded)`);
      return 0;
    } catch (e) {
      log(`  ${file}: ${e.message}`);
      return 1;
    }
  }
  throw new SetupError(`uses: ${step.uses} is not stood in for`);
}

let status = 0;
try {
  const results = [];
  for (const r of recipes) results.push([r, r === 'pre-commit' ? preCommit() : githubActions()]);
  for (const [r, ok] of results) log(`${r}: ${ok ? 'PASSED' : 'FAILED'}`);
  status = results.every(([, ok]) => ok) ? 0 : 1;
} catch (e) {
  // Not the recipe failing but this script or the machine: never reported as a red CI run.
  console.error(`run-locally: ${e instanceof SetupError ? e.message : (e?.stack ?? e)}`);
  status = 2;
} finally {
  if (parsed.values.keep) log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
