/**
 * Measurements over the real protocol: dist/server.js spawned and driven by the tests' LSP client
 * (test/support/lsp-client.ts), exactly as an editor drives it. Edits are sent as incremental changes (one
 * character), and re-check time is measured from didChange to the publishDiagnostics of that version, minus the
 * server's debounce (reported apart).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Position } from 'vscode-languageserver';
import { DEBOUNCE_MS } from '../server/src/lsp/checker';
import { TestClient } from '../test/support/lsp-client';
import { latency, now, round, type Latency } from './stats';

export { DEBOUNCE_MS };

/** Line starts of a text, for offset → LSP position. */
export class Lines {
  private readonly starts: number[] = [0];
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}

const uri = (name: string) => pathToFileURL(`/bench/${name}.md`).href;

export interface Session {
  client: TestClient;
  /** Opens a document and resolves when its first diagnostics arrive; returns the milliseconds it took. */
  open(name: string, text: string): Promise<number>;
  /** Sends a one-character edit in the middle and returns the re-check time (debounce not included). */
  editMiddle(name: string): Promise<number>;
  request(method: 'textDocument/hover' | 'textDocument/completion', name: string, offset: number): Promise<number>;
  /** The last diagnostics published for a document (what an edit's re-check ends with). */
  lastPublication(name: string): unknown;
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Our server with these glossaries, or (`serverJs`) another one: the protocol floor's echo server, which answers an
 * edit at once, so no debounce is taken off its times.
 */
export async function startSession(glossaryPaths: string[] = [], serverJs?: string): Promise<Session> {
  const client = await TestClient.start({ configuration: { glossaryPaths }, serverJs });
  const debounceMs = serverJs ? 0 : DEBOUNCE_MS;
  const docs = new Map<string, { lines: Lines; version: number; inserted: boolean }>();
  const published = new Map<string, unknown>();
  const diagnosticsOf = (name: string, version: number, since: number) =>
    client.waitFor(
      'textDocument/publishDiagnostics',
      (p: { uri: string; version?: number }) => {
        return p.uri === uri(name) && p.version === version;
      },
      { since, timeoutMs: 600_000 },
    );
  return {
    client,
    async open(name, text) {
      docs.set(name, { lines: new Lines(text), version: 1, inserted: false });
      const since = client.mark();
      const t0 = now();
      client.open(uri(name), text);
      await diagnosticsOf(name, 1, since);
      return now() - t0;
    },
    async editMiddle(name) {
      const doc = docs.get(name)!;
      // Insert a letter in the middle, next time take it out again: the text alternates between two versions.
      const offset = doc.lines.text.indexOf(' ', doc.lines.text.length >> 1) + 1;
      const at = doc.lines.position(offset);
      const range = doc.inserted ? { start: at, end: { ...at, character: at.character + 1 } } : { start: at, end: at };
      doc.inserted = !doc.inserted;
      const version = ++doc.version;
      const since = client.mark();
      const t0 = now();
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: uri(name), version },
        contentChanges: [{ range, text: doc.inserted ? 'x' : '' }],
      });
      const params = await diagnosticsOf(name, version, since);
      const ms = now() - t0 - debounceMs;
      published.set(name, params);
      return ms;
    },
    lastPublication: (name) => published.get(name),
    async request(method, name, offset) {
      const position = docs.get(name)!.lines.position(offset);
      const t0 = now();
      await client.connection.sendRequest(method, { textDocument: { uri: uri(name) }, position });
      return now() - t0;
    },
    peakRssMb() {
      const status = readFileSync(`/proc/${client.child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      return round(kb / 1024);
    },
    stop: () => client.stop(),
  };
}

/** Server start to the first diagnostics of a small draft, in a fresh process. */
export async function coldStart(draft: string): Promise<number> {
  const t0 = now();
  const client = await TestClient.start({ configuration: {} });
  const since = client.mark();
  client.open(uri('cold'), draft);
  await client.waitFor('textDocument/publishDiagnostics', (p: { uri: string }) => p.uri === uri('cold'), { since });
  const ms = now() - t0;
  await client.stop();
  return ms;
}

export interface BusyLatency {
  /**
   * Worst latency of the requests sent while the big document was being checked: every request after the first. The
   * server answers in order, so once the first is answered the didOpen before it has been read and the check runs.
   */
  worstMs: number;
  /**
   * The first request, sent right behind the didOpen: it waits for the 10 MB message itself to be written through
   * the pipe, read and parsed, before any check.
   */
  behindOpenMs: number;
  small: Latency;
  big: Latency;
  /** How long the check of the big document took (open to diagnostics). */
  checkMs: number;
}

/**
 * Opens a big document and, until its diagnostics arrive, asks for a hover or a completion — on a small document
 * that is already open and on the big one, in turn — one after the other with `pauseMs` between an answer and the
 * next request (as a writer does; a flood of requests would only measure the queue), recording each wait.
 */
export async function busyLatency(
  session: Session,
  small: { name: string; offsets: number[] },
  big: { name: string; text: string; offsets: number[] },
  pauseMs = 20,
): Promise<BusyLatency> {
  const smallMs: number[] = [];
  const bigMs: number[] = [];
  let done = false;
  const opened = session.open(big.name, big.text).then((ms) => {
    done = true;
    return ms;
  });
  for (let i = 0; !done; i++) {
    const onBig = i % 2 === 1;
    const method = i % 4 < 2 ? 'textDocument/hover' : 'textDocument/completion';
    const target = onBig ? big : small;
    (onBig ? bigMs : smallMs).push(
      await session.request(method, target.name, target.offsets[i % target.offsets.length]),
    );
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  const checkMs = await opened;
  // The first request went to the small document (i = 0).
  const [behindOpenMs, ...during] = [smallMs[0], ...smallMs.slice(1), ...bigMs];
  return {
    worstMs: round(during.length ? Math.max(...during) : NaN),
    behindOpenMs: round(behindOpenMs),
    small: latency(smallMs.length ? smallMs : [NaN]),
    big: latency(bigMs.length ? bigMs : [NaN]),
    checkMs: round(checkMs),
  };
}
