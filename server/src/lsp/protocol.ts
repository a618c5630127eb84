/**
 * Custom requests and notifications between the VS Code client and this server.
 * The names and shapes are a contract with client/src: change both sides together.
 */
import { NotificationType, RequestType } from 'vscode-languageserver';
import type { Position } from 'vscode-languageserver';
import type { AsOfSource } from '../engine';

export interface AsOfParams {
  uri: string;
}
export interface AsOfResult {
  /** YYYY-MM-DD */
  date: string;
  source: AsOfSource;
}
/** The date a document is checked against, and where it came from (status bar). */
export const AsOfRequest = new RequestType<AsOfParams, AsOfResult | null, void>('chinhDanh/asOf');

export interface DocumentItem {
  /** Glossary id. */
  id: string;
  /** Short label, e.g. "Nghị quyết 34-NQ/TW". */
  label: string;
  /** Full citation, e.g. "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị về …". */
  citation: string;
  /** One line for a picker: date, issuer, status. */
  detail: string;
}

export type DocumentsParams = Record<string, never>;
/** Every document in the glossary, for an "insert citation" picker. */
export const DocumentsRequest = new RequestType<DocumentsParams, DocumentItem[], void>('chinhDanh/documents');

export interface EntryAtParams {
  uri: string;
  position: Position;
}
export interface EntryAtResult {
  /** Absolute file-system path of the YAML file. */
  file: string;
  /** 1-based line of the entry in that file. */
  line: number;
  id: string;
}
/** The glossary entry under the cursor ("open glossary entry"). */
export const EntryAtRequest = new RequestType<EntryAtParams, EntryAtResult | null, void>('chinhDanh/entryAt');

export type CheckWorkspaceParams = Record<string, never>;
export interface CheckWorkspaceResult {
  files: number;
  /** Number of diagnostics published. */
  problems: number;
}
/** Check every .md/.txt file in the workspace folders and publish diagnostics for each. */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>(
  'chinhDanh/checkWorkspace',
);

export interface GlossaryStatus {
  /** False when the last reload had problems (the previous glossary is still in use). */
  ok: boolean;
  problems: number;
  entries: number;
  /** What the glossary in force is made of: the bundled glossary alone, or with files of other folders. */
  inForce?: 'bundled' | 'bundled+workspace';
  /** Files beyond the bundled glossary whose entries are in force (absolute paths). */
  files?: string[];
  /** Of those, files in force at their last good text (their current text has problems). */
  lastGoodFiles?: string[];
  /** Files left out because they have problems and never loaded. */
  leftOutFiles?: string[];
  /** The whole glossary in force is an earlier one: the last reload could not be used at all. */
  stale?: boolean;
  /** Untrusted workspace (Restricted Mode): workspace glossary folders and glossaryPaths are ignored. */
  restricted?: boolean;
  /** chinhDanh.glossaryPaths entries a workspace's settings named outside the workspace folder. */
  refusedPaths?: Array<{ path: string; folder: string; from?: 'setting' | 'folder' }>;
  /** Workspace glossary folders found without a setting (.chinh-danh/glossary/ or glossary/). */
  workspaceFolders?: string[];
}
/** Server → client after every glossary (re)load. */
/** The same status on request: the notification may arrive before a client listens. */
export const GlossaryStatusRequest = new RequestType<Record<string, never>, GlossaryStatus | null, void>(
  'chinhDanh/glossaryStatus',
);
export const GlossaryStatusNotification = new NotificationType<GlossaryStatus>('chinhDanh/glossaryStatus');

export interface WorkspaceTrustParams {
  trusted: boolean;
}
/**
 * Client → server: the workspace was trusted (VS Code's onDidGrantWorkspaceTrust). At start the client says so in
 * initializationOptions.workspaceTrusted; a client that says nothing is trusted (editors without workspace trust).
 */
export const WorkspaceTrustNotification = new NotificationType<WorkspaceTrustParams>('chinhDanh/workspaceTrust');

export interface ServerStats {
  /** The longest stretch the cooperative scheduler held the thread for checks, in ms. */
  longestCheckSliceMs: number;
  /**
   * The CPU time of that longest stretch's process in it (all threads: the collector's helpers count too): on a shared
   * machine the wall-clock figure includes the time other processes had the CPU, this one does not.
   */
  longestCheckSliceCpuMs: number;
  /** The longest the event loop was blocked since start-up (by anything: checks, requests, glossary loads), in ms. */
  eventLoopBlockMaxMs: number;
  /** Peak resident set size of the server process, in MB. */
  peakRssMb: number;
  /** Open documents whose check is running at the moment of the answer (started, neither done nor abandoned). */
  checking: string[];
  /** The last publication of an open draft's check, timed in the server, or null before the first. */
  lastPublication: PublicationTimes | null;
}
/**
 * Where the time of one check of an open draft went, from the moment it started (after the debounce) to the
 * diagnostics written to the client, in ms.
 */
export interface PublicationTimes {
  uri: string;
  version: number;
  diagnostics: number;
  /** The check itself, including its pauses for other work. */
  checkMs: number;
  /** Findings to LSP diagnostics. */
  diagnosticsMs: number;
  /** Handing the list to the connection: its JSON and the write. */
  sendMs: number;
}
export interface ServerStatsParams {
  /** Start measuring the longest slice and block afresh after answering (peak RSS cannot be reset). */
  reset?: boolean;
}
/** How the server has fared since start-up or the last reset (tests, the bench, "what is the server doing?"). */
export const ServerStatsRequest = new RequestType<ServerStatsParams, ServerStats, void>('chinhDanh/serverStats');
