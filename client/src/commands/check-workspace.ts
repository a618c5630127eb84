/** chinhDanh.checkWorkspace: ask the server to check every draft in the workspace. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest, type CheckWorkspaceResult } from '../protocol';

export async function checkWorkspace(client: LanguageClient): Promise<CheckWorkspaceResult> {
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: t('Chính Danh: checking the workspace…') },
    () => client.sendRequest(CheckWorkspaceRequest, {}),
  );
  const message = t('Chính Danh checked {0} files and found {1} problems.', result.files, result.problems);
  const show = t('Show Problems');
  void vscode.window.showInformationMessage(message, show).then((choice) => {
    if (choice === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
