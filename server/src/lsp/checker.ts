/**
 * Checking drafts and publishing diagnostics: debounced per document while typing,
 * immediate on open, and a whole-workspace scan on request.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type CheckResult } from '../engine';
import type { GlossaryStore } from '../node/glossary-store';
import { findDrafts } from '../node/drafts';
import { stripBom } from '../node/glossary-loader';
import { findingsToDiagnostics } from './diagnostics';
import { isDraftDocument } from './drafts';
import type { CheckWorkspaceResult } from './protocol';
import { checkOptions, type SettingsCache } from './settings';
import { pathToUri, uriToPath } from './uris';

export const DEBOUNCE_MS = 150;

export interface CheckerDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  store: GlossaryStore;
  /** A getter: the cache is replaced once initialize tells us the client's capabilities. */
  settings: () => SettingsCache;
  clientLocale: () => string | undefined;
  /** Resolves once the first glossary load is done; checks wait for it. */
  ready: Promise<void>;
}

export class Checker {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly deps: CheckerDeps) {}

  /** Check a text with the settings of `scopeUri` (the document itself, or its workspace folder). */
  async checkText(scopeUri: string, text: string): Promise<CheckResult | undefined> {
    await this.deps.ready;
    const glossary = this.deps.store.glossary;
    if (!glossary) return undefined;
    const settings = await this.deps.settings().get(scopeUri);
    return check(text, glossary, checkOptions(settings, this.deps.clientLocale()));
  }

  async validate(doc: TextDocument): Promise<void> {
    if (!isDraftDocument(doc)) return;
    const version = doc.version;
    try {
      const result = await this.checkText(doc.uri, doc.getText());
      const current = this.deps.documents.get(doc.uri);
      // A newer version is on its way (or the document closed): its own check will publish. A document closed and
      // reopened repeats its version number, so compare the document itself, not only the number.
      if (current !== doc || current.version !== version) return;
      const diagnostics = result ? findingsToDiagnostics(doc, result.findings) : [];
      await this.deps.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
    } catch (err) {
      this.deps.connection.console.error(
        `Checking ${doc.uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
    }
  }

  schedule(doc: TextDocument): void {
    if (!isDraftDocument(doc)) return;
    this.cancel(doc.uri);
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        const latest = this.deps.documents.get(doc.uri);
        if (latest) void this.validate(latest);
      }, DEBOUNCE_MS),
    );
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  revalidateAll(): void {
    for (const doc of this.deps.documents.all()) void this.validate(doc);
  }

  /** Check every draft under the workspace folders; open buffers win over disk. */
  async checkWorkspace(folders: readonly string[]): Promise<CheckWorkspaceResult> {
    const openByPath = new Map<string, TextDocument>();
    for (const doc of this.deps.documents.all()) {
      const p = uriToPath(doc.uri);
      if (p) openByPath.set(p, doc);
    }
    let files = 0;
    let problems = 0;
    for (const folder of folders) {
      for (const rel of findDrafts(folder)) {
        const abs = path.join(folder, rel);
        const open = openByPath.get(abs);
        let doc: TextDocument;
        if (open) doc = open;
        else {
          let text: string;
          try {
            text = stripBom(fs.readFileSync(abs, 'utf8'));
          } catch {
            continue;
          }
          doc = TextDocument.create(pathToUri(abs), 'markdown', 0, text);
        }
        // Closed files use their folder's settings: one configuration round trip per folder, not per file.
        const result = await this.checkText(open ? doc.uri : pathToUri(folder), doc.getText());
        const diagnostics: Diagnostic[] = result ? findingsToDiagnostics(doc, result.findings) : [];
        files++;
        problems += diagnostics.length;
        await this.deps.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
      }
    }
    return { files, problems };
  }
}
