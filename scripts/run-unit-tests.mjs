// Node 20's test runner does not expand globs, so find the *.test.ts files ourselves and hand them over.
// The e2e suite (test/e2e/suite) runs inside VS Code, not here.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['server/src', 'client/src', 'test'];
const skip = new Set(['node_modules', 'suite', 'fixtures']);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!skip.has(name)) walk(p);
    } else if (name.endsWith('.test.ts')) files.push(p);
  }
};
for (const r of roots) walk(r);
files.sort();
const only = process.argv.slice(2);
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
// Compiled glossaries the servers and CLIs under test write go to a folder of this run, not the user's cache.
const cache = process.env.CHINH_DANH_CACHE_DIR ? undefined : mkdtempSync(join(tmpdir(), 'chinh-danh-test-cache-'));
const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...chosen],
  { stdio: 'inherit', env: cache ? { ...process.env, CHINH_DANH_CACHE_DIR: cache } : process.env },
);
if (cache) rmSync(cache, { recursive: true, force: true });
process.exit(res.status ?? 1);
