/**
 * Cooperative scheduling of long checks on the server's one thread. A check is a generator that yields between
 * bounded units of work (engine `DocumentChecker.run`); the scheduler steps the running checks in turns of at most
 * `sliceMs` and gives the event loop back between turns (`setImmediate`), so that requests (hover, completion,
 * code actions), notifications (a newer edit, a close) and other documents' checks get through while a huge
 * document is being checked. One turn steps one check (round robin), so N documents checking at once share the
 * thread instead of the first one starving the others.
 *
 * A check ends in one of three ways: done (its result), abandoned (the caller cancelled it, or its `wanted`
 * predicate turned false: a newer edit, a close), or failed (the generator threw).
 */

/** What became of a scheduled check. */
export type Outcome<T> = { done: true; value: T } | { done: false };

/** A scheduled check: its outcome, and a way to abandon it at once (before its next step). */
export interface Job<T> {
  readonly outcome: Promise<Outcome<T>>;
  /** Stops the check and closes its generator now; the outcome resolves `{ done: false }`. Idempotent. */
  cancel(): void;
}

export interface SchedulerOptions {
  /** Longest stretch of checking between two returns to the event loop (the unit of work may overrun it). */
  sliceMs: number;
  /** Clock in milliseconds; injectable for tests that count turns rather than time. */
  now?: () => number;
}

export interface RunHooks {
  /** Called once, the first time a turn ends with the check unfinished: it is a long one (show progress). */
  onSuspended?: () => void;
}

interface Entry {
  /** One unit of work; true once the generator is done. */
  step(): boolean;
  suspended(): void;
  wanted(): boolean;
  abandon(): void;
  fail(err: unknown): void;
  settled: boolean;
}

/** A few milliseconds: far below what a user notices, far above the cost of a turn of the event loop. */
export const DEFAULT_SLICE_MS = 5;

export class CooperativeScheduler {
  private readonly queue: Entry[] = [];
  private pending = false;
  private readonly sliceMs: number;
  private readonly now: () => number;
  /** Turns run so far (tests and statistics). */
  turns = 0;
  /** The longest turn so far, in ms (the worst the scheduler held the thread). */
  longestTurnMs = 0;
  /** The process's CPU time during that turn, in ms (see ServerStats.longestCheckSliceCpuMs). */
  longestTurnCpuMs = 0;

  constructor(options: Partial<SchedulerOptions> = {}) {
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.now = options.now ?? (() => performance.now());
  }

  /** Checks waiting for their next turn. */
  get size(): number {
    return this.queue.length;
  }

  /**
   * Steps `work` in turns until it returns. `wanted` is asked before every step: once it is false the check is
   * abandoned (its generator closed with `return()`, so the engine's `finally` blocks run).
   */
  run<T>(work: Generator<void, T, void>, wanted: () => boolean = () => true, hooks: RunHooks = {}): Job<T> {
    let resolve!: (o: Outcome<T>) => void;
    let reject!: (err: unknown) => void;
    const outcome = new Promise<Outcome<T>>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const entry: Entry = {
      settled: false,
      step: () => {
        const r = work.next();
        if (!r.done) return false;
        entry.settled = true;
        resolve({ done: true, value: r.value });
        return true;
      },
      wanted,
      suspended: () => {
        const once = hooks.onSuspended;
        hooks.onSuspended = undefined;
        once?.();
      },
      abandon: () => {
        if (entry.settled) return;
        entry.settled = true;
        try {
          work.return(undefined as T);
        } catch {
          // A generator that throws while being closed has nothing left to give.
        }
        resolve({ done: false });
      },
      fail: (err) => {
        entry.settled = true;
        reject(err);
      },
    };
    this.queue.push(entry);
    this.wake();
    return {
      outcome,
      cancel: () => {
        entry.abandon();
        const i = this.queue.indexOf(entry);
        if (i >= 0) this.queue.splice(i, 1);
      },
    };
  }

  private wake(): void {
    if (this.pending || this.queue.length === 0) return;
    this.pending = true;
    setImmediate(() => {
      this.pending = false;
      this.turn();
    });
  }

  /** One turn: step checks from the head of the queue until the slice is spent; an unfinished one goes last. */
  private turn(): void {
    this.turns++;
    const start = this.now();
    const cpu = process.cpuUsage();
    const deadline = start + this.sliceMs;
    while (this.queue.length > 0) {
      const entry = this.queue[0];
      let finished: boolean;
      try {
        finished = entry.settled || this.stepUntil(entry, deadline);
      } catch (err) {
        entry.fail(err);
        finished = true;
      }
      if (finished) {
        this.queue.shift();
        if (this.now() < deadline) continue;
      } else {
        // Round robin: the next turn belongs to the next check.
        this.queue.push(this.queue.shift()!);
        try {
          entry.suspended();
        } catch {
          // A progress report that fails must not stop the check.
        }
      }
      break;
    }
    const took = this.now() - start;
    if (took > this.longestTurnMs) {
      const used = process.cpuUsage(cpu);
      this.longestTurnMs = took;
      this.longestTurnCpuMs = (used.user + used.system) / 1000;
    }
    this.wake();
  }

  /** Steps one check until it finishes (true), is no longer wanted (true, abandoned) or the slice is spent. */
  private stepUntil(entry: Entry, deadline: number): boolean {
    for (;;) {
      if (!entry.wanted()) {
        entry.abandon();
        return true;
      }
      if (entry.step()) return true;
      if (this.now() >= deadline) return false;
    }
  }
}
