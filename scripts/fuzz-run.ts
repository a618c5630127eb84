/**
 * Runs a sequence of fuzz operations against the real server (dist/server.js over stdio) and checks the
 * invariants: the process stays up, no handler fails (the server logs handler failures as errors instead
 * of answering with them), every range it returns lies inside the current document, and once the editor
 * is quiet the published diagnostics equal a fresh engine check of the final text.
 */
import { isDeepStrictEqual } from 'node:util';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, Hover, Range, TextEdit } from 'vscode-languageserver';
import { check, type Glossary } from '../server/src/engine';
import { checkOptions } from '../server/src/lsp/settings';
import { publishedDiagnostics } from '../server/src/lsp/size-limit';
import { readSettings } from '../server/src/settings/settings';
import { TestClient } from '../test/support/lsp-client';
import { offsetOf, type Op } from './fuzz-ops';

/** A request slower than this is a freeze, reported as a failure (not a timing measurement). */
const REQUEST_LIMIT_MS = 30_000;
/** Quiet time after which the server has published everything it will (debounce is 150 ms). */
const QUIET_MS = 300;
const CLIENT_LOCALE = 'vi';
/** The text of a document an operation needs before any 'open' made it. */
const DEFAULT_TEXT = 'Bộ trưởng Ngoại giao Bùi Thanh Sơn.';

export class InvariantError extends Error {}

export interface SessionOptions {
  /**
   * The version a reopened document gets: 'same' (1, as editors do) or 'bump' (the next number), which
   * steps around the known stale-publication-on-reopen bug to look for others.
   */
  reopen: 'same' | 'bump';
}

interface OpenDoc {
  doc: TextDocument;
  /** Notification count when this version was sent: older publications are about older text. */
  since: number;
  /**
   * For a document opened again under a URI closed before: the server's clear for that close (the `n`-th
   * publication without version and without diagnostics for this URI). Publications before it may be about the
   * previous text, even with the same version number, as they may have been sent before the server read the close.
   */
  afterClear?: { uri: string; n: number };
}

/** One server shared by all runs of a fuzz session; each run uses its own document URIs. */
export class FuzzSession {
  private client!: TestClient;
  private runs = 0;
  /** Notification count when the current run started: its URIs are new then. */
  private runStart = 0;
  /** Operations executed (including the ones fast-check replays while shrinking). */
  operations = 0;
  /** Wall time per operation kind (plus the final quiet wait), for the report: count, total and worst ms. */
  readonly timings = new Map<string, { count: number; total: number; worst: number }>();

  constructor(
    private readonly glossary: Glossary,
    private readonly options: SessionOptions = { reopen: 'same' },
  ) {}

