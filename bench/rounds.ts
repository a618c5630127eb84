/**
 * Timings of whole-document checks (ours and the competitors', each tool in a worker thread of its own:
 * tool-worker.ts), warm and interleaved: every task runs untimed first (JIT, dictionaries, caches: six times, once
 * for the 10 MB documents), then round after round each task runs once more, so that a noisy neighbour slows all of
 * them alike instead of one; in a round, a task of five rounds or more runs untimed right before its timed run.
 * The medians are reported. Garbage is collected by force only before the first untimed run.
 */
import type { BenchDocument, Planted, PlantedKind } from './documents';
import { timing, type Timing } from './stats';
import type { ToolRun } from './tool-workers';

export interface Task {
  id: string;
  /** Who: "ours", "textlint + prh", "cspell". */
  tool: string;
  doc: BenchDocument;
  /** Glossary the tool was given ("bundled", "5k", "50k"). */
  glossary: string;
  rounds: number;
  /** Runs the tool on the document once: how long it took and, if `report`, the spans it reported. */
  run: (report: boolean) => Promise<ToolRun>;
}

export interface Caught {
  /** Planted errors with a reported span overlapping them, by kind. */
  byKind: Partial<Record<PlantedKind, { caught: number; planted: number }>>;
  caught: number;
  planted: number;
  /** Planted correct mentions that got a report (false alarms), of all planted correct mentions. */
  flaggedCorrect: number;
  correct: number;
  /** Reports that overlap no planted span (on real articles checked as of a later date many are right). */
  otherReports: number;
}

export interface TaskResult extends Timing {
  id: string;
  tool: string;
  doc: string;
  chars: number;
  glossary: string;
  caught: Caught;
}

/** Untimed runs of each task with five rounds or more before the rounds (one for the others, the 10 MB ones). */
const WARMUPS = 6;

export function caughtBy(
  planted: readonly Planted[],
  correct: ReadonlyArray<{ start: number; end: number }>,
  reported: ReadonlyArray<{ start: number; end: number }>,
): Caught {
  const sorted = [...reported].sort((a, b) => a.start - b.start);
  // Reports sorted by start: those overlapping [s, e) start before e and end after s.
  const overlapping = (s: number, e: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start < e) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo - 1; i >= 0 && i >= lo - 50; i--) if (sorted[i].end > s) out.push(i);
    return out;
  };
  const used = new Set<number>();
  const byKind: Caught['byKind'] = {};
  let caught = 0;
  for (const p of planted) {
    const hits = overlapping(p.start, p.end);
    const k = (byKind[p.kind] ??= { caught: 0, planted: 0 });
    k.planted++;
    if (hits.length) {
      k.caught++;
      caught++;
      for (const h of hits) used.add(h);
    }
  }
  let flaggedCorrect = 0;
  for (const c of correct) {
    const hits = overlapping(c.start, c.end);
    if (hits.length) flaggedCorrect++;
    for (const h of hits) used.add(h);
  }
  return {
    byKind,
    caught,
    planted: planted.length,
    flaggedCorrect,
    correct: correct.length,
    otherReports: sorted.length - used.size,
  };
}

export async function runInterleaved(tasks: Task[], log: (s: string) => void): Promise<TaskResult[]> {
  const samples = new Map<string, number[]>(tasks.map((t) => [t.id, []]));
  const caught = new Map<string, Caught>();
  for (const t of tasks) {
    const { ms: first, reported = [] } = await t.run(true);
    // More untimed runs where they are cheap: the JIT and the tools' caches take a few runs of a document to settle
    // (ours: about six runs of 1 MB with 50,000 entries in a fresh worker: 504, 147, 103, 83, 64, 58 ms, then
    // 54-85), and a median over the rounds should not include that.
    const warmups = t.rounds >= 5 ? WARMUPS : 1;
    for (let w = 1; w < warmups; w++) await t.run(false);
    log(`  warm-up ${t.id}: ${first.toFixed(0)} ms, then ${warmups - 1} more; ${reported.length} reports`);
    caught.set(t.id, caughtBy(t.doc.planted, t.doc.correct, reported));
  }
  const rounds = Math.max(...tasks.map((t) => t.rounds));
  for (let r = 0; r < rounds; r++) {
    for (const t of tasks) {
      if (r >= t.rounds) continue;
      // No forced collection here: right after gc() a run is partly cold again (our 1 MB check took 2-3× as long,
      // measured), which is not the warm state the rounds are for; every tool meets the others' garbage alike.
      // An untimed run first, for every tool: between two rounds a worker sits idle while the others run (up to 15 s
      // behind textlint's 10 MB), and V8 shrinks an idle heap after 8 s (its memory reducer), so the next run would
      // be partly cold again (ours, 1 MB with 50,000 entries: 40-48 ms back to back, 44-71 after 8 s idle).
      if (t.rounds >= 5) await t.run(false);
      samples.get(t.id)!.push((await t.run(false)).ms);
    }
    log(`  round ${r + 1}/${rounds} done`);
  }
  return tasks.map((t) => ({
    id: t.id,
    tool: t.tool,
    doc: t.doc.name,
    chars: t.doc.text.length,
    glossary: t.glossary,
    caught: caught.get(t.id)!,
    ...timing(samples.get(t.id)!),
  }));
}
