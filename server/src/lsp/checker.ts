/**
 * Checking drafts and publishing diagnostics: debounced per document while typing, immediate on open, and a
 * whole-workspace scan on request. The server never blocks on a check:
 *
 * - Every open draft has its own engine `DocumentChecker` (its cached analysis serves the next check and hover),
 *   made again when the glossary changes.
 * - A check is the checker's `run` generator, stepped by the cooperative scheduler in slices of a few
 *   milliseconds; requests and other documents' checks run between slices.
 * - A check is abandoned as soon as its result could no longer be published: a newer edit, a newer check of the
 *   same document (configuration or glossary change), a close.
 * - A result is published only for the text it was computed from, while that text is the current text of the same
 *   open document. An open document is an `OpenDraft`, made by didOpen and ended by didClose: a document closed
 *   and reopened at the same version number is a new OpenDraft, so nothing computed for the first text can be
 *   published for the second. What the server published before it read the close is followed by the empty
 *   publication it sends on close: a client that orders publications by that clear never mixes the two texts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentChecker, type CheckOptions, type Glossary, type Locale, type ParagraphResult } from '../engine';
import { findDrafts } from '../node/drafts';
import { readRegularFile } from '../node/files';
import type { GlossaryStore } from '../node/glossary-store';
import { stripBom } from '../node/glossary-loader';
import type { Settings } from '../settings/settings';
import { isDraftDocument } from './drafts';
import { messages, t } from '../engine/i18n/messages';
import type { DiagnosticFix } from './diagnostics';
import { ParagraphDiagnostics } from './paragraph-diagnostics';
import { LongCheckProgress } from './progress';
import type { CheckWorkspaceResult, PublicationTimes } from './protocol';
import { CooperativeScheduler, type Job } from './scheduler';
import { checkOptions, type SettingsCache } from './settings';
import { BYTES_PER_MB, formatMb, publishedDiagnostics, sizeAboveLimit, tooLargeDiagnostic } from './size-limit';
import { linedDocuments } from './text-document';
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
  scheduler?: CooperativeScheduler;
}

/** The limit in bytes a document's settings set. */
export function sizeLimitBytes(settings: Settings): number {
  return Math.floor(settings.maxDocumentSizeMB * BYTES_PER_MB);
}

