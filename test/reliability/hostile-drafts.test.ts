/**
 * Hostile drafts checked by the built CLI as real processes (issue 10): a 10 MB single line, 1 MB of alternating
 * combining marks, 100,000 citations, 5 MB of one repeated title, a 3.9 MB file with CR-only line endings. Each must
 * end normally (exit 0 with --fail-on never) with bounded memory. Time and peak RSS are reported as test diagnostics,
 * never asserted as times; memory is asserted against a generous ceiling. Every sentence is written for this test.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CLI_BIN, ensureBuilt, ROOT } from '../support/build';

const MB = 1024 * 1024;
/** A check that has not ended by then is hung (the process is killed and the test fails). */
const HANG_LIMIT_MS = 10 * 60_000;
const MEMORY_CEILING_MB = 1024;

const SENTENCES = [
  (i: number) => `Ngày ${1 + (i % 28)}/${1 + (i % 12)}/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ lần ${i}.`,
  (i: number) => `Buổi làm việc số ${i} bàn về thương mại, văn hóa và trao đổi sinh viên giữa hai nước.`,
  (i: number) => `Hai bên nhắc lại Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị (mục ${i}).`,
  (i: number) => `Thủ tướng Phạm Minh Chính chủ trì phiên họp thứ ${i} với các bộ, ngành và địa phương.`,
  (i: number) => `Đoàn đại biểu đã thăm một khu công nghiệp và gặp gỡ doanh nghiệp trong ngày ${i}.`,
];

/** Prose of about `bytes` UTF-8 bytes, sentences joined by `join` (no two the same). */
function prose(bytes: number, join: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = SENTENCES[i % SENTENCES.length](i);
    parts.push(s);
    size += Buffer.byteLength(s) + join.length;
  }
  return parts.join(join);
}

function repeatedTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

interface Hostile {
  name: string;
  file: string;
  text: () => string;
}

const HOSTILE: Hostile[] = [
  { name: '10 MB on a single line', file: 'mot-dong.md', text: () => prose(10 * MB, ' ') },
  {
    name: '1 MB of alternating combining marks',
    file: 'dau-ghep.md',
    text: () =>
      `Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ. e${repeatedTo('\u0301\u0323', MB)}\n` +
      `${repeatedTo('\u0323\u0301', MB / 4)} Thủ tướng Phạm Minh Chính chủ trì.\n`,
  },
  {
    name: '100,000 citations',
    file: 'trich-dan.md',
    text: () => {
      const lines: string[] = [];
      for (let i = 1; i <= 100_000; i++)
        lines.push(`${i}. Theo Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị, ngày ${1 + (i % 28)}/3/2024.`);
      return lines.join('\n') + '\n';
    },
  },
  {
    name: '5 MB of one repeated title',
    file: 'chuc-danh.md',
    text: () => repeatedTo('Bộ trưởng Ngoại giao Bùi Thanh Sơn ', 5 * MB),
  },
  {
    name: '3.9 MB with CR-only line endings',
    file: 'cr.txt',
    text: () => prose(3.9 * MB, '\r').replace(/\. (?=Thủ tướng)/g, '.\r\r'),
  },
];

describe('hostile drafts (CLI process)', () => {
  let dir: string;
  let reporter: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-hostile-drafts-'));
    // Preloaded into the CLI process: prints its peak resident memory when it exits (no /usr/bin/time needed).
    reporter = path.join(dir, 'peak-rss.cjs');
    fs.writeFileSync(
      reporter,
      "process.on('exit', () => require('fs').writeSync(2, '\\npeak-rss-kb ' + process.resourceUsage().maxRSS + '\\n'));\n",
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const h of HOSTILE) {
    test(`${h.name}: the CLI ends normally with bounded memory`, (t) => {
      const file = path.join(dir, h.file);
      const text = h.text();
      fs.writeFileSync(file, text);
      const started = performance.now();
      const r = spawnSync(process.execPath, ['--require', reporter, CLI_BIN, 'check', '--fail-on', 'never', file], {
        cwd: ROOT,
        encoding: 'utf8',
        // The report of a draft with a hundred thousand findings is large and not what is tested here.
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: HANG_LIMIT_MS,
        killSignal: 'SIGKILL',
        env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' },
      });
      const seconds = (performance.now() - started) / 1000;
      fs.rmSync(file);
      assert.equal(r.signal, null, `killed (hung or out of memory); stderr:\n${r.stderr.slice(-2000)}`);
      assert.equal(r.status, 0, `stderr:\n${r.stderr.slice(-2000)}`);
      assert.doesNotMatch(r.stderr, /internal error|heap out of memory/i);
      const kb = /peak-rss-kb (\d+)/.exec(r.stderr)?.[1];
      assert.ok(kb, 'the peak memory was reported');
      const peakMb = Number(kb) / 1024;
      const size = (Buffer.byteLength(text) / MB).toFixed(1);
      t.diagnostic(`${h.name} (${size} MB): ${seconds.toFixed(1)} s, peak RSS ${peakMb.toFixed(0)} MB`);
      assert.ok(peakMb < MEMORY_CEILING_MB, `peak RSS ${peakMb.toFixed(0)} MB`);
    });
  }
});
