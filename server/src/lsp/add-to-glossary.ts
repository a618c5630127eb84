/**
 * "Add … to the workspace glossary": a code action on a title written with a name the glossary does not know (or a
 * known person it does not show in that office then), and the server command it runs.
 *
 * Why a server command and not a WorkspaceEdit in the code action: an edit creating a file that no editor shows is
 * applied by VS Code to an unsaved buffer, so the entry would not be on disk (the CLI, CI and the team would not see
 * it) until someone found and saved that buffer; and the glossary folder may not exist yet, so the server would not
 * treat the buffer as part of the glossary. The command writes the file itself (atomically: a temporary file, then a
 * rename), loads the glossary again and re-checks open drafts, so the finding changes at once; any LSP client can run
 * it (workspace/executeCommand). When the file is open in the editor, its buffer is what the user sees and may hold
 * unsaved edits: then the entry goes in through workspace/applyEdit instead, as an undoable edit of that buffer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import type { CodeAction, Connection, Diagnostic, Range, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  appendPerson,
  formatPartial,
  glossaryAdditions,
  type CheckOptions,
  type GlossaryAddition,
  type Glossary,
  type Locale,
} from '../engine';
import { messages, t } from '../engine/i18n/messages';
import { readRegularFile } from '../node/files';
import { MAX_GLOSSARY_FILE_BYTES } from '../node/glossary-loader';
import { ADDED_ENTRIES_FILE, DEFAULT_WORKSPACE_GLOSSARY_DIR, findWorkspaceGlossary } from '../node/workspace-glossary';
import { SOURCE } from './diagnostics';
import { folderOf } from './glossary-sources';
import { pathToUri, uriToPath } from './uris';

export const ADD_TO_GLOSSARY_COMMAND = 'chinhDanh.addToWorkspaceGlossary';

/** What the code action hands to the command (through the client, so it is checked again on arrival). */
export interface AddToGlossaryArgs {
  uri: string;
  personId: string;
  name: string;
  officeId: string;
  officeTitle: string;
  acting: boolean;
  from: string;
  draftDate?: string;
}

export interface AddToGlossaryResult {
  /** Absolute path of the glossary file written. */
  file: string;
  /** 1-based line of the new entry. */
  line: number;
}

/** Codes whose findings an addition answers (so the action lists them as the diagnostics it fixes). */
const ANSWERS = new Set(['not-in-glossary', 'outdated-title', 'wrong-title']);

/** The code actions for a range of a draft. */
export function addToGlossaryActions(
  doc: TextDocument,
  range: Range,
  diagnostics: readonly Diagnostic[],
  glossary: Glossary,
  options: CheckOptions,
): CodeAction[] {
  const text = doc.getText();
  const additions = glossaryAdditions(text, glossary, options, doc.offsetAt(range.start), doc.offsetAt(range.end));
  return additions.map((a) => {
    const fixes = diagnostics.filter(
      (d) => d.source === SOURCE && ANSWERS.has(String(d.code)) && overlaps(doc, d.range, a),
    );
    const args: AddToGlossaryArgs = {
      uri: doc.uri,
      personId: a.person.id,
      name: a.person.name,
      officeId: a.office.id,
      officeTitle: a.office.title,
      acting: a.acting,
      from: a.from,
      ...(a.draftDate ? { draftDate: a.draftDate } : {}),
    };
    return {
      title: a.title,
      kind: 'quickfix',
      ...(fixes.length ? { diagnostics: fixes } : {}),
      command: { title: a.title, command: ADD_TO_GLOSSARY_COMMAND, arguments: [args] },
    };
  });
}

function overlaps(doc: TextDocument, r: Range, a: GlossaryAddition): boolean {
  return doc.offsetAt(r.start) <= a.end && doc.offsetAt(r.end) >= a.start;
}

export function parseArgs(raw: unknown): AddToGlossaryArgs | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && r[k].length > 0 ? r[k] : undefined);
  const uri = str('uri');
  const personId = str('personId');
  const name = str('name');
  const officeId = str('officeId');
  const from = str('from');
  if (!uri || !personId || !/^[a-z0-9][a-z0-9-]*$/.test(personId) || !name || !officeId || !from) return undefined;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(from)) return undefined;
  const draftDate = str('draftDate');
  return {
    uri,
    personId,
    name,
    officeId,
    officeTitle: str('officeTitle') ?? officeId,
    acting: r.acting === true,
    from,
    ...(draftDate && /^\d{4}-\d{2}-\d{2}$/.test(draftDate) ? { draftDate } : {}),
  };
}

export interface AddContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: () => readonly string[];
  trusted: () => boolean;
  locale: () => Promise<Locale>;
  /** Load the glossary again (folders may have appeared) and re-check the open drafts. */
  reload: () => Promise<void>;
}

