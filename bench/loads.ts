/**
 * Glossary load times as a server or the CLI sees them at start: each in a fresh process (bench/load-child.ts), so
 * nothing is warm — first from the YAML with an empty cache (what the first start after a change pays), then from
 * the compiled-glossary cache the first load wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { round, timing, type Timing } from './stats';

export interface LoadFigures {
  entries: number;
  /** From YAML, cache empty. */
  first: Timing;
  /** Writing the compiled form afterwards (not part of the load; the server does it after a pause). */
  persistMs: number;
  /** From the cache. */
  cached: Timing;
  /**
   * The first check of a small draft right after each kind of load: a glossary parses its sections and builds its
   * look-ups when a check first reads them, so this is part of what the first diagnostics wait for.
   */
  firstCheckAfterFirst: Timing;
  firstCheckAfterCached: Timing;
  /** Resident memory of the process after each kind of load. */
  firstRssMb: number;
  cachedRssMb: number;
}

interface ChildResult {
  loadMs: number;
  firstCheckMs: number;
  persistMs?: number;
  fromCache: boolean;
  entries: number;
  rssMb: number;
}

function child(root: string, cacheDir: string, extra: string[], persist: boolean): ChildResult {
  // The child is bundled beside the bench (out/bench/load-child.js), as the server and the CLI are.
  const args = [
    join(__dirname, 'load-child.js'),
    cacheDir,
    `--check=${join(root, 'samples', '01-tiep-dai-su.md')}`,
    ...(persist ? ['--persist'] : []),
    ...extra,
  ];
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildResult;
}

export function measureLoads(root: string, extra: string[], cacheRoot: string, runs: number): LoadFigures {
  const first: ChildResult[] = [];
  const cached: ChildResult[] = [];
  let persistMs = NaN;
  for (let i = 0; i < runs; i++) {
    // A cache folder of its own, empty: the load reads the YAML; then it stores the compiled glossary.
    const dir = mkdtempSync(join(cacheRoot, '..', 'cache-'));
    try {
      const f = child(root, dir, extra, true);
      if (f.fromCache) throw new Error('an empty cache gave a glossary');
      first.push(f);
      persistMs = f.persistMs ?? NaN;
      const c = child(root, dir, extra, false);
      if (!c.fromCache) throw new Error('the cache written by the first load was not used');
      cached.push(c);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // The shared cache folder gets the compiled glossary too: the spawned servers start from it.
  child(root, cacheRoot, extra, true);
  return {
    entries: first[0].entries,
    first: timing(first.map((r) => r.loadMs)),
    persistMs: round(persistMs),
    cached: timing(cached.map((r) => r.loadMs)),
    firstCheckAfterFirst: timing(first.map((r) => r.firstCheckMs)),
    firstCheckAfterCached: timing(cached.map((r) => r.firstCheckMs)),
    firstRssMb: round(Math.max(...first.map((r) => r.rssMb))),
    cachedRssMb: round(Math.max(...cached.map((r) => r.rssMb))),
  };
}
