// Shared pieces of the real-VS-Code harness: the VS Code server that code-server bundles
// (lib/vscode/out/server-main.js, extension host = node), and Debian chromium driven by
// playwright-core as a thin headless client of its web workbench.
//
// Used by code-shim.mjs (the "VS Code executable" given to @vscode/test-electron),
// test/e2e/run.mjs and screenshots.mjs. Everything it starts it stops again, by pid.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = process.env.CHINH_DANH_VSCODE_CACHE || path.join(REPO, '.vscode-test');
export const VSCODE_DIR = path.join(CACHE, 'code-server/node_modules/code-server/lib/vscode');
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out/server-main.js');
export const CHROMIUM = process.env.CHINH_DANH_CHROMIUM || '/usr/bin/chromium';
export const VERBOSE = !!process.env.CHINH_DANH_E2E_VERBOSE;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function assertInstalled() {
  const missing = [SERVER_MAIN, CHROMIUM].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(
      `real VS Code harness not installed (missing ${missing.join(', ')}); run: bash scripts/e2e/install-vscode.sh`,
    );
  }
}

/** A scratch directory for one run: user data, extensions, server data, browser profile, logs. */
export function makeScratch(prefix = 'chinh-danh-e2e-') {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const dirs = {
    base,
    userData: path.join(base, 'user-data'),
    extensions: path.join(base, 'extensions'),
    serverData: path.join(base, 'server-data'),
    browserProfile: path.join(base, 'chromium'),
    xdg: path.join(base, 'xdg'),
    log: path.join(base, 'server.log'),
  };
  return dirs;
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function serverEnv(scratch) {
  return {
    ...process.env,
    // keep code-server/VS Code from writing into the real home
    XDG_CONFIG_HOME: path.join(scratch.xdg, 'config'),
    XDG_DATA_HOME: path.join(scratch.xdg, 'data'),
    XDG_CACHE_HOME: path.join(scratch.xdg, 'cache'),
    VSCODE_CLI: undefined,
    ELECTRON_RUN_AS_NODE: undefined,
  };
}

function ensureDirs(...dirs) {
  // VS Code creates these non-recursively and then silently skips the dev extension: make them first.
  for (const d of dirs) fs.mkdirSync(d, { recursive: true });
}

/** `code --install-extension x.vsix`, done by the VS Code server's own CLI. */
export function installExtension(vsix, { extensionsDir, userDataDir, scratch }) {
  assertInstalled();
  ensureDirs(extensionsDir, userDataDir, scratch.serverData);
  const r = spawnSync(
    process.execPath,
    [
      SERVER_MAIN,
      '--accept-server-license-terms',
      '--extensions-dir',
      extensionsDir,
      '--user-data-dir',
      userDataDir,
      '--server-data-dir',
      scratch.serverData,
      '--install-extension',
      path.resolve(vsix),
      '--force',
    ],
    { env: serverEnv(scratch), encoding: 'utf8', timeout: 120_000 },
  );
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsix} failed (exit ${r.status ?? r.signal}):\n${out}`);
  }
  return out.trim();
}

/**
 * Starts the VS Code server on a free loopback port. Its output goes to scratch.log
 * (and to stderr with CHINH_DANH_E2E_VERBOSE=1); tailLog() returns the end of it for failures.
 */
export async function startServer({
  scratch,
  userDataDir = scratch.userData,
  extensionsDir = scratch.extensions,
  disableExtensions = false,
  logLevel,
  // VS Code's workspace trust on: a folder nobody trusted opens in Restricted Mode (the "untrusted" e2e step).
  workspaceTrust = false,
}) {
  assertInstalled();
  ensureDirs(userDataDir, extensionsDir, scratch.serverData, scratch.xdg);
  const port = await freePort();
  const args = [
    SERVER_MAIN,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--server-data-dir',
    scratch.serverData,
  ];
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  if (disableExtensions) args.push('--disable-extensions');
  if (logLevel) args.push('--log', logLevel);
  const logFd = fs.openSync(scratch.log, 'a');
  // detached: the server (and the extension host / language server it forks) get their own
  // process group, which stop() signals as a whole - and nothing else.
  const child = spawn(process.execPath, args, {
    env: serverEnv(scratch),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (d) => {
      fs.writeSync(logFd, d);
      if (VERBOSE) process.stderr.write(`[vscode-server] ${d}`);
    });
  }
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });

  const authority = `127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`VS Code server exited early (${exited.code ?? exited.signal}):\n${tailLog(scratch)}`);
    try {
      if ((await fetch(`http://${authority}/version`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline)
      throw new Error(`VS Code server did not answer on ${authority} within 60 s:\n${tailLog(scratch)}`);
    await sleep(200);
  }

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 25 && !exited; i++) await sleep(100);
    if (!exited) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    try {
      fs.closeSync(logFd);
    } catch {
      /* closed */
    }
  };
  return { port, authority, pid: child.pid, stop, remote: (p) => `vscode-remote://${authority}${path.resolve(p)}` };
}

