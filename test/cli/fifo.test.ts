/** A FIFO named as a draft is refused at once (it would block a read forever), and the other drafts are checked. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CLI_BIN, ensureBuilt } from '../support/build';

test(
  'chinh-danh check on a FIFO exits 2 with a clear message instead of hanging',
  { skip: process.platform === 'win32' && 'no mkfifo' },
  () => {
    ensureBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cd-fifo-'));
    try {
      const fifo = path.join(dir, 'du-thao.md');
      execFileSync('mkfifo', [fifo]);
      fs.writeFileSync(path.join(dir, 'ok.md'), 'Hôm nay trời đẹp.\n');
      const r = spawnSync(process.execPath, [CLI_BIN, 'check', '--locale', 'en', fifo, path.join(dir, 'ok.md')], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(r.error, undefined, 'the CLI finished');
      assert.equal(r.status, 2, r.stdout + r.stderr);
      assert.match(r.stderr, /not a regular file/);
      assert.match(r.stdout, /in 1 file/, 'the other draft was checked');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);
