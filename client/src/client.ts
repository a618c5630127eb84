/** Creates and starts the language client for the bundled server (dist/server.js). */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { completionMiddleware } from './completion-trigger';
import { DRAFT_LANGUAGES, SECTION, glossaryFolders, readSettingsSnapshot } from './config';
import { configurationMiddleware } from './trust';

export const CLIENT_ID = 'chinhDanh';

/** Drafts (markdown, plain text; saved or untitled) and the glossary YAML files. */
export function buildDocumentSelector(): DocumentSelector {
  const selector: DocumentSelector = [];
  for (const language of DRAFT_LANGUAGES) {
    selector.push({ scheme: 'file', language }, { scheme: 'untitled', language });
  }
  // Workspace glossary folders (found by the server without a setting) and the bundled one.
  selector.push({ scheme: 'file', pattern: '**/glossary/**/*.{yaml,yml}' });
  selector.push({ scheme: 'file', pattern: '**/.chinh-danh/glossary/**/*.{yaml,yml}' });
  for (const folder of glossaryFolders()) selector.push({ scheme: 'file', pattern: `${folder}/**/*.{yaml,yml}` });
  return selector;
}

/**
 * The client id is also the settings prefix vscode-languageclient reads its trace level from: `chinhDanh.trace.server`
 * ("off", "messages", "verbose"; contributed in package.json). The trace goes to the same channel as the server's
 * log, so messages and log lines read in order.
 */
export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: buildDocumentSelector(),
    synchronize: {
      configurationSection: SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}'),
    },
    // A function: read again at every (re)start, so a restart after trust was granted starts a trusted server.
    initializationOptions,
    outputChannel: output,
    traceOutputChannel: output,
    middleware: { ...completionMiddleware, workspace: { configuration: configurationMiddleware } },
    // Hovers and completion documentation carry glossary text, and a glossary may come from any repository: the
    // server escapes it, and the client renders it untrusted (no command links) and without HTML. These are the
    // defaults of vscode-languageclient, stated so that no later change turns them on by accident.
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, 'Chính Danh', serverOptions, clientOptions);
}

/**
 * The document selector is fixed when the client starts; when chinhDanh.glossaryPaths names other
 * folders, update it in place and restart so their YAML files are synced too. True when it restarted.
 */
export async function refreshSelector(client: LanguageClient): Promise<boolean> {
  const next = buildDocumentSelector();
  const current = client.clientOptions.documentSelector;
  if (current && JSON.stringify(current) === JSON.stringify(next)) return false;
  if (Array.isArray(current)) current.splice(0, current.length, ...next);
  else client.clientOptions.documentSelector = next;
  if (!client.isRunning()) return false;
  await client.restart();
  return true;
}

/** What the server gets at each start: the settings (for clients without configuration), the language, and trust. */
function initializationOptions(): Record<string, unknown> {
  return {
    settings: readSettingsSnapshot(),
    displayLanguage: vscode.env.language,
    // Restricted Mode: the server then loads nothing of the workspace (see trust.ts).
    workspaceTrusted: vscode.workspace.isTrusted,
  };
}