export async function executeAddToGlossary(ctx: AddContext, raw: unknown): Promise<AddToGlossaryResult | null> {
  const locale = await ctx.locale();
  const say = (message: string) => {
    tellUser(ctx.connection, MessageType.Warning, message);
  };
  const args = parseArgs(raw);
  if (!args) {
    ctx.connection.console.error(`${ADD_TO_GLOSSARY_COMMAND}: bad arguments ${JSON.stringify(raw)?.slice(0, 200)}`);
    return null;
  }
  if (!ctx.trusted()) {
    say(t(messages.addNeedsTrust, locale, undefined as never));
    return null;
  }
  const draft = uriToPath(args.uri);
  const folders = ctx.folders();
  const folder = folderOf(draft, folders) ?? folders[0];
  if (!folder) {
    say(t(messages.addNeedsFolder, locale, undefined as never));
    return null;
  }
  const dir = findWorkspaceGlossary(folder) ?? path.join(folder, DEFAULT_WORKSPACE_GLOSSARY_DIR);
  const file = path.join(dir, ADDED_ENTRIES_FILE);
  const shown = path.relative(folder, file).split(path.sep).join('/');
  const open = ctx.documents.all().find((d) => uriToPath(d.uri) === file);
  const current = open ? { ok: true as const, text: open.getText() } : readIfThere(file);
  if (!current.ok) {
    say(t(messages.addToGlossaryFailed, locale, { file: shown, reason: current.reason }));
    return null;
  }
  const draftName = draft ? path.relative(folder, draft).split(path.sep).join('/') : args.uri;
  const result = appendPerson(
    current.text,
    {
      id: args.personId,
      name: args.name,
      tenure: {
        office: args.officeId,
        from: args.from,
        ...(args.acting ? { acting: true } : {}),
        source: { file: draftName, ...(args.draftDate ? { date: args.draftDate } : {}) },
        confidence: 'unconfirmed',
      },
      comment: t(messages.addedEntryComment, locale, { draft: draftName, date: formatPartial(args.from, locale) }),
    },
    t(messages.addedFileHeader, locale, undefined as never),
  );
  if (!result.ok) {
    say(t(messages.addToGlossaryFailed, locale, { file: shown, reason: result.reason }));
    return null;
  }
  if (open) {
    const { edit } = result;
    const applied = await ctx.connection.workspace.applyEdit({
      label: t(messages.addToGlossary, locale, { name: args.name, title: args.officeTitle }),
      edit: {
        documentChanges: [
          {
            textDocument: { uri: open.uri, version: open.version },
            edits: [
              { range: { start: open.positionAt(edit.start), end: open.positionAt(edit.end) }, newText: edit.newText },
            ],
          },
        ],
      },
    });
    if (!applied.applied) {
      say(
        t(messages.addToGlossaryFailed, locale, {
          file: shown,
          reason: applied.failureReason ?? 'the editor refused the edit',
        }),
      );
      return null;
    }
  } else {
    try {
      writeAtomically(file, result.text);
    } catch (err) {
      say(t(messages.addToGlossaryFailed, locale, { file: shown, reason: (err as Error).message }));
      return null;
    }
  }
  ctx.connection.console.info(`Added ${args.personId} (${args.officeId} from ${args.from}) to ${file}:${result.line}`);
  await ctx.reload();
  const title = args.acting ? `Quyền ${args.officeTitle}` : args.officeTitle;
  const openFile = { title: t(messages.openFile, locale, undefined as never) };
  // Not awaited: the command is done; the message may stay until the user answers it.
  void ctx.connection.window
    .showInformationMessage(t(messages.addedToGlossary, locale, { name: args.name, title, file: shown }), openFile)
    .then(
      async (choice) => {
        if (!choice) return;
        const at = { line: result.line - 1, character: 0 };
        await ctx.connection.window.showDocument({ uri: pathToUri(file), selection: { start: at, end: at } });
      },
      () => undefined,
    );
  return { file, line: result.line };
}

/**
 * A message without buttons, as a notification: window/showMessageRequest (what connection.window.show… sends) waits
 * for an answer that a client may refuse, and a refused request must not become an unhandled rejection.
 */
export function tellUser(connection: Connection, type: MessageType, message: string): void {
  void connection.sendNotification(ShowMessageNotification.type, { type, message });
}

function readIfThere(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  if (!fs.existsSync(file)) return { ok: true, text: '' };
  const read = readRegularFile(file, MAX_GLOSSARY_FILE_BYTES);
  if (!read.ok) return read;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(read.bytes);
  if (text.includes('\uFFFD')) return { ok: false, reason: 'not UTF-8' };
  return { ok: true, text };
}

/** A temporary file beside the target, then a rename: a reader never sees half an entry. */
function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { encoding: 'utf8', flag: 'w' });
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
