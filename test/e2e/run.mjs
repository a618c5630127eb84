#!/usr/bin/env node
// Runs the in-editor e2e suites in a real VS Code through @vscode/test-electron's runTests.
//
//   step "dev":       extensionDevelopmentPath = this repo, tests = test/e2e/suite (bundled)
//   step "untrusted": like "dev" with VS Code's workspace trust on, so the fixture opens in Restricted Mode;
//                     tests = test/e2e/untrusted (the bundled glossary only, nothing of the workspace read)
//   step "installed": `npm run package`, install chinh-danh.vsix into a fresh extensions dir, then run
//                     test/e2e/installed with only an empty host extension as development path
//
// CHINH_DANH_VSCODE    code-server (default): scripts/e2e/code-shim.mjs = VS Code 1.100.3 server + headless chromium
//                      download: let test-electron download VS Code (CHINH_DANH_VSCODE_VERSION, default stable)
//                      /path/to/code: that VS Code executable
// CHINH_DANH_E2E_STEPS comma list, default "dev,untrusted,installed"
// Every step gets a fresh copy of test/e2e/fixtures/workspace and fresh user-data/extensions dirs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { downloadAndUnzipVSCode, resolveCliPathFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MODE = process.env.CHINH_DANH_VSCODE || 'code-server';
const STEPS = (process.env.CHINH_DANH_E2E_STEPS || 'dev,untrusted,installed')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const SHIM = path.join(REPO, 'scripts/e2e/code-shim.mjs');
const OUT = path.join(REPO, 'out/e2e');
const VSIX = path.join(REPO, 'chinh-danh.vsix');

const log = (m) => console.log(`[e2e] ${m}`);
const secs = (t0) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function sh(cmd, args, what, { quiet = false } = {}) {
  const r = spawnSync(cmd, args, {
    cwd: REPO,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    if (quiet) process.stderr.write(`${r.stdout}${r.stderr}`);
    throw new Error(`${what} failed (exit ${r.status ?? r.signal})`);
  }
  if (quiet) for (const l of `${r.stdout}`.split('\n')) if (/DONE|WARNING/.test(l)) log(l.trim());
}

async function bundleSuites() {
  const entries = {
    'suite/index': 'test/e2e/suite/index.ts',
    'untrusted/index': 'test/e2e/untrusted/index.ts',
    'installed/index': 'test/e2e/installed/index.ts',
  };
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, path.join(REPO, v)])),
    outdir: OUT,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // An empty extension that only hosts the "installed" tests, so that the repository itself
  // is not a development extension in that step.
  const host = path.join(OUT, 'installed-host');
  fs.mkdirSync(host, { recursive: true });
  fs.writeFileSync(
    path.join(host, 'package.json'),
    JSON.stringify(
      {
        name: 'chinh-danh-e2e-host',
        publisher: 'chinh-danh-test',
        version: '0.0.0',
        private: true,
        description: 'hosts the installed-.vsix e2e tests',
        engines: { vscode: '^1.90.0' },
      },
      null,
      2,
    ),
  );
  return host;
}

function freshDirs(step) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), `chinh-danh-${step}-`));
  const ws = path.join(base, 'workspace');
  fs.cpSync(path.join(REPO, 'test/e2e/fixtures/workspace'), ws, { recursive: true });
  const dirs = {
    base,
    ws,
    userData: path.join(base, 'user-data'),
    extensions: path.join(base, 'extensions'),
    results: path.join(base, 'results.jsonl'),
  };
  fs.mkdirSync(dirs.userData);
  fs.mkdirSync(dirs.extensions);
  return dirs;
}

function readResults(file) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

async function resolveVSCode() {
  if (MODE === 'code-server') {
    const main = path.join(REPO, '.vscode-test/code-server/node_modules/code-server/lib/vscode/out/server-main.js');
    if (!process.env.CHINH_DANH_VSCODE_CACHE && !fs.existsSync(main)) {
      throw new Error('code-server is not installed: run `bash scripts/e2e/install-vscode.sh` (npm run test:e2e does)');
    }
    return { exe: SHIM, cli: [SHIM], label: 'VS Code 1.100.3 server (code-server) + headless chromium' };
  }
  const exe =
    MODE === 'download'
      ? await downloadAndUnzipVSCode(process.env.CHINH_DANH_VSCODE_VERSION || 'stable')
      : path.resolve(MODE);
  if (!fs.existsSync(exe)) throw new Error(`CHINH_DANH_VSCODE=${MODE}: ${exe} does not exist`);
  return { exe, cli: [resolveCliPathFromVSCodeExecutablePath(exe)], label: exe };
}