export function tailLog(scratch, lines = 40) {
  try {
    return fs
      .readFileSync(scratch.log, 'utf8')
      .split('\n')
      .slice(-lines)
      .map((l) => `  | ${l}`)
      .join('\n');
  } catch {
    return '  | (no server log)';
  }
}

/**
 * The workbench URL. payload entries are VS Code's web "payload" pairs, e.g.
 * ['extensionDevelopmentPath', server.remote(dir)], ['extensionTestsPath', server.remote(file)].
 */
export function workbenchUrl(server, { folder, payload = [] }) {
  const q = [];
  q.push(folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true');
  const all = [['skipWelcome', 'true'], ['skipReleaseNotes', 'true'], ...payload];
  q.push(`payload=${encodeURIComponent(JSON.stringify(all))}`);
  return `http://${server.authority}/?${q.join('&')}`;
}

/** Headless Debian chromium with a fresh profile. Needs no display. */
export async function launchBrowser({ scratch, viewport = { width: 1400, height: 900 }, locale, deviceScaleFactor }) {
  const { chromium } = require('playwright-core');
  ensureDirs(scratch.browserProfile);
  const context = await chromium.launchPersistentContext(scratch.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    deviceScaleFactor,
    locale,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (VERBOSE) process.stderr.write(`[workbench ${m.type()}] ${m.text()}\n`);
  });
  page.on('pageerror', (e) => {
    if (VERBOSE) process.stderr.write(`[workbench pageerror] ${e.message}\n`);
  });
  return {
    context,
    page,
    close: async () => {
      try {
        await context.close();
      } catch {
        /* gone */
      }
    },
  };
}

// Expected in an offline sandbox, and not about the extension: the marketplace (open-vsx) and
// telemetry hosts do not resolve, the web workbench's service worker and the workbench's own
// startup chatter. Shown with CHINH_DANH_E2E_VERBOSE=1.
const HARMLESS = [
  /ENOTFOUND (open-vsx\.org|[\w.-]*\.microsoft\.com|[\w.-]*visualstudio\.com)/,
  /^\[Service Worker\] registration/,
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|ChatSessionStore:)/,
];

/**
 * Wires VS Code's extension-test automation hooks into the page before it loads:
 * codeAutomationLog -> our stdout/stderr, codeAutomationExit -> the returned { exit } promise
 * (wrapped: an async function returning the bare promise would wait for it).
 */
export async function automationHooks(page) {
  let resolveExit;
  const exit = new Promise((r) => {
    resolveExit = r;
  });
  await page.exposeFunction('codeAutomationExit', (code) => {
    resolveExit(Number(code) || 0);
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = (Array.isArray(args) ? args : [args])
      .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
      .join(' ');
    if (!VERBOSE && HARMLESS.some((re) => re.test(line))) return;
    (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  });
  return { exit };
}

/** Waits until the workbench is rendered (and the folder, if any, is open). */
export async function waitForWorkbench(page, timeout = 60_000) {
  await page.waitForSelector('.monaco-workbench', { timeout });
  await page.waitForSelector('.part.statusbar', { timeout });
}

export function removeScratch(scratch) {
  if (process.env.CHINH_DANH_E2E_KEEP) {
    process.stderr.write(`[e2e] kept scratch dir ${scratch.base}\n`);
    return;
  }
  fs.rmSync(scratch.base, { recursive: true, force: true, maxRetries: 3 });
}
