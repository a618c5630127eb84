/**
 * A minimal LSP client for tests: speaks JSON-RPC to the built server over stdio or node IPC,
 * answers the server's requests (workspace/configuration, registrations) and records
 * notifications so tests can await them instead of sleeping.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver';
import { SERVER_JS } from './build';

/** stdio and ipc start dist/server.js; cli starts `chinh-danh lsp --stdio`, the documented standalone server. */
export type Transport = 'stdio' | 'ipc' | 'cli';

interface Waiter {
  method: string;
  predicate: (params: any) => boolean;
  resolve: (params: any) => void;
  reject: (err: Error) => void;
}

export interface StartOptions {
  transport?: Transport;
  /** Settings returned for every workspace/configuration item; undefined → no configuration capability. */
  configuration?: Record<string, unknown>;
  initializationOptions?: unknown;
  workspaceFolders?: string[];
  locale?: string;
  /**
   * Whether the client says it resolves a completion item's documentation and detail lazily (resolveSupport), as VS
   * Code does; default true. False: a client that never sends completionItem/resolve (Neovim's omnifunc).
   */
  resolvesCompletionItems?: boolean;
  /** Another server to start over stdio instead of dist/server.js (the bench's protocol floor). */
  serverJs?: string;
}

export class TestClient {
  readonly received: Array<{ method: string; params: any }> = [];
  readonly stderr: string[] = [];
  private waiters: Waiter[] = [];
  private stopping = false;
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    private configuration: Record<string, unknown> | undefined,
  ) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const transport = options.transport ?? 'stdio';
    let child: ChildProcess;
    let connection: MessageConnection;
    if (transport === 'ipc') {
      child = fork(SERVER_JS, ['--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      connection = createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      const args =
        transport === 'cli'
          ? [join(SERVER_JS, '../../bin/chinh-danh.js'), 'lsp', '--stdio']
          : [options.serverJs ?? SERVER_JS, '--stdio'];
      child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createMessageConnection(
        new StreamMessageReader(child.stdout!),
        new StreamMessageWriter(child.stdin!),
      );
    }
    const client = new TestClient(child, connection, options.configuration);
    child.stderr?.on('data', (d) => client.stderr.push(String(d)));
    // A dead server must fail the test at once, not leave requests pending until the event loop drains.
    child.on('exit', (code, signal) => {
      if (!client.stopping)
        client.failAll(new Error(`server exited (code ${code}, signal ${signal}); stderr:\n${client.stderr.join('')}`));
      connection.dispose();
    });
    connection.onNotification((method, params) => client.record(method, params));
    // Work-done progress ($/progress) bypasses the catch-all handler: record it under its method too.
    connection.onUnhandledProgress((params) => client.record('$/progress', params));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => client.configuration ?? null),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? pathToFileURL(folders[0]).href : null,
      workspaceFolders: folders.map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` })),
      locale: options.locale ?? 'vi',
      initializationOptions: options.initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          configuration: options.configuration !== undefined,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
          workspaceFolders: true,
        },
        textDocument: {
          publishDiagnostics: {
            relatedInformation: true,
            versionSupport: true,
            codeDescriptionSupport: true,
            dataSupport: true,
          },
          completion: {
            completionItem: {
              snippetSupport: false,
              documentationFormat: ['markdown', 'plaintext'],
              ...(options.resolvesCompletionItems === false
                ? {}
                : { resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] } }),
            },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
            isPreferredSupport: true,
            dataSupport: true,
          },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  setConfiguration(configuration: Record<string, unknown>): void {
    this.configuration = configuration;
  }

  private record(method: string, params: any): void {
    this.received.push({ method, params });
    for (const w of [...this.waiters]) {
      if (w.method === method && w.predicate(params)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  }

  /**
   * Resolves with the first notification (already received after `since`, or future) that
   * matches. The timeout only turns a hang into a readable failure.
   */
  waitFor<T = any>(
    method: string,
    predicate: (params: T) => boolean = () => true,
    { since = 0, timeoutMs = 15_000 } = {},
  ): Promise<T> {
    const past = this.received.slice(since).find((n) => n.method === method && predicate(n.params));
    if (past) return Promise.resolve(past.params);
    return new Promise<T>((resolve, reject) => {
      const waiter: Waiter = {
        method,
        predicate,
        resolve: (p) => (clearTimeout(timer), resolve(p)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`timed out waiting for ${method}; server stderr:\n${this.stderr.join('')}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private failAll(err: Error): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w.reject(err);
  }

  /** Marks "now" for waitFor's `since`. */
  mark(): number {
    return this.received.length;
  }

  waitForDiagnostics(
    uri: string,
    predicate: (d: Diagnostic[]) => boolean = () => true,
    since = 0,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && predicate(p.diagnostics),
      { since },
    );
  }

  open(uri: string, text: string, languageId = 'markdown', version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Full-text change (the server accepts incremental sync, which includes full replacements). */
  change(uri: string, text: string, version: number): void {
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    this.connection.dispose();
    if (this.child.exitCode === null) {
      await Promise.race([new Promise((r) => this.child.once('exit', r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.child.exitCode === null) this.child.kill();
    }
  }
}
