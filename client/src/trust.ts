/**
 * Least privilege for what a repository can make the extension read.
 *
 * - Restricted Mode (an untrusted workspace): package.json declares `untrustedWorkspaces: limited` with
 *   chinhDanh.glossaryPaths restricted, so VS Code hides the workspace's value of that setting; the server is told
 *   the workspace is untrusted and loads neither the workspace glossary folder nor any glossary path, and checks the
 *   drafts with the bundled glossary. When the user trusts the folder, the server is told and reads them.
 * - Where a glossary path was set: the server refuses paths outside the workspace folder when they come from the
 *   workspace's own settings (.vscode/settings.json, a .code-workspace file), not when the user set them. Only the
 *   client can tell which it was (`inspect`), so it adds that to the settings it returns to the server.
 */
import * as vscode from 'vscode';
import type { ConfigurationRequest } from 'vscode-languageclient/node';
import { SECTION } from './config';

/** Must match server/src/lsp/glossary-sources.ts PATH_SCOPE_KEY. */
export const PATH_SCOPE_KEY = 'glossaryPathsScope';

export type PathScope = 'user' | 'workspace' | 'workspaceFolder' | 'default';

/** Where the chinhDanh.glossaryPaths in force for `scope` was set (the most specific value wins, as VS Code reads it). */
export function glossaryPathsScope(scope?: vscode.ConfigurationScope): PathScope {
  const i = vscode.workspace.getConfiguration(SECTION, scope).inspect<string[]>('glossaryPaths');
  if (!i) return 'default';
  if (i.workspaceFolderValue !== undefined) return 'workspaceFolder';
  if (i.workspaceValue !== undefined) return 'workspace';
  if (i.globalValue !== undefined) return 'user';
  return 'default';
}

/** workspace/configuration answers for our section carry where glossaryPaths was set. */
export const configurationMiddleware: ConfigurationRequest.MiddlewareSignature = async (params, token, next) => {
  const result = await next(params, token);
  if (!Array.isArray(result)) return result; // an error response goes back as it came
  return result.map((value: unknown, i) => {
    const item = params.items[i];
    if (item?.section !== SECTION || !value || typeof value !== 'object') return value;
    const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
    return { ...(value as Record<string, unknown>), [PATH_SCOPE_KEY]: glossaryPathsScope(scope) };
  });
};
