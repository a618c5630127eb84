/**
 * The cooperative scheduler that drives checks in the server. Time is a counter the generators advance (one
 * "millisecond" per step), so what is asserted is the order of events, never how long anything took.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CooperativeScheduler } from '../../server/src/lsp/scheduler';

function clock() {
  let t = 0;
  return { now: () => t, tick: () => void t++ };
}

/** A check of `steps` units that logs each unit under `name`. */
function* work(name: string, steps: number, log: string[], tick: () => void): Generator<void, string, void> {
  for (let i = 0; i < steps; i++) {
    log.push(name);
    tick();
    yield;
  }
  return `${name} done`;
}

describe('cooperative scheduler', () => {
  test('runs a check to its result in slices, giving the event loop back between them', async () => {
    const c = clock();
    const scheduler = new CooperativeScheduler({ sliceMs: 5, now: c.now });
    const log: string[] = [];
    const job = scheduler.run(work('a', 20, log, c.tick));
    // Queued after the check started: it can only run if a turn ended before the check did.
    setImmediate(() => log.push('event loop'));
    assert.deepEqual(await job.outcome, { done: true, value: 'a done' });
    const between = log.indexOf('event loop');
    assert.ok(between > 0 && between < log.length - 1, `the event loop ran in between: ${log.join(',')}`);
    assert.ok(scheduler.turns >= 4, `${scheduler.turns} turns`);
  });

  test('two checks share the thread turn by turn instead of one after the other', async () => {
    const c = clock();
    const scheduler = new CooperativeScheduler({ sliceMs: 2, now: c.now });
    const log: string[] = [];
    const a = scheduler.run(work('a', 6, log, c.tick));
    const b = scheduler.run(work('b', 6, log, c.tick));
    await Promise.all([a.outcome, b.outcome]);
    assert.equal(log.join(''), 'aabbaabbaabb');
  });

  test('a check no longer wanted is abandoned before its next step, and its generator closed', async () => {
    const c = clock();
    const scheduler = new CooperativeScheduler({ sliceMs: 3, now: c.now });
    const log: string[] = [];
    let closed = false;
    function* guarded(): Generator<void, string, void> {
      try {
        return yield* work('a', 100, log, c.tick);
      } finally {
        closed = true;
      }
    }
    let wanted = true;
    const job = scheduler.run(guarded(), () => wanted);
    setImmediate(() => (wanted = false));
    assert.deepEqual(await job.outcome, { done: false });
    assert.ok(closed);
    assert.ok(log.length > 0 && log.length < 100, `${log.length} steps ran`);
  });

  test('cancel() abandons at once: no further step runs', async () => {
    const c = clock();
    const scheduler = new CooperativeScheduler({ sliceMs: 1, now: c.now });
    const log: string[] = [];
    const job = scheduler.run(work('a', 100, log, c.tick));
    await new Promise((r) => setImmediate(r));
    job.cancel();
    const steps = log.length;
    assert.deepEqual(await job.outcome, { done: false });
    await new Promise((r) => setImmediate(r));
    assert.equal(log.length, steps);
    assert.equal(scheduler.size, 0);
    job.cancel();
  });

  test('onSuspended is called once for a check that outlasts its first turn, never for one that does not', async () => {
    const c = clock();
    const scheduler = new CooperativeScheduler({ sliceMs: 5, now: c.now });
    const calls: string[] = [];
    const log: string[] = [];
    const long = scheduler.run(work('long', 30, log, c.tick), undefined, { onSuspended: () => calls.push('long') });
    const short = scheduler.run(work('short', 2, log, c.tick), undefined, { onSuspended: () => calls.push('short') });
    await Promise.all([long.outcome, short.outcome]);
    assert.deepEqual(calls, ['long']);
  });

  test('a check that throws rejects its own outcome; the others go on', async () => {
    const scheduler = new CooperativeScheduler({ sliceMs: 5 });
    function* broken(): Generator<void, string, void> {
      yield;
      throw new Error('engine bug');
    }
    const log: string[] = [];
    const bad = scheduler.run(broken());
    const good = scheduler.run(work('b', 3, log, () => undefined));
    await assert.rejects(bad.outcome, /engine bug/);
    assert.deepEqual(await good.outcome, { done: true, value: 'b done' });
  });
});
