/**
 * Hostile glossaries given to the built CLI as real processes: each must end with exit code 2 and a
 * stderr line naming the file (with line:column where the file has lines) and the reason, never with
 * "internal error" and never by hanging (the spawn timeout turns a hang into a failure, not a stuck run).
 * Times and peak memory are not asserted here: scripts/fuzz-hostile.ts measures them for RELIABILITY.md.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI_BIN, ensureBuilt, ROOT } from '../support/build';
import { closeHostileSockets, HOSTILE_GLOSSARIES } from './hostile-glossaries';

const DRAFT = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
const HANG_LIMIT_MS = 60_000;

describe('hostile glossaries (CLI process)', () => {
  let dir: string;
  let draft: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-hostile-'));
    draft = path.join(dir, 'draft.md');
    fs.writeFileSync(draft, DRAFT);
  });
  after(() => {
    closeHostileSockets();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const h of HOSTILE_GLOSSARIES) {
    test(`${h.name}: exit 2 with the file and the reason on stderr`, async () => {
      const glossary = await h.make(dir);
      const r = spawnSync(process.execPath, [CLI_BIN, 'check', '--glossary', glossary, draft], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: HANG_LIMIT_MS,
        killSignal: 'SIGKILL',
        env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' },
      });
      assert.equal(r.signal, null, `the CLI hung and was killed; stderr:\n${r.stderr}`);
      assert.equal(r.status, 2, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`);
      assert.doesNotMatch(r.stderr, /internal error/);
      const where = h.expectPath(dir);
      const line = r.stderr.split('\n').find((l) => l.startsWith(where));
      assert.ok(line, `no stderr line starts with ${where}:\n${r.stderr}`);
      if (!h.noLine) assert.match(line.slice(where.length), /^\d*:?\d*: /, line);
      assert.match(line, h.message);
    });
  }
});
