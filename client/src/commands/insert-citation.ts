/** chinhDanh.insertCitation: pick a document from the glossary and insert its full citation. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentsRequest, type DocumentItem } from '../protocol';

interface DocumentPick extends vscode.QuickPickItem {
  item: DocumentItem;
}

/** Interactive by default; `chinhDanh.insertCitation("<document id>")` inserts without asking. */
export async function insertCitation(client: LanguageClient, id?: string): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a draft to insert a citation.'));
    return false;
  }
  const documents = await client.sendRequest(DocumentsRequest, {});
  let chosen: DocumentItem | undefined;
  if (id !== undefined) {
    chosen = documents.find((d) => d.id === id);
  } else {
    const picks: DocumentPick[] = documents.map((d) => ({ label: d.label, description: d.citation, detail: d.detail, item: d }));
    const pick = await vscode.window.showQuickPick(picks, {
      placeHolder: vscode.l10n.t('Choose a document to cite'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    chosen = pick?.item;
  }
  if (!chosen) return false;
  const text = chosen.citation;
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}