async function runStep(vscode, name, { developmentPath, testsPath, extraArgs = [], env = {}, dirs }) {
  const t0 = Date.now();
  log(`step ${name}: workspace ${dirs.ws}`);
  let code = 0;
  try {
    await runTests({
      vscodeExecutablePath: vscode.exe,
      extensionDevelopmentPath: developmentPath,
      extensionTestsPath: testsPath,
      launchArgs: [dirs.ws, `--user-data-dir=${dirs.userData}`, `--extensions-dir=${dirs.extensions}`, ...extraArgs],
      extensionTestsEnv: { CHINH_DANH_E2E_RESULTS: dirs.results, CHINH_DANH_E2E_WORKSPACE: dirs.ws, ...env },
    });
  } catch (e) {
    code = typeof e?.code === 'number' && e.code !== 0 ? e.code : 1;
    console.error(`[e2e] step ${name} failed: ${e?.message ?? e}`);
  }
  const results = readResults(dirs.results);
  log(`step ${name}: exit ${code} after ${secs(t0)}`);
  if (!process.env.CHINH_DANH_E2E_KEEP) fs.rmSync(dirs.base, { recursive: true, force: true });
  return { name, code, results };
}

async function main() {
  const t0 = Date.now();
  if (!process.env.CHINH_DANH_E2E_NO_BUILD) sh(process.execPath, ['scripts/build.mjs'], 'node scripts/build.mjs');
  const host = await bundleSuites();
  const vscode = await resolveVSCode();
  log(`VS Code: ${vscode.label}`);

  const outcomes = [];
  for (const step of STEPS) {
    if (step === 'dev') {
      outcomes.push(
        await runStep(vscode, 'dev', {
          developmentPath: REPO,
          testsPath: path.join(OUT, 'suite/index.js'),
          extraArgs: ['--disable-extensions'],
          dirs: freshDirs('dev'),
        }),
      );
    } else if (step === 'untrusted') {
      // The shim starts the VS Code server without --disable-workspace-trust; nobody trusts the fresh folder.
      outcomes.push(
        await runStep(vscode, 'untrusted', {
          developmentPath: REPO,
          testsPath: path.join(OUT, 'untrusted/index.js'),
          extraArgs: ['--disable-extensions'],
          env: { CHINH_DANH_E2E_WORKSPACE_TRUST: '1' },
          dirs: freshDirs('untrusted'),
        }),
      );
    } else if (step === 'installed') {
      let vsix = process.env.CHINH_DANH_E2E_VSIX;
      if (!vsix) {
        try {
          sh('npm', ['run', '--silent', 'package'], 'npm run package', { quiet: true });
        } catch (e) {
          console.error(`[e2e] step installed: ${e.message}`);
          outcomes.push({ name: 'installed', code: 1, results: [] });
          continue;
        }
        vsix = VSIX;
      }
      const dirs = freshDirs('installed');
      log(`installing ${path.relative(REPO, path.resolve(vsix))} into ${dirs.extensions}`);
      const [cli, ...cliArgs] = vscode.cli;
      const r = spawnSync(
        cli,
        [
          ...cliArgs,
          `--extensions-dir=${dirs.extensions}`,
          `--user-data-dir=${dirs.userData}`,
          '--install-extension',
          path.resolve(vsix),
          '--force',
        ],
        { encoding: 'utf8' },
      );
      process.stdout.write(r.stdout ?? '');
      if (r.status !== 0) {
        process.stderr.write(r.stderr ?? '');
        if (!process.env.CHINH_DANH_E2E_KEEP) fs.rmSync(dirs.base, { recursive: true, force: true });
        outcomes.push({ name: 'installed', code: r.status || 1, results: [] });
        continue;
      }
      outcomes.push(
        await runStep(vscode, 'installed', {
          developmentPath: host,
          testsPath: path.join(OUT, 'installed/index.js'),
          env: { CHINH_DANH_E2E_EXTENSIONS_DIR: dirs.extensions },
          dirs,
        }),
      );
    } else {
      throw new Error(`unknown CHINH_DANH_E2E_STEPS entry: ${step}`);
    }
  }

  let passed = 0;
  let failed = 0;
  for (const o of outcomes) {
    const ok = o.results.filter((r) => r.ok).length;
    const bad = o.results.length - ok;
    passed += ok;
    // a step that failed without reporting a failed test (crash, activation error, timeout) counts as one failure
    failed += bad || (o.code !== 0 ? 1 : 0);
  }
  const code = outcomes.find((o) => o.code !== 0)?.code ?? 0;
  log(`done in ${secs(t0)}: ${outcomes.map((o) => `${o.name}=${o.code === 0 ? 'ok' : `exit ${o.code}`}`).join(', ')}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(code);
}

main().catch((e) => {
  console.error(`[e2e] ${e?.stack ?? e}`);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
});
