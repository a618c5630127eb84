/**
 * When completions pop up on their own.
 *
 * Automatic suggestion pop-ups clash with Vietnamese input methods (Unikey, EVKey, the OS
 * Telex/VNI engines rewrite the word being typed, and a suggest widget that is open at that
 * moment steals Enter/Tab or gets its prefix replaced: microsoft/vscode#170688). So:
 *
 * 1. package.json `configurationDefaults` turn `editor.quickSuggestions` off for [markdown] and
 *    [plaintext] (VS Code already does so for Markdown; plain text is on by default).
 * 2. While `chinhDanh.completion.autoTrigger` is false, the middleware below drops completion
 *    requests that come from a trigger character, so nothing opens while typing.
 *    Ctrl+Space (Invoke) and re-queries of an open list (TriggerForIncompleteCompletions) always
 *    reach the server.
 * 3. When `chinhDanh.completion.autoTrigger` is true, trigger characters pass through, and the
 *    extension itself opens the suggest widget after a short pause in typing (only in drafts, only
 *    after a word of two or more letters, and only if the user has not turned quick suggestions
 *    on for that language already — then VS Code does it).
 */
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { autoTriggerEnabled, isDraft } from './config';

export const completionMiddleware: Middleware = {
  provideCompletionItem(document, position, context, token, next) {
    if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && !autoTriggerEnabled(document)) {
      return [];
    }
    return next(document, position, context, token);
  },
};

const PAUSE_MS = 300;
const WORD_BEFORE = /[\p{L}\p{N}]{2,}$/u;

function quickSuggestionsOn(doc: vscode.TextDocument): boolean {
  const q = vscode.workspace
    .getConfiguration('editor', { languageId: doc.languageId, uri: doc.uri })
    .get<unknown>('quickSuggestions');
  if (q === true || q === 'on') return true;
  if (q && typeof q === 'object') {
    const other = (q as Record<string, unknown>).other;
    return other === true || other === 'on' || other === 'inline';
  }
  return false;
}

/** Opens suggestions after a typing pause when autoTrigger is on. */
export function registerAutoTrigger(): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const sub = vscode.workspace.onDidChangeTextDocument((e) => {
    cancel();
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document !== e.document || !isDraft(e.document)) return;
    if (e.contentChanges.length !== 1 || e.reason !== undefined) return; // undo/redo
    const change = e.contentChanges[0];
    if (change.text.length === 0 || change.text.length > 2 || /\s/.test(change.text)) return;
    if (!autoTriggerEnabled(e.document) || quickSuggestionsOn(e.document)) return;
    const version = e.document.version;
    timer = setTimeout(() => {
      timer = undefined;
      const ed = vscode.window.activeTextEditor;
      if (!ed || ed.document !== e.document || ed.document.version !== version || !ed.selection.isEmpty) return;
      const pos = ed.selection.active;
      const before = ed.document.lineAt(pos.line).text.slice(0, pos.character);
      if (WORD_BEFORE.test(before)) void vscode.commands.executeCommand('editor.action.triggerSuggest');
    }, PAUSE_MS);
  });
  return vscode.Disposable.from(sub, { dispose: cancel });
}
