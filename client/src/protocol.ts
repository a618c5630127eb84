/**
 * The custom LSP messages the Chính Danh server implements (server/src/lsp/**).
 * Method names and shapes are a contract with the server: change both sides together.
 */
import { NotificationType, RequestType } from 'vscode-languageclient/node';
import type { Position } from 'vscode-languageclient/node';

export type AsOfSource = 'document' | 'setting' | 'today';

export interface AsOfParams {
  uri: string;
}

export interface AsOfResult {
  /** ISO date YYYY-MM-DD. */
  date: string;
  source: AsOfSource;
}

export interface DocumentItem {
  id: string;
  label: string;
  /** The full citation to insert, e.g. "Nghị quyết số 34-NQ/TW ngày 9/1/2023 của Bộ Chính trị". */
  citation: string;
  detail?: string;
}

export interface EntryAtParams {
  uri: string;
  position: Position;
}

export interface EntryLocation {
  /** Absolute file path (or a URI string) of the glossary file. */
  file: string;
  /** 1-based line of the entry. */
  line: number;
  id: string;
}

export interface CheckWorkspaceResult {
  files: number;
  problems: number;
}

export interface GlossaryStatus {
  ok: boolean;
  problems: number;
  entries: number;
  /** What is in force: the bundled glossary alone, or with files of the workspace (or of glossaryPaths). */
  inForce?: 'bundled' | 'bundled+workspace';
  /** Files beyond the bundled glossary in force (absolute paths). */
  files?: string[];
  lastGoodFiles?: string[];
  leftOutFiles?: string[];
  /** The whole glossary in force is an earlier one: the last reload could not be used. */
  stale?: boolean;
  /** Untrusted workspace: workspace glossaries and glossaryPaths ignored. */
  restricted?: boolean;
  /** `from`: a glossaryPaths entry of the workspace's settings, or the workspace glossary folder (a link leading out). */
  refusedPaths?: Array<{ path: string; folder: string; from?: 'setting' | 'folder' }>;
  workspaceFolders?: string[];
}

export const AsOfRequest = new RequestType<AsOfParams, AsOfResult | null, void>('chinhDanh/asOf');
export const DocumentsRequest = new RequestType<Record<string, never>, DocumentItem[], void>('chinhDanh/documents');
export const EntryAtRequest = new RequestType<EntryAtParams, EntryLocation | null, void>('chinhDanh/entryAt');
export const CheckWorkspaceRequest = new RequestType<Record<string, never>, CheckWorkspaceResult, void>(
  'chinhDanh/checkWorkspace',
);
export const GlossaryStatusRequest = new RequestType<Record<string, never>, GlossaryStatus | null, void>(
  'chinhDanh/glossaryStatus',
);
export const GlossaryStatusNotification = new NotificationType<GlossaryStatus>('chinhDanh/glossaryStatus');
/** The workspace was trusted (Restricted Mode left): the server reads the workspace's glossary folders again. */
export const WorkspaceTrustNotification = new NotificationType<{ trusted: boolean }>('chinhDanh/workspaceTrust');
