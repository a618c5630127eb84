/**
 * `npm run fuzz -- --ops N [--seed S] [--reopen same|bump]`: a property-based fuzz of the real language server over its
 * protocol (see fuzz-ops.ts for what is generated, fuzz-run.ts for the invariants). Ends with one line
 * `fuzz: N operations, F failures`; on a failure, first prints the shrunk sequence that breaks an invariant.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { glossaryDirs, loadGlossary } from '../server/src/node/glossary-loader';
import { ensureBuilt } from '../test/support/build';
import { opArb, type Op } from './fuzz-ops';
import { FuzzSession } from './fuzz-run';

const MAX_RUN_LENGTH = 60;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      ops: { type: 'string', default: '2000' },
      seed: { type: 'string' },
      reopen: { type: 'string', default: 'same' },
    },
  });
  const reopen = values.reopen;
  const budget = Number(values.ops);
  const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
  if (!Number.isInteger(budget) || budget < 1 || !Number.isInteger(seed) || (reopen !== 'same' && reopen !== 'bump')) {
    process.stderr.write('usage: npm run fuzz -- --ops N [--seed S] [--reopen same|bump]\n');
    return 2;
  }
  ensureBuilt();
  const glossary = loadGlossary(glossaryDirs([])).glossary;
  if (!glossary) throw new Error('the bundled glossary does not load');
  const session = new FuzzSession(glossary, { reopen });
  await session.start();
  // Runs draw sequences until the budget is spent; the last one is cut to fit, later ones are skipped.
  // Once a run fails, fast-check replays smaller sequences to shrink it: those always run in full and are
  // counted in "operations executed", not in the budget.
  let left = budget;
  let fuzzed = 0;
  let failing = false;
  const sequences = fc.array(opArb, { minLength: 1, maxLength: MAX_RUN_LENGTH, size: 'max' });
  const property = fc.asyncProperty(sequences, async (drawn: Op[]) => {
    if (!failing && left <= 0) return;
    const ops = failing ? drawn : drawn.slice(0, left);
    if (!failing) {
      left -= ops.length;
      fuzzed += ops.length;
      // Progress on stderr, so the last stdout line stays the summary.
      if (Math.floor(fuzzed / 1000) > Math.floor((fuzzed - ops.length) / 1000))
        process.stderr.write(`… ${fuzzed} operations\n`);
    }
    try {
      await session.run(ops);
    } catch (err) {
      failing = true;
      throw err;
    }
  });
  const started = Date.now();
  const result = await fc.check(property, { seed, numRuns: budget });
  await session.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`seed ${seed}, ${seconds} s, ${session.operations} operations executed\n`);
  for (const [kind, t] of [...session.timings].sort()) {
    const mean = (t.total / t.count).toFixed(1);
    const worst = t.worst.toFixed(0);
    process.stdout.write(`  ${kind.padEnd(12)} ${String(t.count).padStart(6)}× mean ${mean} ms, worst ${worst} ms\n`);
  }
  if (result.failed) {
    const repro = result.counterexample?.[0] ?? [];
    const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    process.stdout.write(`\nFAILURE (seed ${seed}, path ${result.counterexamplePath})\n${error}\n`);
    process.stdout.write(`shrunk repro (${repro.length} operations, replay with --seed ${seed}):\n`);
    for (const op of repro) process.stdout.write(`  ${JSON.stringify(op)}\n`);
  }
  process.stdout.write(`fuzz: ${fuzzed} operations, ${result.failed ? 1 : 0} failures\n`);
  return result.failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`fuzz: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exit(2);
  },
);