/** "Chính Danh: đang kiểm tra du-thao.md": the file name, as the user knows it. */
function progressTitle(uri: string, locale: Locale): string {
  const last = uri.split(/[?#]/)[0].split('/').pop() ?? uri;
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return t(messages.checkingProgress, locale, { name });
}

/** One open draft, from its didOpen to its didClose. */
class OpenDraft {
  /** Made on first use and again when the glossary changes. */
  private checker: DocumentChecker | undefined;
  /** The debounce timer of the last edit. */
  timer: NodeJS.Timeout | undefined;
  /** The check running for this draft, if any (at most one: a new one cancels the old). */
  job: Job<ParagraphResult> | undefined;
  /** What was published, paragraph by paragraph: an edit converts only the findings it touched. */
  readonly published = new ParagraphDiagnostics();
  /** Raised by every validation; only the newest may publish. */
  ticket = 0;
  closed = false;
  /** Whether the log already says this draft is too large (said once, not at every keystroke). */
  loggedTooLarge = false;
  private size: { version: number; limit: number; above: number | undefined } | undefined;

  constructor(readonly doc: TextDocument) {}

  checkerFor(glossary: Glossary): DocumentChecker {
    if (this.checker?.glossary !== glossary) {
      // A generator of the old checker must not run on after its checker is dropped.
      this.cancelJob();
      this.checker = new DocumentChecker(glossary);
    }
    return this.checker;
  }

  /** Size in bytes when above `limit`, else undefined; computed once per version. */
  sizeAbove(limit: number): number | undefined {
    const version = this.doc.version;
    if (this.size?.version !== version || this.size.limit !== limit)
      this.size = { version, limit, above: sizeAboveLimit(this.doc.getText(), limit) };
    return this.size.above;
  }

  cancelJob(): void {
    this.job?.cancel();
    this.job = undefined;
  }

  stop(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.cancelJob();
  }
}

export class Checker {
  private readonly drafts = new Map<string, OpenDraft>();
  readonly scheduler: CooperativeScheduler;
  /** chinhDanh/serverStats reports it: what an edit costs the server apart from the transport and the client. */
  lastPublication: PublicationTimes | null = null;

  constructor(private readonly deps: CheckerDeps) {
    this.scheduler = deps.scheduler ?? new CooperativeScheduler();
  }

  /** didOpen: a new OpenDraft (even at a version number seen before), checked at once. */
  opened(doc: TextDocument): void {
    if (!isDraftDocument(doc)) return;
    this.drafts.get(doc.uri)?.stop();
    const draft = new OpenDraft(doc);
    this.drafts.set(doc.uri, draft);
    void this.validate(draft);
  }

  /** didChange: the running check is useless now; check again once typing pauses. */
  changed(doc: TextDocument): void {
    if (!isDraftDocument(doc)) return;
    const draft = this.drafts.get(doc.uri);
    if (draft?.doc !== doc) {
      // No didOpen seen for this object (cannot happen with TextDocuments): treat it as one.
      this.opened(doc);
      return;
    }
    draft.cancelJob();
    if (draft.timer) clearTimeout(draft.timer);
    draft.timer = setTimeout(() => {
      draft.timer = undefined;
      void this.validate(draft);
    }, DEBOUNCE_MS);
  }

  /** didClose: stop everything for this draft and clear its diagnostics (the clear also marks the end of it). */
  closed(doc: TextDocument): void {
    const draft = this.drafts.get(doc.uri);
    if (draft?.doc === doc) {
      draft.stop();
      this.drafts.delete(doc.uri);
    }
    if (isDraftDocument(doc)) void this.deps.connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] });
  }

  revalidateAll(): void {
    for (const draft of this.drafts.values()) void this.validate(draft);
  }

  /** URIs of the open drafts whose check is running now. */
  get checking(): string[] {
    return [...this.drafts.values()].filter((d) => d.job !== undefined).map((d) => d.doc.uri);
  }

  /** Whether a check is running, queued or about to start (an edit's debounce): the user is at work. */
  get busy(): boolean {
    if (this.scheduler.size > 0) return true;
    for (const draft of this.drafts.values()) if (draft.job || draft.timer) return true;
    return false;
  }

  /** The open draft's checker (its cached analysis), or undefined when `uri` is not an open draft. */
  documentChecker(uri: string, glossary: Glossary): DocumentChecker | undefined {
    return this.drafts.get(uri)?.checkerFor(glossary);
  }

  /** The fixes of a diagnostic published for the open draft `doc`, in its current text (see ParagraphDiagnostics). */
  fixesFor(doc: TextDocument, diagnostic: Diagnostic): DiagnosticFix[] | undefined {
    const draft = this.drafts.get(doc.uri);
    return draft?.doc === doc ? draft.published.fixesFor(doc, diagnostic) : undefined;
  }

  /** The size of an open document when it is above `limitBytes` (it is then not analysed at all). */
  sizeAbove(doc: TextDocument, limitBytes: number): number | undefined {
    const draft = this.drafts.get(doc.uri);
    return draft?.doc === doc ? draft.sizeAbove(limitBytes) : sizeAboveLimit(doc.getText(), limitBytes);
  }

  private isCurrent(draft: OpenDraft): boolean {
    return (
      !draft.closed && this.drafts.get(draft.doc.uri) === draft && this.deps.documents.get(draft.doc.uri) === draft.doc
    );
  }

  /**
   * Checks the draft's current text and publishes the result if, once done, that text is still the draft's current
   * text and no newer validation started. Resolves with what was published, or undefined if nothing was.
   */
  private async validate(draft: OpenDraft): Promise<Diagnostic[] | undefined> {
    const started = performance.now();
    const ticket = ++draft.ticket;
    draft.cancelJob();
    const { doc } = draft;
    const version = doc.version;
    const text = doc.getText();
    // Version first: it settles almost every case without comparing texts (equal strings are one object).
    const wanted = () =>
      draft.ticket === ticket && this.isCurrent(draft) && doc.version === version && doc.getText() === text;
    try {
      await this.deps.ready;
      const settings = await this.deps.settings().get(doc.uri);
      const glossary = this.deps.store.glossary;
      if (!glossary || !wanted()) return undefined;
      const options = checkOptions(settings, this.deps.clientLocale());
      const locale = options.locale ?? 'vi';
      const limit = sizeLimitBytes(settings);
      const size = draft.sizeAbove(limit);
      let diagnostics: Diagnostic[];
      let checked = performance.now();
      if (size !== undefined) {
        if (!draft.loggedTooLarge) this.logTooLarge(doc.uri, size, limit);
        draft.loggedTooLarge = true;
        diagnostics = [tooLargeDiagnostic(size, limit, locale)];
      } else {
        draft.loggedTooLarge = false;
        const progress = new LongCheckProgress(this.deps.connection, progressTitle(doc.uri, locale));
        const job = this.scheduler.run(draft.checkerFor(glossary).runByParagraph(text, options), wanted, {
          onSuspended: () => {
            progress.begin();
          },
        });
        draft.job = job;
        const outcome = await job.outcome.finally(() => {
          progress.end();
        });
        if (draft.job === job) draft.job = undefined;
        if (!outcome.done || !wanted()) return undefined;
        checked = performance.now();
        diagnostics = draft.published.diagnostics(doc, outcome.value, locale);
      }
      const built = performance.now();
      await this.deps.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
      this.lastPublication = {
        uri: doc.uri,
        version,
        diagnostics: diagnostics.length,
        checkMs: checked - started,
        diagnosticsMs: built - checked,
        sendMs: performance.now() - built,
      };
      return diagnostics;
    } catch (err) {
      this.deps.connection.console.error(
        `Checking ${doc.uri} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      return undefined;
    }
  }

  private logTooLarge(uri: string, size: number, limit: number): void {
    this.deps.connection.console.info(
      `${uri}: ${formatMb(size, 'en')} MB is above chinhDanh.maxDocumentSizeMB (${formatMb(limit, 'en')} MB): not checked.`,
    );
  }

  private openDraftAt(abs: string): OpenDraft | undefined {
    for (const draft of this.drafts.values()) if (uriToPath(draft.doc.uri) === abs) return draft;
    return undefined;
  }

  /**
   * Check every draft under the workspace folders; open buffers win over disk. Each file is checked by the
   * scheduler like an open draft, so the scan never holds the thread for more than a slice.
   */
  async checkWorkspace(folders: readonly string[]): Promise<CheckWorkspaceResult> {
    let files = 0;
    let problems = 0;
    for (const folder of folders) {
      for (const rel of findDrafts(folder)) {
        const abs = path.join(folder, rel);
        const open = this.openDraftAt(abs);
        const published = open ? await this.validate(open) : await this.checkClosedFile(abs, folder);
        if (published === null) continue;
        files++;
        problems += published?.length ?? 0;
      }
    }
    return { files, problems };
  }

  /** A draft on disk that is not open. Null when it could not be read (it is not counted). */
  private async checkClosedFile(abs: string, folder: string): Promise<Diagnostic[] | null | undefined> {
    await this.deps.ready;
    // Closed files use their folder's settings: one configuration round trip per folder, not per file.
    const settings = await this.deps.settings().get(pathToUri(folder));
    const glossary = this.deps.store.glossary;
    if (!glossary) return undefined;
    const options: CheckOptions = checkOptions(settings, this.deps.clientLocale());
    const locale: Locale = options.locale ?? 'vi';
    const limit = sizeLimitBytes(settings);
    const uri = pathToUri(abs);
    const stillClosed = () => this.openDraftAt(abs) === undefined;
    let size: number;
    try {
      size = fs.statSync(abs).size;
    } catch {
      return null;
    }
    let diagnostics: Diagnostic[];
    if (size > limit) {
      this.logTooLarge(uri, size, limit);
      diagnostics = [tooLargeDiagnostic(size, limit, locale)];
    } else {
      const read = readRegularFile(abs, limit);
      if (!read.ok) return null;
      const text = stripBom(read.bytes.toString('utf8'));
      const job = this.scheduler.run(new DocumentChecker(glossary).run(text, options), stillClosed);
      const outcome = await job.outcome;
      if (!outcome.done) return undefined;
      const doc = linedDocuments.create(uri, 'markdown', 0, text);
      diagnostics = publishedDiagnostics(doc, outcome.value.findings, locale);
    }
    // Opened while it was being checked: the open draft's own check publishes, for the editor's text.
    if (!stillClosed()) return undefined;
    await this.deps.connection.sendDiagnostics({ uri, diagnostics });
    return diagnostics;
  }
}
