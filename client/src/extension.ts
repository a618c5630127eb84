/** Entry point: wiring only. See client.ts, status-bar.ts, completion-trigger.ts and commands/. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient, refreshSelector } from './client';
import { registerCommands } from './commands';
import { registerAutoTrigger } from './completion-trigger';
import { SECTION } from './config';
import { AsOfStatusBar } from './status-bar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
  );
  try {
    await languageClient.start();
  } catch (err) {
    output.appendLine(`Chính Danh: the language server failed to start: ${String(err)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t('Chính Danh: the language server failed to start. See the output channel for details.'));
    return;
  }
  context.subscriptions.push(new AsOfStatusBar(languageClient));
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) await c.stop();
}