  async start(): Promise<void> {
    this.client = await TestClient.start({ transport: 'stdio', configuration: {}, locale: CLIENT_LOCALE });
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  /** Executes one sequence; throws InvariantError on the first broken invariant. */
  async run(ops: readonly Op[]): Promise<void> {
    if (this.client.child.exitCode !== null || this.client.child.signalCode !== null) await this.start();
    const run = ++this.runs;
    const docs = new Map<number, OpenDoc>();
    let settings: Record<string, unknown> = {};
    const since = this.client.mark();
    this.runStart = since;
    this.closes.clear();
    /** Notification count at the last configuration change: every open draft is checked again after it. */
    let configSince = since;
    const uriOf = (slot: number, ext: string) => `file:///fuzz/run${run}/doc${slot}.${ext}`;
    try {
      await this.configure(settings);
      for (const op of ops) {
        this.operations++;
        const t0 = performance.now();
        if (op.kind === 'config') {
          settings = op.settings;
          configSince = this.client.mark();
          await this.configure(settings);
        } else if (op.kind === 'open') {
          // An editor reopens a closed document at version 1 again; `bump` continues the numbering instead.
          const before = docs.get(op.slot);
          if (before) this.close(before.doc);
          const version = this.options.reopen === 'bump' && before ? before.doc.version + 1 : 1;
          const languageId = op.ext === 'md' ? 'markdown' : 'plaintext';
          const doc = TextDocument.create(uriOf(op.slot, op.ext), languageId, version, op.text);
          docs.set(op.slot, { doc, since: this.client.mark(), ...this.afterClear(doc.uri) });
          this.client.open(doc.uri, op.text, doc.languageId, version);
        } else if (op.kind === 'close') {
          const open = docs.get(op.slot);
          if (open) this.close(open.doc);
          docs.delete(op.slot);
        } else {
          let open = docs.get(op.slot);
          if (!open) {
            const doc = TextDocument.create(uriOf(op.slot, 'md'), 'markdown', 1, DEFAULT_TEXT);
            open = { doc, since: this.client.mark(), ...this.afterClear(doc.uri) };
            this.client.open(doc.uri, doc.getText(), 'markdown', 1);
            docs.set(op.slot, open);
          }
          await this.step(open, op);
        }
        this.assertAlive(since);
        this.time(op.kind, t0);
      }
      const t0 = performance.now();
      await this.assertFinalDiagnostics([...docs.values()], settings, since, configSince);
      this.time('final check', t0);
    } finally {
      for (const { doc } of docs.values()) this.close(doc);
    }
  }

  private time(kind: string, t0: number): void {
    const ms = performance.now() - t0;
    const t = this.timings.get(kind) ?? { count: 0, total: 0, worst: 0 };
    this.timings.set(kind, { count: t.count + 1, total: t.total + ms, worst: Math.max(t.worst, ms) });
  }

  private async step(open: OpenDoc, op: Exclude<Op, { kind: 'open' | 'close' | 'config' }>): Promise<void> {
    const doc = open.doc;
    const text = doc.getText();
    if (op.kind === 'edit') {
      const start = offsetOf(text, op.at);
      const end = Math.min(text.length, start + op.deleteLength);
      const change = { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text: op.insert };
      this.change(open, [change]);
    } else if (op.kind === 'completion') {
      const position = doc.positionAt(offsetOf(text, op.at));
      type Items = CompletionItem[] | { items: CompletionItem[] } | null;
      const items = await this.request<Items>('textDocument/completion', { textDocument: { uri: doc.uri }, position });
      const list = Array.isArray(items) ? items : (items?.items ?? []);
      for (const item of list) {
        const edit = item.textEdit;
        if (edit && 'range' in edit) assertInside(doc, edit.range, `completion "${item.label}"`);
        for (const e of item.additionalTextEdits ?? []) assertInside(doc, e.range, `completion "${item.label}" +`);
      }
    } else if (op.kind === 'hover') {
      const position = doc.positionAt(offsetOf(text, op.at));
      const params = { textDocument: { uri: doc.uri }, position };
      const hover = await this.request<Hover | null>('textDocument/hover', params);
      if (hover?.range) assertInside(doc, hover.range, 'hover');
    } else {
      await this.codeAction(open, op.apply);
    }
  }

  /** Asks for code actions with the diagnostics published for the current version, as an editor would. */
  private async codeAction(open: OpenDoc, apply: boolean): Promise<void> {
    const doc = open.doc;
    const published = await this.client.waitFor<{ uri: string; version?: number; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === doc.uri && p.version === doc.version,
      { since: await this.sinceOf(open, open.since), timeoutMs: REQUEST_LIMIT_MS },
    );
    for (const d of published.diagnostics) assertInside(doc, d.range, `diagnostic ${String(d.code)}`);
    const range = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    const actions = await this.request<CodeAction[] | null>('textDocument/codeAction', {
      textDocument: { uri: doc.uri },
      range,
      context: { diagnostics: published.diagnostics, only: ['quickfix'] },
    });
    const first = (actions ?? []).find((a) => a.edit);
    for (const a of actions ?? []) {
      for (const e of editsFor(a, doc.uri)) assertInside(doc, e.range, `code action "${a.title}"`);
    }
    if (!apply || !first) return;
    // Edits of one WorkspaceEdit refer to the text before any of them: apply from the end backwards.
    const edits = editsFor(first, doc.uri).sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    if (edits.length)
      this.change(
        open,
        edits.map((e) => ({ range: e.range, text: e.newText })),
      );
  }

  private change(open: OpenDoc, changes: TextDocumentContentChangeEvent[]): void {
    const version = open.doc.version + 1;
    open.doc = TextDocument.update(open.doc, changes, version);
    open.since = this.client.mark();
    const params = { textDocument: { uri: open.doc.uri, version }, contentChanges: changes };
    void this.client.connection.sendNotification('textDocument/didChange', params);
  }

  private close(doc: TextDocument): void {
    this.closes.set(doc.uri, (this.closes.get(doc.uri) ?? 0) + 1);
    void this.client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: doc.uri } });
  }

  /** Closes sent per URI in the current run, to find the server's clear for the last one. */
  private readonly closes = new Map<string, number>();

  private afterClear(uri: string): Pick<OpenDoc, 'afterClear'> {
    const n = this.closes.get(uri);
    return n ? { afterClear: { uri, n } } : {};
  }

  /**
   * Where publications about this open document start: `since`, or later, after the server's clear for the close
   * that preceded this open (waited for if it has not arrived yet). A client cannot tell the two texts of a
   * document reopened at the same version apart any other way: both carry the same URI and version.
   */
  private async sinceOf(open: OpenDoc, since: number): Promise<number> {
    if (!open.afterClear) return since;
    const { uri, n } = open.afterClear;
    const isClear = (p: { uri: string; version?: number; diagnostics: unknown[] }) =>
      p.uri === uri && p.version === undefined && p.diagnostics.length === 0;
    for (;;) {
      let seen = 0;
      for (let i = this.runStart; i < this.client.received.length; i++) {
        const m = this.client.received[i];
        if (m.method === 'textDocument/publishDiagnostics' && isClear(m.params) && ++seen === n)
          return Math.max(since, i + 1);
      }
      await this.client
        .waitFor('textDocument/publishDiagnostics', isClear, { since: this.client.mark(), timeoutMs: REQUEST_LIMIT_MS })
        .catch(() => {
          throw new InvariantError(`${uri}: the server never cleared the diagnostics of the closed document`);
        });
    }
  }

  private async configure(settings: Record<string, unknown>): Promise<void> {
    this.client.setConfiguration(settings);
    await this.client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  private async request<T>(method: string, params: unknown): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      const freeze = () => reject(new InvariantError(`${method} did not answer within ${REQUEST_LIMIT_MS} ms`));
      timer = setTimeout(freeze, REQUEST_LIMIT_MS);
    });
    try {
      return await Promise.race([this.client.connection.sendRequest<T>(method, params), limit]);
    } catch (err) {
      if (err instanceof InvariantError) throw err;
      throw new InvariantError(`${method} failed: ${(err as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  private assertAlive(since: number): void {
    const child = this.client.child;
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = `code ${child.exitCode}, signal ${child.signalCode}`;
      throw new InvariantError(`server exited (${how}):\n${this.client.stderr.join('')}`);
    }
    const failed = this.client.received
      .slice(since)
      .find((n) => n.method === 'window/logMessage' && n.params?.type === 1);
    if (failed) throw new InvariantError(`server logged an error: ${String(failed.params.message).slice(0, 2000)}`);
  }

  /**
   * Waits for a publication of each document's final version made after its last change and after the last
   * configuration change, then until the server has been quiet for QUIET_MS (a later publication would
   * replace it), then compares each document's last diagnostics with a fresh check.
   */
  private async assertFinalDiagnostics(
    open: OpenDoc[],
    settings: Record<string, unknown>,
    since: number,
    configSince: number,
  ): Promise<void> {
    for (const o of open) {
      const doc = o.doc;
      const final = (p: { uri: string; version?: number }) => p.uri === doc.uri && p.version === doc.version;
      const wait = { since: await this.sinceOf(o, Math.max(o.since, configSince)), timeoutMs: REQUEST_LIMIT_MS };
      await this.client.waitFor('textDocument/publishDiagnostics', final, wait).catch(() => {
        throw new InvariantError(`${doc.uri} v${doc.version}: nothing published within ${REQUEST_LIMIT_MS} ms`);
      });
    }
    const docs = open.map((o) => o.doc);
    const deadline = Date.now() + REQUEST_LIMIT_MS;
    let count = -1;
    while (count !== this.client.received.length) {
      if (Date.now() > deadline) throw new InvariantError('the server never went quiet');
      count = this.client.received.length;
      await new Promise((r) => setTimeout(r, QUIET_MS));
    }
    this.assertAlive(since);
    const options = checkOptions(readSettings(settings), CLIENT_LOCALE);
    for (const doc of docs) {
      const last = [...this.client.received]
        .reverse()
        .find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === doc.uri);
      if (!last) throw new InvariantError(`no diagnostics were published for ${doc.uri}`);
      if (last.params.version !== doc.version) {
        const versions = `for version ${last.params.version}, the text is at ${doc.version}`;
        throw new InvariantError(`${doc.uri}: the last diagnostics are ${versions}`);
      }
      const published = last.params.diagnostics as Diagnostic[];
      for (const d of published) assertInside(doc, d.range, `diagnostic ${String(d.code)}`);
      const findings = check(doc.getText(), this.glossary, options).findings;
      const fresh = JSON.parse(
        JSON.stringify(publishedDiagnostics(doc, findings, options.locale ?? 'vi')),
      ) as Diagnostic[];
      if (!isDeepStrictEqual(published, fresh)) {
        throw new InvariantError(
          `${doc.uri}: published diagnostics differ from a fresh check of the final text\n` +
            `text: ${JSON.stringify(doc.getText())}\npublished: ${summary(published)}\nfresh:     ${summary(fresh)}`,
        );
      }
    }
  }
}

function summary(ds: Diagnostic[]): string {
  const at = (p: Range['start']) => `${p.line}:${p.character}`;
  return JSON.stringify(ds.map((d) => `${String(d.code)}@${at(d.range.start)}-${at(d.range.end)}`));
}

function editsFor(action: CodeAction, uri: string): TextEdit[] {
  const out: TextEdit[] = [...(action.edit?.changes?.[uri] ?? [])];
  for (const dc of action.edit?.documentChanges ?? []) {
    if (!('textDocument' in dc) || dc.textDocument.uri !== uri) continue;
    for (const e of dc.edits) if ('range' in e) out.push(e);
  }
  return out;
}

/** Line lengths without their line break, as TextDocument counts lines (\n, \r\n and \r all end one). */
function lineLength(doc: TextDocument, line: number): number {
  const start = doc.offsetAt({ line, character: 0 });
  const next = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : doc.getText().length;
  return doc
    .getText()
    .slice(start, next)
    .replace(/\r?\n$|\r$/, '').length;
}

export function assertInside(doc: TextDocument, range: Range, what: string): void {
  const ok = (p: Range['start']) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.character) &&
    p.line >= 0 &&
    p.character >= 0 &&
    p.line < doc.lineCount &&
    p.character <= lineLength(doc, p.line);
  const { start, end } = range;
  const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
  if (!ok(range.start) || !ok(range.end) || !ordered) {
    const where = `${doc.uri} v${doc.version} (${doc.lineCount} lines)`;
    throw new InvariantError(`${what}: range ${JSON.stringify(range)} is not inside ${where}`);
  }
}
