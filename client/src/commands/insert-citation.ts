/** chinhDanh.insertCitation: pick a document from the glossary and insert its full citation. */
import * as vscode from 'vscode';
import { t } from '../i18n';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DocumentsRequest, type DocumentItem } from '../protocol';
import { filterCitations } from './citation-filter';

interface DocumentPick extends vscode.QuickPickItem {
  item: DocumentItem;
}

/** What the citation picker shows while it is open: for the extension API and the in-editor tests. */
export interface CitationPickerSnapshot {
  placeholder: string;
  value: string;
  items: { label: string; description: string }[];
}

let openPicker: vscode.QuickPick<DocumentPick> | undefined;

export function citationPickerSnapshot(): CitationPickerSnapshot | undefined {
  if (!openPicker) return undefined;
  return {
    placeholder: openPicker.placeholder ?? '',
    value: openPicker.value,
    items: openPicker.items.map((i) => ({ label: i.label, description: i.description ?? '' })),
  };
}

/** What the command accepts: a document id (insert it), or a query to start the picker with (and accept its best). */
export type InsertCitationArg = string | { query: string; accept?: boolean } | undefined;

/** Interactive by default; `chinhDanh.insertCitation("<document id>")` inserts without asking. */
export async function insertCitation(client: LanguageClient, arg?: InsertCitationArg): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showWarningMessage(t('Open a draft to insert a citation.'));
    return false;
  }
  const documents = await client.sendRequest(DocumentsRequest, {});
  const chosen = typeof arg === 'string' ? documents.find((d) => d.id === arg) : await pick(documents, arg);
  if (!chosen) return false;
  const text = chosen.citation;
  return editor.edit((edit) => {
    for (const selection of editor.selections) edit.replace(selection, text);
  });
}

/** A quick pick that filters without diacritics ("chi thi 12"); VS Code's own filter is bypassed with alwaysShow. */
function pick(
  documents: DocumentItem[],
  start?: { query: string; accept?: boolean },
): Promise<DocumentItem | undefined> {
  const all: DocumentPick[] = documents.map((d) => ({
    label: d.label,
    description: d.citation,
    detail: d.detail,
    item: d,
    alwaysShow: true,
  }));
  const qp = vscode.window.createQuickPick<DocumentPick>();
  qp.placeholder = t('Choose a document to cite');
  qp.matchOnDescription = false;
  qp.matchOnDetail = false;
  const show = (value: string) => {
    qp.items = filterCitations(
      all.map((p) => ({ ...p, citation: p.item.citation })),
      value,
    );
  };
  return new Promise((resolve) => {
    let done = false;
    const finish = (item: DocumentItem | undefined) => {
      if (done) return;
      done = true;
      if (openPicker === qp) openPicker = undefined;
      resolve(item);
      qp.dispose();
    };
    qp.onDidChangeValue(show);
    qp.onDidAccept(() => {
      finish((qp.selectedItems[0] ?? qp.activeItems[0] ?? qp.items[0])?.item);
    });
    qp.onDidHide(() => {
      finish(undefined);
    });
    qp.value = start?.query ?? '';
    show(qp.value);
    openPicker = qp;
    qp.show();
    if (start?.accept) finish(qp.items[0]?.item);
  });
}
