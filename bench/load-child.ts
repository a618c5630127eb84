/**
 * Run in a fresh process by the bench: loads a glossary the way the server and the CLI do (loadGlossary with the
 * cache folder given) and prints one JSON line: how long it took, whether it came from the cache, entries, memory.
 * With --persist the compiled glossary is then written to the cache, timed apart (it is not part of the load).
 * With --check=<file> the first check of that draft after the load is timed too (firstCheckMs): a glossary read from
 * the cache parses its sections when a check first reads them, so this is what the first diagnostics wait for.
 * Usage (bundled by npm run bench): node out/bench/load-child.js <cacheDir|-> [--persist] [--check=<file>]
 * [extra glossary folders…]
 */
import { readFileSync } from 'node:fs';
import { check } from '../server/src/engine';
import { glossaryDirs, loadGlossary } from '../server/src/node/glossary-loader';

const [cache, ...rest] = process.argv.slice(2);
const persist = rest.includes('--persist');
const draft = rest.find((a) => a.startsWith('--check='))?.slice('--check='.length);
const extra = rest.filter((a) => a !== '--persist' && !a.startsWith('--check='));
const t0 = performance.now();
const result = loadGlossary(glossaryDirs(extra), { cacheDir: cache === '-' ? undefined : cache });
const loadMs = performance.now() - t0;
if (!result.glossary) {
  process.stderr.write(`glossary not loaded: ${JSON.stringify(result.problems.slice(0, 3))}\n`);
  process.exit(1);
}
let firstCheckMs: number | undefined;
if (draft !== undefined) {
  const text = readFileSync(draft, 'utf8');
  const t1 = performance.now();
  check(text, result.glossary, { asOf: '2026-03-10', today: '2026-03-10' });
  firstCheckMs = performance.now() - t1;
}
let persistMs: number | undefined;
if (persist && result.persist) {
  const t1 = performance.now();
  result.persist();
  persistMs = performance.now() - t1;
}
const out = {
  loadMs,
  firstCheckMs,
  persistMs,
  fromCache: result.fromCache === true,
  entries: result.glossary.entryCount(),
  rssMb: process.memoryUsage().rss / 1024 / 1024,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
