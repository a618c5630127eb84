/** Wiring: LSP handlers → engine, glossary store, settings. Every handler is crash-proof. */
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { complete, hover, resolveAsOf, type CheckOptions, type Glossary, type HoverResult } from '../engine';
import { SETTINGS_SECTION } from '../settings/settings';
import { GlossaryStore } from '../node/glossary-store';
import { Checker, sizeLimitBytes } from './checker';
import { documentItems } from './citations';
import { codeActionsFor, QUICKFIX } from './code-actions';
import { candidateToItem, TRIGGER_CHARACTERS } from './completion';
import { isDraftDocument } from './drafts';
import { GlossaryWatcher } from './glossary-watch';
import { hoverToLsp } from './hover';
import {
  AsOfRequest,
  CheckWorkspaceRequest,
  DocumentsRequest,
  GlossaryStatusRequest,
  EntryAtRequest,
  ServerStatsRequest,
  type EntryAtResult,
} from './protocol';
import { SettingWarnings } from './setting-warnings';
import { checkOptions, pushedSettings, SettingsCache } from './settings';
import { pathToUri, uriToPath } from './uris';

/** Line `line` of an open document without its line break, found from the document's own line index. */
function lineText(doc: TextDocument, line: number): string {
  if (line < 0 || line >= doc.lineCount) return '';
  const start = doc.offsetAt({ line, character: 0 });
  const text = doc.getText();
  let end = line + 1 < doc.lineCount ? doc.offsetAt({ line: line + 1, character: 0 }) : text.length;
  // By hand, not with a regular expression: a line can be megabytes long and this runs once per diagnostic.
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

/** Wrap a handler so an exception is logged and answered with `fallback` instead of killing the server. */
function guard<A extends unknown[], R>(
  connection: Connection,
  name: string,
  fallback: R,
  fn: (...args: A) => R | Promise<R>,
) {
  return async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (err) {
      connection.console.error(`${name} failed: ${(err as Error)?.stack ?? String(err)}`);
      return fallback;
    }
  };
}

