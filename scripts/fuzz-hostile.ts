/**
 * Figures for RELIABILITY.md: each hostile glossary of test/reliability/hostile-glossaries.ts given to the
 * built CLI, with its exit code, wall time and peak memory (maxRSS of the CLI process, read by a preload
 * that writes process.resourceUsage() on exit). Usage: `tsx scripts/fuzz-hostile.ts` (after npm run build).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { closeHostileSockets, HOSTILE_GLOSSARIES } from '../test/reliability/hostile-glossaries';
import { CLI_BIN, ROOT } from '../test/support/build';

const PRELOAD = `process.on('exit', () => require('node:fs').writeFileSync(process.env.CHINH_DANH_RSS_FILE,
  String(process.resourceUsage().maxRSS)));\n`;

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-hostile-figures-'));
  const preload = path.join(dir, 'rss-preload.cjs');
  fs.writeFileSync(preload, PRELOAD);
  const draft = path.join(dir, 'draft.md');
  fs.writeFileSync(draft, 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n');
  const rows = ['| input | exit | time | peak RSS | first stderr line |', '|---|---|---|---|---|'];
  try {
    for (const h of [{ name: 'bundled glossary only (baseline)', make: () => '' }, ...HOSTILE_GLOSSARIES]) {
      const glossary = await h.make(dir);
      const rssFile = path.join(dir, 'rss.txt');
      fs.rmSync(rssFile, { force: true });
      const args = ['--require', preload, CLI_BIN, 'check', ...(glossary ? ['--glossary', glossary] : []), draft];
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
        killSignal: 'SIGKILL',
        env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23', CHINH_DANH_RSS_FILE: rssFile },
      });
      const ms = performance.now() - t0;
      const rss = fs.existsSync(rssFile) ? `${(Number(fs.readFileSync(rssFile, 'utf8')) / 1024).toFixed(0)} MB` : '?';
      const first = (r.stderr.split('\n')[0] ?? '').replaceAll(dir, '…').replaceAll('|', '\\|').slice(0, 110);
      rows.push(`| ${h.name} | ${r.signal ?? r.status} | ${(ms / 1000).toFixed(2)} s | ${rss} | ${first} |`);
    }
  } finally {
    closeHostileSockets();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(`${rows.join('\n')}\n`);
}

void main();
