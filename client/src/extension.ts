/** Entry point: wiring only. See client.ts, status-bar.ts, completion-trigger.ts and commands/. */
import * as vscode from 'vscode';
import { t } from './i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, refreshSelector } from './client';
import { registerCommands } from './commands';
import { registerAutoTrigger } from './completion-trigger';
import { SECTION } from './config';
import { WorkspaceTrustNotification } from './protocol';
import { AsOfStatusBar } from './status-bar';

/** What activate() returns: for other extensions and the in-editor tests. */
export interface ChinhDanhApi {
  readonly languageClient: LanguageClient;
  /** The status bar item's text and the as-of result behind it, or undefined when hidden. */
  statusBar(): { text: string; tooltip: string; date: string; source: string } | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ChinhDanhApi> {
  const output = vscode.window.createOutputChannel('Chính Danh');
  const languageClient = createClient(context, output);
  client = languageClient;
  context.subscriptions.push(
    output,
    registerCommands(languageClient),
    registerAutoTrigger(),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.glossaryPaths`)) void refreshSelector(languageClient);
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
  const api: ChinhDanhApi = { languageClient, statusBar: () => statusBar?.snapshot() };
  try {
    await languageClient.start();
  } catch (err) {
    output.appendLine(`Chính Danh: the language server failed to start: ${String(err)}`);
    void vscode.window.showErrorMessage(
      t('Chính Danh: the language server failed to start. See the output channel for details.'),
    );
    return api;
  }
  statusBar = new AsOfStatusBar(languageClient);
  context.subscriptions.push(statusBar);
  return api;
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
