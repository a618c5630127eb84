/** Shared helpers for the in-editor suite. Everything waits by polling (waitFor), never by sleeping. */
import * as vscode from 'vscode';
import { EXTENSION_ID, assert, fixtureUri, waitFor } from '../runner';

export { assert, waitFor };

/** First diagnostics can take a while: server start-up and the first glossary load. */
export const FIRST_TIMEOUT_MS = 45_000;
export const TIMEOUT_MS = 20_000;

export const SOURCE = 'chinh-danh';

/** Shape of what the extension's activate() returns (client/src/extension.ts ChinhDanhApi). */
export interface ChinhDanhApi {
  languageClient: { sendRequest<R>(method: string, params: unknown): Promise<R> };
  statusBar(): { text: string; name: string; tooltip: string; date: string; source: string } | undefined;
  citationPicker(): { placeholder: string; value: string; items: { label: string; description: string }[] } | undefined;
}

export async function api(): Promise<ChinhDanhApi> {
  const ext = vscode.extensions.getExtension<ChinhDanhApi>(EXTENSION_ID);
  assert(ext, `${EXTENSION_ID} is loaded`);
  const exported = await ext.activate();
  assert(exported && typeof exported.statusBar === 'function', 'activate() returns the Chính Danh API');
  return exported;
}

export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (c === undefined) return undefined;
  return typeof c === 'object' ? String(c.value) : String(c);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE || d.source === undefined);
}

export function withCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => codeOf(d) === code);
}

export function describe(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  return all.length
    ? all
        .map(
          (d) =>
            `${codeOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
        )
        .join(' | ')
    : '(no diagnostics)';
}

/** Waits until a diagnostic with `code` is published on `uri` (and, optionally, passes `accept`). */
export async function waitForDiagnostic(
  uri: vscode.Uri,
  code: string,
  timeoutMs = TIMEOUT_MS,
  accept: (d: vscode.Diagnostic) => boolean = () => true,
): Promise<vscode.Diagnostic> {
  try {
    return await waitFor(() => withCode(uri, code).find(accept), `a '${code}' diagnostic on ${uri.path}`, timeoutMs);
  } catch (e) {
    throw new Error(`${(e as Error).message}; diagnostics now: ${describe(uri)}`);
  }
}

export async function waitForNoDiagnostic(uri: vscode.Uri, code: string, timeoutMs = TIMEOUT_MS): Promise<void> {
  try {
    await waitFor(() => withCode(uri, code).length === 0, `no '${code}' diagnostic on ${uri.path}`, timeoutMs);
  } catch (e) {
    throw new Error(`${(e as Error).message}; diagnostics now: ${describe(uri)}`);
  }
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The range of the first occurrence of `needle` in the document. */
export function rangeOf(doc: vscode.TextDocument, needle: string, from = 0): vscode.Range {
  const at = doc.getText().indexOf(needle, from);
  assert(at >= 0, `"${needle}" occurs in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Sets a chinhDanh.* workspace setting for the duration of fn, then restores the previous value. */
export async function withSetting<T>(key: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const config = () => vscode.workspace.getConfiguration('chinhDanh');
  const before = config().inspect(key)?.workspaceValue;
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    return await fn();
  } finally {
    await config().update(key, before, vscode.ConfigurationTarget.Workspace);
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

export function insertTextOf(item: vscode.CompletionItem): string {
  const t = item.insertText;
  if (t === undefined) return typeof item.label === 'string' ? item.label : item.label.label;
  return typeof t === 'string' ? t : t.value;
}

/** Throws away unsaved edits of a fixture so later tests (and re-runs) see it as shipped. */
export async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !editor.document.isDirty, `revert of ${editor.document.uri.path}`, TIMEOUT_MS);
}
