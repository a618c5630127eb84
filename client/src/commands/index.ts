/** Registers every chinhDanh.* command. Ids must match package.json contributes.commands. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ClientLog } from '../log';
import { checkWorkspace } from './check-workspace';
import { insertCitation, type InsertCitationArg } from './insert-citation';
import { openGlossaryEntry } from './open-glossary-entry';
import { openSampleDraft } from './open-sample-draft';
import { setAsOfDate, type AsOfTarget } from './set-as-of-date';
import { restartServer, showGlossaryStatus } from './server-commands';

export const COMMAND_IDS = [
  'chinhDanh.setAsOfDate',
  'chinhDanh.checkWorkspace',
  'chinhDanh.insertCitation',
  'chinhDanh.openGlossaryEntry',
  'chinhDanh.restartServer',
  'chinhDanh.showGlossaryStatus',
  'chinhDanh.showLog',
  'chinhDanh.openSampleDraft',
] as const;

/** What the commands need besides the language client. */
export interface CommandContext {
  readonly log: ClientLog;
  readonly extensionUri: vscode.Uri;
}

export function registerCommands(client: LanguageClient, context: CommandContext): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand('chinhDanh.restartServer', () => restartServer(client, context.log)),
    vscode.commands.registerCommand('chinhDanh.showGlossaryStatus', () => showGlossaryStatus(client)),
    vscode.commands.registerCommand('chinhDanh.showLog', () => {
      context.log.show();
    }),
    vscode.commands.registerCommand('chinhDanh.openSampleDraft', () => openSampleDraft(context.extensionUri)),
    vscode.commands.registerCommand('chinhDanh.setAsOfDate', (date?: string, target?: AsOfTarget) =>
      setAsOfDate(date, target),
    ),
    vscode.commands.registerCommand('chinhDanh.checkWorkspace', () => checkWorkspace(client)),
    vscode.commands.registerCommand('chinhDanh.insertCitation', (arg?: InsertCitationArg) =>
      insertCitation(client, arg),
    ),
    vscode.commands.registerCommand('chinhDanh.openGlossaryEntry', () => openGlossaryEntry(client)),
  );
}
