/** Entry point: wiring only. See client.ts, status-bar.ts, completion-trigger.ts, log.ts and commands/. */
import * as vscode from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, refreshSelector } from './client';
import { registerCommands } from './commands';
import { citationPickerSnapshot, type CitationPickerSnapshot } from './commands/insert-citation';
import { registerAutoTrigger } from './completion-trigger';
import { SECTION, readSettingsSnapshot } from './config';
import { createClientLog, type ClientLog } from './log';
import { WorkspaceTrustNotification } from './protocol';
import { AsOfStatusBar } from './status-bar';

/** What activate() returns: for other extensions and the in-editor tests. */
export interface ChinhDanhApi {
  readonly languageClient: LanguageClient;
  /** The status bar item's text, name and tooltip and the as-of result behind it, or undefined when hidden. */
  statusBar(): { text: string; name: string; tooltip: string; date: string; source: string } | undefined;
  /** What the Insert Document Citation picker shows while it is open, else undefined. */
  citationPicker(): CitationPickerSnapshot | undefined;
}

let client: LanguageClient | undefined;

/** One line with the settings that decide what the server reports, so the log says why it reported it. */
function logSettings(log: ClientLog): void {
  const s = readSettingsSnapshot();
  const folders = Array.isArray(s.glossaryPaths) ? (s.glossaryPaths as string[]) : [];
  log.info(
    t(
      'Settings: as-of date {0}; language {1}; extra glossary folders: {2}.',
      typeof s.asOfDate === 'string' && s.asOfDate ? s.asOfDate : t('none (the date stated in each draft, else today)'),
      String(s.locale),
      folders.length ? folders.join(', ') : t('none'),
    ),
  );
}

export async function activate(context: vscode.ExtensionContext): Promise<ChinhDanhApi> {
  const log = createClientLog('Chính Danh');
  const languageClient = createClient(context, log.channel);
  client = languageClient;
  context.subscriptions.push(
    log.channel,
    registerCommands(languageClient, { log, extensionUri: context.extensionUri }),
    registerAutoTrigger(),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      logSettings(log);
      if (e.affectsConfiguration(`${SECTION}.glossaryPaths`) && (await refreshSelector(languageClient))) {
        log.info(t('The language server restarted to watch the glossary folders of chinhDanh.glossaryPaths.'));
      }
    }),
    // Leaving Restricted Mode: the workspace's glossary folder and glossary paths may now be read.
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (languageClient.isRunning())
        void languageClient.sendNotification(WorkspaceTrustNotification, { trusted: true });
    }),
  );
  // Read by the API closure before it is assigned below (the client starts first): hence let.
  // eslint-disable-next-line prefer-const
  let statusBar: AsOfStatusBar | undefined;
  const api: ChinhDanhApi = {
    languageClient,
    statusBar: () => statusBar?.snapshot(),
    citationPicker: citationPickerSnapshot,
  };
  const { version } = context.extension.packageJSON as { version?: unknown };
  log.info(
    t(
      'Chính Danh {0}: starting the language server ({1}).',
      typeof version === 'string' ? version : '?',
      context.asAbsolutePath('dist/server.js'),
    ),
  );
  logSettings(log);
  if (vscode.workspace.getConfiguration(SECTION).get<string>('trace.server', 'off') === 'off') {
    log.info(t('To see every message between VS Code and the server here, set chinhDanh.trace.server to "messages".'));
  }
  try {
    await languageClient.start();
  } catch (err) {
    log.info(t('The language server failed to start: {0}', String(err)));
    const showLog = t('Show Log');
    void vscode.window
      .showErrorMessage(
        t('Chính Danh: the language server failed to start. See the output channel for details.'),
        showLog,
      )
      .then((choice) => {
        if (choice === showLog) log.show();
      });
    return api;
  }
  log.info(t('The language server is running.'));
  statusBar = new AsOfStatusBar(languageClient);
  context.subscriptions.push(statusBar);
  return api;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