/** A notification handler: run guarded, and return nothing (the protocol expects no promise back). */
function notify<A extends unknown[]>(
  connection: Connection,
  name: string,
  fn: (...args: A) => unknown,
): (...args: A) => void {
  const run = guard<A, unknown>(connection, name, undefined, fn);
  return (...args: A) => {
    void run(...args);
  };
}

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new GlossaryStore();
  let clientLocale: string | undefined;
  let hasConfiguration = false;
  let hasWorkspaceFolders = false;
  let canWatchDynamically = false;
  let canUseRelativePatterns = false;
  let workspaceFolders: string[] = [];
  const warnings = new SettingWarnings(connection, () => clientLocale);
  const reportProblems = warnings.report.bind(warnings);
  let settings = new SettingsCache(undefined, reportProblems);
  let watchRegistration: Disposable | undefined;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const checker = new Checker({
    connection,
    documents,
    store,
    settings: () => settings,
    clientLocale: () => clientLocale,
    ready,
  });
  const watcher = new GlossaryWatcher(connection, documents, store, () => {
    checker.revalidateAll();
  });
  /** Version at open, to skip the change event TextDocuments fires right after open. */
  const openedVersion = new Map<string, number>();

  /** Extra glossary folders from the settings of every workspace folder, resolved against it. */
  async function configuredGlossaryDirs(): Promise<string[]> {
    const scopes: Array<string | undefined> = workspaceFolders.length ? workspaceFolders : [undefined];
    const dirs: string[] = [];
    for (const folder of scopes) {
      const s = await settings.get(folder ? pathToUri(folder) : undefined);
      for (const p of s.glossaryPaths) dirs.push(path.resolve(folder ?? process.cwd(), p));
    }
    return [...new Set(dirs)];
  }

  async function applyGlossarySettings(force: boolean): Promise<void> {
    const dirs = await configuredGlossaryDirs();
    const same = dirs.length === store.extraDirs.length && dirs.every((d, i) => d === store.extraDirs[i]);
    if (same && !force) return;
    store.setExtraDirs(dirs);
    watcher.reload();
    await registerWatchers();
  }

  async function registerWatchers(): Promise<void> {
    if (!canWatchDynamically) return;
    watchRegistration?.dispose();
    const watchers = canUseRelativePatterns
      ? store.dirs.map((d) => ({ globPattern: { baseUri: pathToUri(d), pattern: '**/*.{yaml,yml}' } }))
      : [{ globPattern: '**/*.{yaml,yml}' }];
    try {
      watchRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (err) {
      connection.console.warn(`Could not register glossary watchers: ${(err as Error).message}`);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Our client also sends VS Code's display language, which is what "auto" should follow.
    const init = params.initializationOptions as { displayLanguage?: unknown } | undefined;
    clientLocale = typeof init?.displayLanguage === 'string' ? init.displayLanguage : params.locale;
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    canWatchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canUseRelativePatterns = caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    // Older clients send only rootUri; it is deprecated in favour of workspaceFolders, which we read first.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    if (workspaceFolders.length === 0 && params.rootUri) {
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      const root = uriToPath(params.rootUri);
      if (root) workspaceFolders = [root];
    }
    const s = new SettingsCache(
      hasConfiguration
        ? (scopeUri) => connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION })
        : undefined,
      reportProblems,
    );
    // Even with a configuration capability, initializationOptions are the answer when the client returns nothing.
    s.setFallback(pushedSettings(params.initializationOptions));
    settings = s;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [QUICKFIX] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'chinh-danh' },
    };
  });

  connection.onInitialized(
    notify(connection, 'initialized', async () => {
      if (hasWorkspaceFolders) listenToWorkspaceFolders();
      try {
        if (hasConfiguration)
          await connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
      } catch {
        // Not every client supports dynamic registration; settings then arrive via didChangeConfiguration anyway.
      }
      try {
        await applyGlossarySettings(true);
      } finally {
        markReady();
      }
    }),
  );

  connection.onDidChangeConfiguration(
    notify(connection, 'didChangeConfiguration', async (params: DidChangeConfigurationParams) => {
      const pushed = pushedSettings(params.settings);
      if (pushed !== undefined) settings.setFallback(pushed);
      settings.clear();
      await ready;
      await applyGlossarySettings(false);
      checker.revalidateAll();
    }),
  );

  /** Only valid after initialize, and only if the client supports folder change events. */
  function listenToWorkspaceFolders(): void {
    connection.workspace.onDidChangeWorkspaceFolders(
      guard(connection, 'didChangeWorkspaceFolders', undefined, async (e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
        for (const f of e.added) {
          const p = uriToPath(f.uri);
          if (p) workspaceFolders.push(p);
        }
        settings.clear();
        await applyGlossarySettings(false);
      }),
    );
  }

  connection.onDidChangeWatchedFiles(
    notify(connection, 'didChangeWatchedFiles', (p: DidChangeWatchedFilesParams) => {
      watcher.onWatchedFilesChanged(p);
    }),
  );

  documents.onDidOpen(
    guard(connection, 'didOpen', undefined, (e) => {
      openedVersion.set(e.document.uri, e.document.version);
      if (watcher.isGlossaryDocument(e.document)) watcher.scheduleReload();
      else checker.opened(e.document);
    }),
  );
  documents.onDidChangeContent(
    guard(connection, 'didChange', undefined, (e) => {
      if (openedVersion.get(e.document.uri) === e.document.version) return;
      openedVersion.delete(e.document.uri);
      if (watcher.isGlossaryDocument(e.document)) watcher.scheduleReload();
      else checker.changed(e.document);
    }),
  );
  documents.onDidClose(
    guard(connection, 'didClose', undefined, (e) => {
      openedVersion.delete(e.document.uri);
      settings.forget(e.document.uri);
      // An unsaved glossary buffer was closed: go back to the file on disk.
      if (watcher.isGlossaryDocument(e.document)) watcher.scheduleReload();
      else checker.closed(e.document);
    }),
  );

  /**
   * Engine options and text for a request on an open document. `tooLarge`: the document is above the size limit,
   * and requests that would analyse it answer nothing (its one diagnostic says why).
   */
  async function context(uri: string) {
    await ready;
    const doc = documents.get(uri);
    const glossary = store.glossary;
    if (!doc || !glossary) return undefined;
    const s = await settings.get(uri);
    // Re-read after the await: the document may have changed or closed meanwhile.
    const current = documents.get(uri);
    if (!current) return undefined;
    const options = checkOptions(s, clientLocale);
    const tooLarge = checker.sizeAbove(current, sizeLimitBytes(s)) !== undefined;
    return { doc: current, glossary, options, text: current.getText(), tooLarge };
  }

  /** Hover from the open draft's checker (its cached analysis); a plain engine hover for anything else. */
  function hoverAt(uri: string, text: string, offset: number, glossary: Glossary, options: CheckOptions) {
    const documentChecker = checker.documentChecker(uri, glossary);
    const result: HoverResult | null = documentChecker
      ? documentChecker.hover(text, offset, options)
      : hover(text, offset, glossary, options);
    return result;
  }

  connection.onCompletion(
    guard(connection, 'completion', [], async (params) => {
      const ctx = await context(params.textDocument.uri);
      if (!ctx || ctx.tooLarge || !isDraftDocument(ctx.doc)) return [];
      const offset = ctx.doc.offsetAt(params.position);
      return complete(ctx.text, offset, ctx.glossary, ctx.options).map((c) => candidateToItem(ctx.doc, c));
    }),
  );

  connection.onHover(
    guard(connection, 'hover', null, async (params) => {
      const ctx = await context(params.textDocument.uri);
      if (!ctx || ctx.tooLarge || !isDraftDocument(ctx.doc)) return null;
      const offset = ctx.doc.offsetAt(params.position);
      return hoverToLsp(ctx.doc, hoverAt(ctx.doc.uri, ctx.text, offset, ctx.glossary, ctx.options));
    }),
  );

  connection.onCodeAction(
    guard(connection, 'codeAction', [], async (params) => {
      const ctx = await context(params.textDocument.uri);
      return codeActionsFor(
        params,
        ctx && {
          locale: ctx.options.locale,
          languageId: ctx.doc.languageId,
          text: ctx.text,
          lineText: (line) => lineText(ctx.doc, line),
        },
      );
    }),
  );

  connection.onRequest(
    AsOfRequest,
    guard(connection, 'chinhDanh/asOf', null, async (params) => {
      // A closed document states nothing we can see: the setting or today applies.
      const text = documents.get(params.uri)?.getText() ?? '';
      const options = checkOptions(await settings.get(params.uri), clientLocale);
      const asOf = resolveAsOf(text, options);
      return { date: asOf.date, source: asOf.source };
    }),
  );

  connection.onRequest(
    GlossaryStatusRequest,
    guard(connection, 'chinhDanh/glossaryStatus', null, async () => {
      await ready;
      return watcher.status ?? null;
    }),
  );

  connection.onRequest(
    DocumentsRequest,
    guard(connection, 'chinhDanh/documents', [], async () => {
      await ready;
      return store.glossary ? documentItems(store.glossary) : [];
    }),
  );

  connection.onRequest(
    EntryAtRequest,
    guard(connection, 'chinhDanh/entryAt', null, async (params): Promise<EntryAtResult | null> => {
      const ctx = await context(params.uri);
      if (!ctx || ctx.tooLarge) return null;
      const h = hoverAt(ctx.doc.uri, ctx.text, ctx.doc.offsetAt(params.position), ctx.glossary, ctx.options);
      const loc = h ? store.locations[h.ref] : undefined;
      return h && loc ? { file: path.resolve(loc.file), line: loc.line, id: h.ref } : null;
    }),
  );

  connection.onRequest(
    CheckWorkspaceRequest,
    guard(connection, 'chinhDanh/checkWorkspace', { files: 0, problems: 0 }, () =>
      checker.checkWorkspace(workspaceFolders),
    ),
  );

  // Samples every 20 ms (a libuv timer, no measurable cost): the worst block is what a request may have waited.
  const eventLoop = monitorEventLoopDelay({ resolution: 20 });
  eventLoop.enable();
  connection.onRequest(
    ServerStatsRequest,
    guard(connection, 'chinhDanh/serverStats', null, (params) => {
      const stats = {
        longestCheckSliceMs: Math.round(checker.scheduler.longestTurnMs),
        eventLoopBlockMaxMs: Math.round(eventLoop.max / 1e6),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        checking: checker.checking,
      };
      if (params?.reset === true) {
        checker.scheduler.longestTurnMs = 0;
        eventLoop.reset();
      }
      return stats;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
