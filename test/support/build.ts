/**
 * Build dist/ once per test run. node --test runs test files in parallel processes, and two
 * esbuild runs writing dist/server.js at the same time could let a test start a half-written
 * bundle; a lock directory (mkdir is atomic) serialises them, and a bundle newer than this
 * process is reused.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../../server/src/node/paths';

// Found by walking up, not from __dirname: the bench bundles this module into out/bench/.
export const ROOT = projectRoot();
export const SERVER_JS = path.join(ROOT, 'dist', 'server.js');
export const CLI_BIN = path.join(ROOT, 'bin', 'chinh-danh.js');

const LOCK = path.join(ROOT, 'out', '.test-build-lock');
const STARTED = Date.now() - process.uptime() * 1000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function fresh(): boolean {
  try {
    return [SERVER_JS, path.join(ROOT, 'dist', 'cli.js')].every((f) => fs.statSync(f).mtimeMs >= STARTED - 60_000);
  } catch {
    return false;
  }
}

export function ensureBuilt(): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes belongs to a crashed run.
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > 120_000) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* gone already */
      }
      if (Date.now() > deadline) throw new Error(`could not acquire ${LOCK}`);
      sleep(100);
    }
  }
  try {
    if (!fresh()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}
