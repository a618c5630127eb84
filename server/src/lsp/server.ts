/** Wiring: LSP handlers → engine, glossary store, settings. Every handler is crash-proof. */
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  MessageType,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type DidChangeConfigurationParams,
  type DidChangeWatchedFilesParams,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { completeList, hover, resolveAsOf, type CheckOptions, type Glossary, type HoverResult } from '../engine';
import { SETTINGS_SECTION } from '../settings/settings';
import { GlossaryStore } from '../node/glossary-store';
import { Checker, sizeLimitBytes } from './checker';
import { documentItems } from './citations';
import {
  addToGlossaryActions,
  ADD_TO_GLOSSARY_COMMAND,
  executeAddToGlossary,
  parseArgs as parseAddArgs,
  tellUser,
} from './add-to-glossary';
import { codeActionsFor, QUICKFIX, wantsQuickFixes } from './code-actions';
import { candidatesToList, resolveItem, resolvesLazily, TRIGGER_CHARACTERS } from './completion';
import { isDraftDocument } from './drafts';
import { GlossaryWatcher } from './glossary-watch';
import { affectsDiscovery, NO_SOURCES, resolveGlossarySources, type GlossarySources } from './glossary-sources';
import { hoverToLsp } from './hover';
import { originNote } from './entry-origin';
import { messages, t } from '../engine/i18n/messages';
import {
  AsOfRequest,
  CheckWorkspaceRequest,
  DocumentsRequest,
  GlossaryStatusRequest,
  EntryAtRequest,
  WorkspaceTrustNotification,
  ServerStatsRequest,
  type EntryAtResult,
} from './protocol';
import { SettingWarnings } from './setting-warnings';
import { checkOptions, pushedSettings, SettingsCache } from './settings';
import { linedDocuments } from './text-document';
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
  const documents = new TextDocuments(linedDocuments);
  const store = new GlossaryStore();
  let clientLocale: string | undefined;
  let hasConfiguration = false;
  /**
   * The client resolves an item's documentation when it shows it (completionItem/resolve): the list can leave it
   * out.
   */
  let resolvesDocumentation = false;
  let hasWorkspaceFolders = false;
  let canWatchDynamically = false;
  let canUseRelativePatterns = false;
  let workspaceFolders: string[] = [];
  const warnings = new SettingWarnings(connection, () => clientLocale);
  const reportProblems = warnings.report.bind(warnings);
  let settings = new SettingsCache(undefined, reportProblems);
  let watchRegistration: Disposable | undefined;
  /** VS Code's workspace trust, as the client tells it; clients that say nothing are trusted. */
  let trusted = true;
  let sources: GlossarySources = NO_SOURCES;
  /** Refused glossary paths already told to the user, so a warning is shown once, not on every reload. */
  const toldRefused = new Set<string>();
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
  store.busy = () => checker.busy;
  const watcher = new GlossaryWatcher(
    connection,
    documents,
    store,
    () => {
      checker.revalidateAll();
    },
    () => sources,
  );
  /** Version at open, to skip the change event TextDocuments fires right after open. */
  const openedVersion = new Map<string, number>();

  /**
   * Extra glossary folders: each workspace folder's own glossary folder and its glossaryPaths (paths from workspace
   * settings kept inside the folder), nothing of the workspace when it is not trusted. See glossary-sources.ts.
   */
  async function configuredGlossarySources(): Promise<GlossarySources> {
    return resolveGlossarySources({
      folders: workspaceFolders,
      trusted,
      rawSettings: async (folder) => {
        const scopeUri = folder ? pathToUri(folder) : undefined;
        if (hasConfiguration) {
          try {
            const raw: unknown = await connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION });
            if (raw != null) return raw;
          } catch {
            // Fall back to the settings the client pushed.
          }
        }
        return settings.get(scopeUri);
      },
    });
  }

  async function applyGlossarySettings(force: boolean): Promise<boolean> {
    const next = await configuredGlossarySources();
    const dirs = next.dirs;
    const same = dirs.length === store.extraDirs.length && dirs.every((d, i) => d === store.extraDirs[i]);
    const restrictionChanged = next.restricted !== sources.restricted;
    sources = next;
    tellRefused(next).catch((err: unknown) => {
      connection.console.error(`Telling refused paths failed: ${String(err)}`);
    });
    if (same && !force && !restrictionChanged) return false;
    store.setExtraDirs(dirs);
    watcher.reload();
    await registerWatchers();
    return true;
  }

  /** A glossary path refused is said once, in the user's language, and logged with its reason. */
  async function tellRefused(next: GlossarySources): Promise<void> {
    for (const r of next.refused) {
      const key = `${r.folder}\u0000${r.path}`;
      if (toldRefused.has(key)) continue;
      toldRefused.add(key);
      connection.console.warn(
        r.from === 'folder'
          ? `The workspace glossary folder ${r.resolved} leads outside the workspace folder ${r.folder}: not loaded.`
          : `chinhDanh.glossaryPaths "${r.path}" (${r.resolved}) is outside the workspace folder ${r.folder} and was set in the workspace settings: ignored. Only user settings may name a folder elsewhere.`,
      );
      const locale = checkOptions(await settings.get(pathToUri(r.folder)), clientLocale).locale ?? 'vi';
      const message = r.from === 'folder' ? messages.folderRefused : messages.pathRefused;
      tellUser(connection, MessageType.Warning, t(message, locale, { path: r.path, folder: r.folder }));
    }
  }

  async function registerWatchers(): Promise<void> {
    if (!canWatchDynamically) return;
    watchRegistration?.dispose();
    // The workspace folders too: a glossary/ or .chinh-danh/glossary/ folder created later is found.
    const watchers = canUseRelativePatterns
      ? [
          ...store.dirs.map((d) => ({ globPattern: { baseUri: pathToUri(d), pattern: '**/*.{yaml,yml}' } })),
          ...workspaceFolders.map((f) => ({
            globPattern: { baseUri: pathToUri(f), pattern: '{glossary,.chinh-danh/glossary}/**/*.{yaml,yml}' },
          })),
        ]
      : [{ globPattern: '**/*.{yaml,yml}' }];
    try {
      watchRegistration = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers });
    } catch (err) {
      connection.console.warn(`Could not register glossary watchers: ${(err as Error).message}`);
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // Our client also sends VS Code's display language, which is what "auto" should follow.
    const init = params.initializationOptions as { displayLanguage?: unknown; workspaceTrusted?: unknown } | undefined;
    clientLocale = typeof init?.displayLanguage === 'string' ? init.displayLanguage : params.locale;
    trusted = init?.workspaceTrusted !== false;
    const caps = params.capabilities;
    hasConfiguration = caps.workspace?.configuration === true;
    hasWorkspaceFolders = caps.workspace?.workspaceFolders === true;
    canWatchDynamically = caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canUseRelativePatterns = caps.workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
    resolvesDocumentation = resolvesLazily(caps, 'documentation');
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
        // For a client that says it resolves documentation lazily (VS Code does), an item's documentation is written in
        // completionItem/resolve, for the item the writer moves to: the list stays small and quick with 50,000 entries.
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS, resolveProvider: true },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [QUICKFIX] },
        executeCommandProvider: { commands: [ADD_TO_GLOSSARY_COMMAND] },
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
    notify(connection, 'didChangeWatchedFiles', async (p: DidChangeWatchedFilesParams) => {
      // A workspace glossary folder may have appeared or gone: find the folders again (that reloads if they changed).
      // (Created or deleted files only: a change to a file that is there already changes no folder.)
      const discovery = p.changes.some(
        (c) => c.type !== FileChangeType.Changed && affectsDiscovery(uriToPath(c.uri), workspaceFolders),
      );
      if (discovery) {
        await ready;
        if (await applyGlossarySettings(false)) return;
      }
      watcher.onWatchedFilesChanged(p);
    }),
  );

  connection.onNotification(
    WorkspaceTrustNotification,
    notify(connection, 'chinhDanh/workspaceTrust', async (p: { trusted?: unknown }) => {
      const next = p?.trusted !== false;
      if (next === trusted) return;
      trusted = next;
      connection.console.info(`Workspace ${trusted ? 'trusted' : 'no longer trusted'}: glossary folders read again.`);
      settings.clear();
      await ready;
      await applyGlossarySettings(true);
      checker.revalidateAll();
    }),
  );

  connection.onRequest(
    ExecuteCommandRequest.type,
    guard(connection, 'workspace/executeCommand', null, async (params) => {
      if (params.command !== ADD_TO_GLOSSARY_COMMAND) return null;
      await ready;
      return executeAddToGlossary(
        {
          connection,
          documents,
          folders: () => workspaceFolders,
          trusted: () => trusted,
          locale: async () =>
            checkOptions(await settings.get(parseAddArgs(params.arguments?.[0])?.uri), clientLocale).locale ?? 'vi',
          reload: async () => {
            await applyGlossarySettings(true);
          },
        },
        params.arguments?.[0],
      );
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
      const list = completeList(ctx.text, offset, ctx.glossary, ctx.options, { documentation: !resolvesDocumentation });
      return candidatesToList(ctx.doc, list, ctx.options.locale ?? 'vi');
    }),
  );

  // On any failure the item comes back as it was (without documentation): nothing else depends on it.
  connection.onCompletionResolve((item) =>
    guard(connection, 'completionItem/resolve', item, async () => {
      await ready;
      return store.glossary ? resolveItem(item, store.glossary) : item;
    })(),
  );

  connection.onHover(
    guard(connection, 'hover', null, async (params) => {
      const ctx = await context(params.textDocument.uri);
      if (!ctx || ctx.tooLarge || !isDraftDocument(ctx.doc)) return null;
      const h = hoverAt(ctx.doc.uri, ctx.text, ctx.doc.offsetAt(params.position), ctx.glossary, ctx.options);
      const lsp = hoverToLsp(ctx.doc, h);
      // Entries a workspace glossary defines or extends say which file: a team sees where a fact comes from.
      const note = h && originNote(store.origins[h.ref], workspaceFolders, ctx.options.locale ?? 'vi');
      if (lsp && note && typeof lsp.contents === 'object' && 'kind' in lsp.contents)
        lsp.contents = { ...lsp.contents, value: `${lsp.contents.value}\n\n---\n\n${note}` };
      return lsp;
    }),
  );

  connection.onCodeAction(
    guard(connection, 'codeAction', [], async (params) => {
      const ctx = await context(params.textDocument.uri);
      const teach =
        ctx && trusted && isDraftDocument(ctx.doc) && wantsQuickFixes(params)
          ? addToGlossaryActions(ctx.doc, params.range, params.context.diagnostics, ctx.glossary, ctx.options)
          : [];
      return codeActionsFor(
        params,
        ctx && {
          locale: ctx.options.locale,
          languageId: ctx.doc.languageId,
          text: ctx.text,
          lineText: (line) => lineText(ctx.doc, line),
          fixes: (diagnostic) => checker.fixesFor(ctx.doc, diagnostic),
        },
        teach,
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
        longestCheckSliceCpuMs: Math.round(checker.scheduler.longestTurnCpuMs),
        eventLoopBlockMaxMs: Math.round(eventLoop.max / 1e6),
        peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        checking: checker.checking,
        lastPublication: checker.lastPublication,
      };
      if (params?.reset === true) {
        checker.scheduler.longestTurnMs = 0;
        checker.scheduler.longestTurnCpuMs = 0;
        eventLoop.reset();
      }
      return stats;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
