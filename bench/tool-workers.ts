/** The bench's side of bench/tool-worker.ts: start a tool's worker, ask it for runs one at a time, stop it. */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Reported } from './competitors';
import type { ToolReply, ToolRequest, ToolWorkerData } from './tool-worker';

export interface ToolRun {
  /** Measured in the worker. */
  ms: number;
  reported?: Reported[];
}

export interface ToolWorker {
  /** Rules or words each linter was given, by glossary tag (none for ours). */
  sizes: Record<string, number>;
  run(id: string, report: boolean): Promise<ToolRun>;
  stop(): Promise<void>;
}

export function startToolWorker(data: ToolWorkerData): Promise<ToolWorker> {
  // Bundled beside the bench (out/bench/), as load-child.js is.
  const worker = new Worker(join(__dirname, 'tool-worker.js'), { workerData: data });
  let waiting: { resolve: (r: ToolReply) => void; reject: (e: Error) => void } | undefined;
  worker.on('message', (reply: ToolReply) => {
    const w = waiting;
    waiting = undefined;
    if ('error' in reply) w?.reject(new Error(`${data.tool} worker: ${reply.error}`));
    else w?.resolve(reply);
  });
  worker.on('error', (err) => waiting?.reject(err));
  worker.on('exit', (code) => waiting?.reject(new Error(`${data.tool} worker exited with ${code}`)));
  const next = () => new Promise<ToolReply>((resolve, reject) => (waiting = { resolve, reject }));
  return next().then((ready) => {
    if (!('ready' in ready)) throw new Error(`${data.tool} worker: unexpected first message`);
    return {
      sizes: ready.sizes,
      async run(id, report) {
        const reply = next();
        worker.postMessage({ id, report } satisfies ToolRequest);
        const r = await reply;
        if (!('id' in r) || r.id !== id) throw new Error(`${data.tool} worker: answer for another run`);
        return { ms: r.ms, reported: r.reported };
      },
      stop: () => worker.terminate().then(() => undefined),
    };
  });
}
