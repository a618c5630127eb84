/**
 * One tool with one glossary, of the full-check comparison, in a worker thread of its own: its own heap, as each
 * tool has in real use (our server and CLI, textlint, cspell are separate processes, each given one glossary). In
 * one shared heap every tool's collector also walked the others' dictionaries and garbage (our 1 MB check: 62–65 ms
 * alone, 70–164 ms among the others).
 *
 * It loads the glossaries it needs from the compiled cache the bench wrote, makes its tasks from the documents it is
 * given, then answers {id, report} with the time of one run measured here (not the message's trip) and, when asked,
 * the spans it reported. Bundled beside the bench as out/bench/tool-worker.js.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { check, type Glossary } from '../server/src/engine';
import { glossaryDirs, loadGlossary } from '../server/src/node/glossary-loader';
import { cspell, textlintPrh, wrongForms, type Linter, type Reported } from './competitors';
import { AS_OF } from './documents';
import { now } from './stats';

export type ToolName = 'ours' | 'textlint + prh' | 'cspell';

export interface ToolTask {
  id: string;
  glossary: string;
  doc: string;
}

export interface ToolWorkerData {
  tool: ToolName;
  cacheDir: string;
  workDir: string;
  /** Extra glossary folders by glossary tag ("bundled": none). */
  extraDirs: Record<string, string[]>;
  /** Document texts by key. */
  docs: Record<string, string>;
  tasks: ToolTask[];
  /** Glossary tags to build a linter for even without a task (its size is reported). */
  linters: string[];
}

export type ToolRequest = { id: string; report: boolean };
export type ToolReply =
  | { ready: true; sizes: Record<string, number> }
  | { id: string; ms: number; reported?: Reported[] }
  | { error: string };

const gc = (globalThis as { gc?: () => void }).gc;

async function setUp(data: ToolWorkerData) {
  const glossaries = new Map<string, Glossary>();
  const glossary = (tag: string): Glossary => {
    let g = glossaries.get(tag);
    if (!g) {
      const loaded = loadGlossary(glossaryDirs(data.extraDirs[tag] ?? []), { cacheDir: data.cacheDir });
      if (!loaded.glossary) throw new Error(`${tag} glossary: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
      glossaries.set(tag, (g = loaded.glossary));
    }
    return g;
  };
  const linters = new Map<string, Linter>();
  const linter = async (tag: string): Promise<Linter> => {
    let l = linters.get(tag);
    if (!l) {
      const g = glossary(tag);
      const forms = wrongForms(g.data);
      l = data.tool === 'cspell' ? await cspell(g.data, forms) : textlintPrh(forms, data.workDir, tag);
      linters.set(tag, l);
    }
    return l;
  };
  if (data.tool !== 'ours') for (const tag of data.linters) await linter(tag);
  const runs = new Map<string, () => Promise<Reported[]> | Reported[]>();
  for (const t of data.tasks) {
    const text = data.docs[t.doc];
    if (data.tool === 'ours') {
      const g = glossary(t.glossary);
      runs.set(t.id, () => check(text, g, { today: AS_OF }).findings.map((f) => ({ start: f.start, end: f.end })));
    } else {
      const l = await linter(t.glossary);
      runs.set(t.id, () => l.run(text));
    }
  }
  const sizes = Object.fromEntries([...linters].map(([tag, l]) => [tag, l.size]));
  return { runs, sizes };
}

async function main(port: NonNullable<typeof parentPort>): Promise<void> {
  const { runs, sizes } = await setUp(workerData as ToolWorkerData);
  port.on('message', (request: ToolRequest) => {
    void (async () => {
      try {
        // A task's first run (the one whose reports are kept) starts from a collected heap; the timed ones do not.
        if (request.report) gc?.();
        const t0 = now();
        const reported = await runs.get(request.id)!();
        const ms = now() - t0;
        port.postMessage({ id: request.id, ms, ...(request.report ? { reported } : {}) } satisfies ToolReply);
      } catch (err) {
        port.postMessage({
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        } satisfies ToolReply);
      }
    })();
  });
  port.postMessage({ ready: true, sizes } satisfies ToolReply);
}

if (parentPort) {
  const port = parentPort;
  main(port).catch((err: unknown) => {
    port.postMessage({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies ToolReply);
  });
}
