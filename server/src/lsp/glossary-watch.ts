/**
 * Glossary reloads while the editor runs: on saved changes (workspace/didChangeWatchedFiles)
 * and on unsaved edits of open YAML buffers. Problems are shown on the YAML file itself
 * (code "glossary-error"); drafts keep being checked with the last good glossary.
 */
import * as path from 'node:path';
import type { Connection, Diagnostic, DidChangeWatchedFilesParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { GlossaryProblem } from '../engine';
import { LineIndex, problemRange } from '../engine/glossary/text-position';
import { countEntries } from '../node/glossary-loader';
import type { GlossaryStore } from '../node/glossary-store';
import { SOURCE } from './diagnostics';
import { NO_SOURCES, type GlossarySources } from './glossary-sources';
import { GlossaryStatusNotification, type GlossaryStatus } from './protocol';
import { isInside, pathToUri, uriToPath } from './uris';

export const GLOSSARY_ERROR = 'glossary-error';
const YAML = /\.ya?ml$/i;
const DEBOUNCE_MS = 300;

export class GlossaryWatcher {
  /** URIs we published glossary problems on, so they can be cleared once fixed. */
  private published = new Set<string>();
  /** The status of the last load, for the chinhDanh/glossaryStatus request. */
  status: GlossaryStatus | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly store: GlossaryStore,
    /** Called after a reload that changed the glossary in use (re-check open drafts). */
    private readonly onChanged: () => void,
    /** Where the extra folders came from (trust, refused paths), for the status. */
    private readonly sources: () => GlossarySources = () => NO_SOURCES,
  ) {}

  /** Is this path one of the YAML files of a loaded glossary folder? */
  isGlossaryPath(p: string | undefined): boolean {
    if (!p || !YAML.test(p)) return false;
    return this.store.dirs.some((d) => isInside(p, d));
  }

  isGlossaryDocument(doc: TextDocument): boolean {
    return this.isGlossaryPath(uriToPath(doc.uri));
  }

  /** Reload now, using the text of open glossary buffers in place of the files on disk. */
  reload(): GlossaryStatus {
    const overrides = new Map<string, string>();
    for (const doc of this.documents.all()) {
      const p = uriToPath(doc.uri);
      if (p && this.isGlossaryPath(p)) overrides.set(p, doc.getText());
    }
    const outcome = this.store.reload({ overrides });
    this.publishProblems(outcome.problems);
    const inForce = this.store.inForce;
    const sources = this.sources();
    const status: GlossaryStatus = {
      ok: outcome.ok,
      problems: outcome.problems.length,
      entries: countEntries(this.store.glossary),
      inForce: inForce.extraFiles.length ? 'bundled+workspace' : 'bundled',
      files: inForce.extraFiles,
      lastGoodFiles: inForce.lastGoodFiles,
      leftOutFiles: inForce.leftOut,
      stale: inForce.stale,
      restricted: sources.restricted,
      refusedPaths: sources.refused.map((r) => ({ path: r.path, folder: r.folder, from: r.from })),
      workspaceFolders: sources.workspaceDirs,
    };
    this.status = status;
    void this.connection.sendNotification(GlossaryStatusNotification, status);
    // The output channel tells why the server does what it does: which glossary is in force, and what failed.
    const where = this.store.dirs.join(', ');
    if (sources.restricted)
      this.connection.console.info(
        'Untrusted workspace (Restricted Mode): workspace glossary folders and chinhDanh.glossaryPaths are ignored; checking with the bundled glossary.',
      );
    if (outcome.ok) this.connection.console.info(`Glossary loaded from ${where}: ${status.entries} entries.`);
    else {
      const partly = inForce.stale
        ? 'the last good glossary stays in force'
        : inForce.extraFiles.length === 0
          ? 'in force: the bundled glossary alone'
          : `in force: the bundled glossary and ${inForce.extraFiles.length} other files` +
            (inForce.lastGoodFiles.length ? ` (at their last good text: ${inForce.lastGoodFiles.join(', ')})` : '') +
            (inForce.leftOut.length ? `; left out: ${inForce.leftOut.join(', ')}` : '');
      this.connection.console.warn(
        `Glossary not loaded from ${where}: ${status.problems} problems; ${partly} (${status.entries} entries).`,
      );
    }
    if (outcome.changed) this.onChanged();
    return status;
  }

  /** Debounced reload, for keystrokes in an open glossary file. */
  scheduleReload(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      try {
        this.reload();
      } catch (err) {
        this.connection.console.error(
          `Glossary reload failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
      }
    }, DEBOUNCE_MS);
  }

  onWatchedFilesChanged(params: DidChangeWatchedFilesParams): void {
    const relevant = params.changes.some((c) => {
      const p = uriToPath(c.uri);
      // An open buffer is authoritative; its own change events trigger reloads.
      return this.isGlossaryPath(p) && !this.documents.get(c.uri);
    });
    if (relevant) this.reload();
  }

  private publishProblems(problems: readonly GlossaryProblem[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    const lines = new Map<string, LineIndex | undefined>();
    for (const problem of problems) {
      const uri = this.uriFor(problem.file);
      if (!uri) {
        // A missing folder has no file to attach to: the log and the status notification report it.
        this.connection.console.warn(`${problem.file}: ${problem.message}`);
        continue;
      }
      const list = byUri.get(uri) ?? [];
      list.push(this.problemToDiagnostic(problem, lines));
      byUri.set(uri, list);
    }
    for (const uri of this.published) {
      if (!byUri.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    for (const [uri, diagnostics] of byUri) void this.connection.sendDiagnostics({ uri, diagnostics });
    this.published = new Set(byUri.keys());
  }

  /** The URI the client knows the file by (open buffers may spell it differently from Node). */
  private uriFor(file: string): string | undefined {
    if (!YAML.test(file)) return undefined;
    const abs = path.resolve(file);
    for (const doc of this.documents.all()) if (uriToPath(doc.uri) === abs) return doc.uri;
    return pathToUri(abs);
  }

  /** `lines` caches each file's line index across the problems of one publication. */
  private problemToDiagnostic(problem: GlossaryProblem, lines: Map<string, LineIndex | undefined>): Diagnostic {
    const file = path.resolve(problem.file);
    if (!lines.has(file)) {
      const text = this.store.files.find((f) => f.path === file)?.text;
      lines.set(file, text === undefined ? undefined : new LineIndex(text));
    }
    // From the column to the end of that line, inside the text (lines broken as the editor breaks them).
    return {
      range: problemRange(lines.get(file), problem.line, problem.column),
      severity: 1,
      code: GLOSSARY_ERROR,
      source: SOURCE,
      message: problem.message,
    };
  }
}
