#!/usr/bin/env node
// A "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
//
// test-electron starts it with Electron-style arguments. Instead of an Electron VS Code (which
// cannot be downloaded here) it runs the tests in a real VS Code 1.100.3: the VS Code server that
// code-server bundles (extension host = node) plus its web workbench in headless Debian chromium.
// The extension-test exit code (codeAutomationExit) becomes this process's exit code.
//
// Understood:   <folder>  --extensionDevelopmentPath=P (repeatable)  --extensionTestsPath=P
//               --user-data-dir=D  --extensions-dir=E  --disable-extensions  --locale=L  --verbose
//               --install-extension <vsix> (CLI mode, like `code --install-extension`)  --version
// Ignored:      other Electron/desktop flags (--no-sandbox, --disable-gpu-sandbox, --disable-updates, ...)
// Env:          CHINH_DANH_E2E_TIMEOUT   hard limit in seconds (default 240); exit 124 when hit
//               CHINH_DANH_E2E_VERBOSE=1 server + browser console to stderr
//               CHINH_DANH_E2E_KEEP=1    keep the scratch dir (logs, profile) for inspection
//               CHINH_DANH_E2E_SCREENSHOT=file.png  screenshot of the workbench when the tests end
//               CHINH_DANH_E2E_WORKSPACE_TRUST=1    workspace trust on: the folder opens in Restricted Mode
import fs from 'node:fs';
import path from 'node:path';
import {
  assertInstalled,
  automationHooks,
  installExtension,
  launchBrowser,
  makeScratch,
  removeScratch,
  startServer,
  tailLog,
  workbenchUrl,
  SERVER_MAIN,
} from './harness.mjs';

const VALUE_OPTS = new Set([
  'extensionDevelopmentPath',
  'extensionTestsPath',
  'user-data-dir',
  'extensions-dir',
  'install-extension',
  'locale',
  'folder-uri',
  'file-uri',
  'log',
]);

function parseArgs(argv) {
  const o = { dev: [], positional: [], flags: new Set(), install: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      o.positional.push(path.resolve(a));
      continue;
    }
    let [name, value] = a.slice(2).split(/=(.*)/s, 2);
    if (value === undefined && VALUE_OPTS.has(name)) value = argv[++i];
    switch (name) {
      case 'extensionDevelopmentPath':
        o.dev.push(path.resolve(value));
        break;
      case 'extensionTestsPath':
        o.tests = path.resolve(value);
        break;
      case 'user-data-dir':
        o.userData = path.resolve(value);
        break;
      case 'extensions-dir':
        o.extensions = path.resolve(value);
        break;
      case 'install-extension':
        o.install.push(value);
        break;
      case 'locale':
        o.locale = value;
        break;
      case 'log':
        o.log = value;
        break;
      default:
        o.flags.add(name);
    }
  }
  return o;
}

const say = (m) => process.stderr.write(`[code-shim] ${m}\n`);
const opts = parseArgs(process.argv.slice(2));

if (opts.flags.has('version')) {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(SERVER_MAIN), '../package.json'), 'utf8'));
  console.log(`${pkg.version}\n(code-server shim)\nx64`);
  process.exit(0);
}

assertInstalled();
const scratch = makeScratch('chinh-danh-shim-');
const userDataDir = opts.userData ?? scratch.userData;
const extensionsDir = opts.extensions ?? scratch.extensions;

if (opts.install.length) {
  let rc = 0;
  for (const vsix of opts.install) {
    try {
      console.log(installExtension(vsix, { extensionsDir, userDataDir, scratch }));
    } catch (e) {
      console.error(e.message);
      rc = 1;
    }
  }
  removeScratch(scratch);
  process.exit(rc);
}

const TIMEOUT_S = Number(process.env.CHINH_DANH_E2E_TIMEOUT || 240);
let server, browser, cleaning;

async function cleanup() {
  cleaning ??= (async () => {
    // The browser first (else the workbench logs reconnect attempts), then the server's process
    // group (server, extension host, language server); neither may hold us up for long.
    const bounded = (p, ms) => Promise.race([p, new Promise((r) => setTimeout(r, ms))]);
    await bounded(browser?.close() ?? Promise.resolve(), 5_000);
    await bounded(server?.stop() ?? Promise.resolve(), 5_000);
  })();
  return cleaning;
}

function extHostLogTail(lines = 30) {
  const found = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost\.log$/.test(e.name)) found.push(p);
    }
  };
  try {
    walk(scratch.serverData);
  } catch {
    /* no logs */
  }
  return found
    .map((f) => `--- ${path.basename(f)}\n${fs.readFileSync(f, 'utf8').split('\n').slice(-lines).join('\n')}`)
    .join('\n');
}

let finishing = false;
async function finish(code, why) {
  if (finishing) return;
  finishing = true;
  clearTimeout(hardTimer);
  setTimeout(() => process.exit(code), 20_000).unref(); // whatever happens below, we do exit
  if (why) say(why);
  if (code !== 0) {
    say(`exit ${code}; VS Code server log (tail):\n${tailLog(scratch)}`);
    const ext = extHostLogTail();
    if (ext) say(`extension host log (tail):\n${ext}`);
  }
  await cleanup();
  removeScratch(scratch);
  process.exit(code);
}

const hardTimer = setTimeout(() => {
  finish(124, `timeout: no result after ${TIMEOUT_S} s (CHINH_DANH_E2E_TIMEOUT)`);
}, TIMEOUT_S * 1000);
for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(sig, () => {
    finish(code, `got ${sig}`);
  });
}

try {
  const t0 = Date.now();
  server = await startServer({
    scratch,
    userDataDir,
    extensionsDir,
    disableExtensions: opts.flags.has('disable-extensions'),
    logLevel: opts.log,
    workspaceTrust: process.env.CHINH_DANH_E2E_WORKSPACE_TRUST === '1',
  });
  const folder = opts.positional.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  const payload = opts.dev.map((p) => ['extensionDevelopmentPath', server.remote(p)]);
  if (opts.tests) payload.push(['extensionTestsPath', server.remote(opts.tests)]);
  if (opts.flags.has('disable-extensions')) payload.push(['disableExtensions', 'true']);
  if (opts.flags.has('verbose')) payload.push(['verbose', 'true']);

  browser = await launchBrowser({ scratch, locale: opts.locale });
  const { exit } = await automationHooks(browser.page);
  say(
    `VS Code server ${server.authority} up in ${Date.now() - t0} ms; opening workbench${folder ? ` on ${folder}` : ''}`,
  );
  await browser.page.goto(workbenchUrl(server, { folder, payload }));

  if (!opts.tests) say('no --extensionTestsPath: the workbench stays open until the timeout or Ctrl+C');
  const code = await exit;
  if (process.env.CHINH_DANH_E2E_SCREENSHOT) {
    await browser.page
      .screenshot({ path: process.env.CHINH_DANH_E2E_SCREENSHOT })
      .catch((e) => say(`screenshot failed: ${e.message}`));
  }
  await finish(code);
} catch (e) {
  await finish(1, `error: ${e?.stack ?? e}`);
}
