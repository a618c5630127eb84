/** chinhDanh.openGlossaryEntry: open the glossary file at the entry for the term under the cursor. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EntryAtRequest, type EntryLocation } from '../protocol';

/** The server reports an absolute path; accept a URI string too. */
export function entryUri(file: string): vscode.Uri {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(file) ? vscode.Uri.parse(file) : vscode.Uri.file(file);
}

export async function openGlossaryEntry(client: LanguageClient): Promise<EntryLocation | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const entry = await client.sendRequest(EntryAtRequest, {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
  });
  if (!entry) {
    void vscode.window.showInformationMessage(t('No glossary entry at the cursor.'));
    return undefined;
  }
  const line = Math.max(0, entry.line - 1); // the server's lines are 1-based
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(entryUri(entry.file), {
    selection: new vscode.Range(position, position),
    preview: true,
  });
  return entry;
}
