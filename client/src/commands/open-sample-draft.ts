/**
 * chinhDanh.openSampleDraft: an untitled Markdown draft with a few findings in it (a stale title, a name the glossary
 * does not know, a malformed document symbol, a discouraged term), so that the Getting Started walkthrough can show a
 * finding and its quick fixes before the user has a draft of their own. The text lives in
 * docs/walkthrough/sample-draft.md (shipped in the .vsix); it is Vietnamese whatever the locale, as the drafts
 * the checker reads are. It states its own date, so the findings do not depend on the as-of date setting.
 */
import * as vscode from 'vscode';

export const SAMPLE_DRAFT_PATH = 'docs/walkthrough/sample-draft.md';

export async function openSampleDraft(extensionUri: vscode.Uri): Promise<vscode.TextDocument> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, SAMPLE_DRAFT_PATH));
  const document = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: new TextDecoder('utf-8').decode(bytes),
  });
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}
