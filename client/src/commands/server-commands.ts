/** chinhDanh.restartServer and chinhDanh.showGlossaryStatus: what a user reaches for when checks look wrong. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClientLog } from '../log';
import { describeGlossary } from '../glossary-status';
import { GlossaryStatusRequest, type GlossaryStatus } from '../protocol';

/** Restarts the language server (it reloads the glossary and re-checks open drafts); true once it runs again. */
export async function restartServer(client: LanguageClient, log: ClientLog): Promise<boolean> {
  log.info(t('Restarting the language server (command "Restart Server").'));
  await client.restart();
  return client.isRunning();
}

/** Says which glossary is in force and whether the last load failed; returns the status for scripts and tests. */
export async function showGlossaryStatus(client: LanguageClient): Promise<GlossaryStatus | undefined> {
  const status = (await client.sendRequest(GlossaryStatusRequest, {})) ?? undefined;
  const headline = !status
    ? t('Chính Danh: the glossary has not been loaded yet.')
    : status.ok
      ? t('Chính Danh: glossary in force, {0} entries.', status.entries)
      : t(
          'Chính Danh: the glossary has {0} problems; the last good glossary ({1} entries) stays in force. See the Problems panel.',
          status.problems,
          status.entries,
        );
  // The details (what is in force, Restricted Mode, refused paths) follow in the notification's body.
  const message = status ? [headline, ...describeGlossary(status, false)].join(' ') : headline;
  const warn = status && (!status.ok || status.restricted || (status.refusedPaths?.length ?? 0) > 0);
  void (warn ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
  return status;
}
