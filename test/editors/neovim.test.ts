/**
 * `chinh-danh lsp --stdio` driven by Neovim's built-in LSP client, headless, as a user would run it: Neovim opens a
 * draft with a stale title and the README's Neovim 0.7+ configuration (test/editors/neovim/init.lua) starts the
 * server. Diagnostics must arrive, carry the settings from the `chinhDanh` section (English, outdated-title raised to
 * error), sit at the right column of a line full of multi-byte letters, and the quick fix applied by Neovim must
 * clear the finding. Neovim comes from Debian (`scripts/editors/install-neovim.sh` installs it where missing); when
 * it cannot be installed the test fails, it never skips.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { CLI_BIN, ROOT, ensureBuilt } from '../support/build';

const INIT_LUA = path.join(__dirname, 'neovim', 'init.lua');
const INSTALL = path.join(ROOT, 'scripts', 'editors', 'install-neovim.sh');
/** How long Neovim waits for each step before it reports a timeout; the process gets a little more. */
const NVIM_TIMEOUT_MS = 60_000;

const PREFIX = 'Ngày 23/11/2026, ';
const DRAFT = `${PREFIX}Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đoàn đại biểu hữu nghị.\n`;

interface NvimDiagnostic {
  lnum: number;
  col: number;
  severity: number;
  message: string;
  code?: string;
  source?: string;
  lsp: { range: { start: { line: number; character: number } } };
}

interface Report {
  nvim: string;
  /** Which README configuration ran: 'vim.lsp.start' (0.8+) or 'vim.lsp.start_client' (0.7). */
  api: string;
  error?: string;
  text: string[];
  diagnostics?: NvimDiagnostic[];
  quickFix?: string;
  afterFix?: NvimDiagnostic[];
}

let dir: string;

before(() => {
  ensureBuilt();
  const r = spawnSync('bash', [INSTALL], { encoding: 'utf8', timeout: 600_000 });
  assert.equal(
    r.status,
    0,
    `Neovim is needed for this test and could not be installed by ${path.relative(ROOT, INSTALL)}:\n${r.stdout}${r.stderr}`,
  );
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-nvim-'));
});

after(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs Neovim headless on `draft` until init.lua quits it (or the hard limit), and returns its report. */
async function runNeovim(draft: string): Promise<{ report: Report | undefined; log: string }> {
  const out = path.join(dir, 'report.json');
  // Neovim's own state (lsp.log, shada, swap files) stays in the temp folder, away from the user's home.
  const xdg = Object.fromEntries(
    ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_STATE_HOME', 'XDG_CACHE_HOME'].map((k) => [k, path.join(dir, k)]),
  );
  const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', INIT_LUA, draft], {
    cwd: dir,
    env: {
      ...process.env,
      ...xdg,
      CHINH_DANH_LSP_CMD: JSON.stringify([process.execPath, CLI_BIN, 'lsp', '--stdio']),
      CHINH_DANH_NVIM_OUT: out,
      CHINH_DANH_NVIM_TIMEOUT_MS: String(NVIM_TIMEOUT_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (b: Buffer) => (log += b.toString()));
  child.stderr.on('data', (b: Buffer) => (log += b.toString()));
  const hardLimit = setTimeout(() => child.kill('SIGKILL'), NVIM_TIMEOUT_MS + 30_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(hardLimit);
  log += `\n(nvim exited with ${code})`;
  // Neovim 0.7 keeps lsp.log in the cache folder, later versions in the state folder.
  for (const home of [xdg.XDG_CACHE_HOME, xdg.XDG_STATE_HOME]) {
    const lspLog = path.join(home, 'nvim', 'lsp.log');
    if (fs.existsSync(lspLog)) log += `\n--- ${lspLog} ---\n${fs.readFileSync(lspLog, 'utf8').slice(-4000)}`;
  }
  const report = fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Report) : undefined;
  return { report, log };
}

test(
  'Neovim gets diagnostics from `chinh-danh lsp --stdio` and applies its quick fix',
  { timeout: 180_000 },
  async (t) => {
    const draft = path.join(dir, 'du-thao.md');
    fs.writeFileSync(draft, DRAFT);
    const { report, log } = await runNeovim(draft);
    assert.ok(report, `Neovim wrote no report:\n${log}`);
    t.diagnostic(`Neovim ${report.nvim}, configured with ${report.api}`);
    assert.equal(report.error, undefined, `Neovim ${report.nvim} (${report.api}): ${report.error}\n${log}`);

    const stale = report.diagnostics?.find((d) => d.code === 'outdated-title');
    assert.ok(stale, `no outdated-title among ${JSON.stringify(report.diagnostics)}`);
    assert.equal(stale.source, 'chinh-danh');
    // The `chinhDanh` settings section reached the server: English messages, and the severity raised to error (1).
    assert.match(stale.message, /no longer in office on 2026-11-23/);
    assert.equal(stale.severity, 1);
    // "Ngày 23/11/2026, " is 17 UTF-16 code units but 18 bytes: Neovim converted the server's position correctly.
    assert.equal(stale.lnum, 0);
    assert.equal(stale.lsp.range.start.character, PREFIX.length);
    assert.equal(stale.col, Buffer.byteLength(PREFIX));

    assert.ok(report.quickFix, 'a quick fix was applied');
    assert.notEqual(report.text.join('\n'), DRAFT.trimEnd(), 'the quick fix changed the draft');
    assert.ok(!report.afterFix?.some((d) => d.code === 'outdated-title'), JSON.stringify(report.afterFix));
  },
);
