/**
 * A bounded run of the protocol fuzz (scripts/fuzz.ts) as a real process: a few hundred random editor
 * operations against dist/server.js with fixed seeds, so a failure here replays with the same command.
 * The long run is `npm run fuzz -- --ops 20000` (see RELIABILITY.md).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { ensureBuilt, ROOT } from '../support/build';

const OPS = 300;

describe('protocol fuzz (bounded)', () => {
  before(() => ensureBuilt());

  for (const seed of [1, 2]) {
    test(`${OPS} operations with seed ${seed}: no invariant breaks`, () => {
      const args = ['--import', 'tsx', path.join('scripts', 'fuzz.ts'), '--ops', String(OPS), '--seed', String(seed)];
      const r = spawnSync(process.execPath, args, {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 600_000,
        killSignal: 'SIGKILL',
      });
      assert.equal(r.signal, null, `the fuzz was killed (hung?); stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      const last = r.stdout.trimEnd().split('\n').pop();
      assert.equal(last, `fuzz: ${OPS} operations, 0 failures`, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      assert.equal(r.status, 0);
    });
  }
});
