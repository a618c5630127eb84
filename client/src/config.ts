/**
 * Client-side view of the `chinhDanh.*` settings. The keys and defaults are defined by
 * server/src/settings/settings.ts and contributed in package.json (a unit test keeps them in step).
 */
import * as vscode from 'vscode';

export const SECTION = 'chinhDanh';

/** Languages whose documents the server checks. */
export const DRAFT_LANGUAGES = ['markdown', 'plaintext'] as const;

/** The settings object the server expects (flat keys, as in the server's `Settings`). */
export function readSettingsSnapshot(scope?: vscode.ConfigurationScope): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    asOfDate: c.get<string>('asOfDate', ''),
    severity: c.get<Record<string, string>>('severity', {}),
    glossaryPaths: c.get<string[]>('glossaryPaths', []),
    locale: c.get<string>('locale', 'auto'),
    'completion.autoTrigger': c.get<boolean>('completion.autoTrigger', false),
    maxDocumentSizeMB: c.get<number>('maxDocumentSizeMB', 20),
  };
}

export function autoTriggerEnabled(scope?: vscode.ConfigurationScope): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('completion.autoTrigger', false);
}

export function isDraft(doc: vscode.TextDocument | undefined): doc is vscode.TextDocument {
  return (
    !!doc &&
    (DRAFT_LANGUAGES as readonly string[]).includes(doc.languageId) &&
    (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled')
  );
}

/** Absolute folders named by chinhDanh.glossaryPaths (relative entries resolve against every workspace folder). */
export function glossaryFolders(): string[] {
  const paths = vscode.workspace.getConfiguration(SECTION).get<string[]>('glossaryPaths', []) ?? [];
  const folders = vscode.workspace.workspaceFolders ?? [];
  const out = new Set<string>();
  for (const p of paths) {
    if (typeof p !== 'string' || !p.trim()) continue;
    const clean = p.trim().replace(/\\/g, '/').replace(/\/+$/, '');
    if (clean.startsWith('/') || /^[A-Za-z]:\//.test(clean)) out.add(clean);
    else
      for (const f of folders)
        if (f.uri.scheme === 'file') out.add(vscode.Uri.joinPath(f.uri, clean).fsPath.replace(/\\/g, '/'));
  }
  return [...out];
}
