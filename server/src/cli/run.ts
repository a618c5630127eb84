/** `chinh-danh check …`: load the glossary, find drafts, check, print, write fixed copies, choose the exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckOptions, Glossary, GlossaryProblem } from '../engine';
import { readRegularFile } from '../node/files';
import { glossaryDirs, loadGlossary } from '../node/glossary-loader';
import { findGlossaryUpward } from '../node/workspace-glossary';
import { parseCommand, usage, UsageError, type CheckCommand } from './args';
import { formatMb } from '../lsp/size-limit';
import { checkDraft, DraftTooLarge, type CheckedDraft } from './check-draft';
import { colorEnabled, colors } from './colors';
import { DocxError } from './docx/docx-text';
import { collectTargets, draftKind, fixedCopyPath, type Target } from './drafts';
import { formatHtml } from './format-html';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText, summary } from './format-text';
import { runExtract } from './extract/command';
import { runGlossaryCommand } from './glossary-test/command';
import { messages } from './messages';
import { countSeverities, type FileReport } from './report';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  version: string;
  env: Readonly<Record<string, string | undefined>>;
  /** process.stdout.isTTY: undefined, not false, when the stream is a pipe. */
  stdoutIsTTY: boolean | undefined;
  stderrIsTTY: boolean | undefined;
  /** All of standard input (only called for --stdin). */
  readStdin: () => Uint8Array;
  /** Injected for reproducible tests; defaults to the system date inside the engine. */
  today?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** A progress line is worth its noise only on a terminal and for runs long enough to wonder. */
const PROGRESS_MIN_FILES = 20;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // Subcommands with options of their own; `check` is parsed below.
  if (argv[0] === 'glossary') return runGlossaryCommand(argv.slice(1), io);
  if (argv[0] === 'extract') return runExtract(argv.slice(1), io);
  let command;
  try {
    command = parseCommand(argv, io.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n${messages(err.locale).tryHelp}\n`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(usage(command.locale));
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  return runCheck(command, argv, io);
}

/** "glossary/people.yaml:12:3: message", relative to the working directory when inside it. */
export function formatProblem(p: GlossaryProblem, cwd: string): string {
  const shown = shownPath(p.file, cwd);
  const where = p.line > 0 ? `${shown}:${p.line}:${Math.max(1, p.column)}` : shown;
  return `${where}: ${p.message}`;
}

/** A path relative to the working directory when inside it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const abs = path.resolve(cwd, file);
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/** Exit 1 when a finding reaches --fail-on, or there are more warnings than --max-warnings. */
export function exitCodeFor(reports: readonly FileReport[], cmd: Pick<CheckCommand, 'failOn' | 'maxWarnings'>): number {
  // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
  const worst = { error: 1, warning: 2, information: 3, never: 0 }[cmd.failOn];
  const serious = reports.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) <= worst));
  const tooManyWarnings = cmd.maxWarnings !== undefined && countSeverities(reports).warnings > cmd.maxWarnings;
  return serious || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

interface Source {
  shown: string;
  kind: Target['kind'];
  abs?: string;
  read: () => Uint8Array;
}

function sources(cmd: CheckCommand, io: Io): Source[] {
  if (cmd.stdin) {
    const shown = cmd.stdin.filename;
    return [{ shown, kind: draftKind(shown) ?? 'text', read: io.readStdin }];
  }
  const m = messages(cmd.locale);
  const { targets, emptyFolders } = collectTargets(cmd.paths, io.cwd, cmd.locale);
  if (emptyFolders.length > 0 && !cmd.allowEmpty) throw new UsageError(m.emptyFolder(emptyFolders[0]), cmd.locale);
  const maxBytes = maxDraftBytes(cmd);
  return targets.map((t) => ({ shown: t.shown, kind: t.kind, abs: t.abs, read: () => readDraft(t, maxBytes) }));
}

/** A .docx file above this size is refused unread, whatever --max-size says of its text: it is a zip archive. */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;

function maxDraftBytes(cmd: CheckCommand): number {
  return Math.floor(cmd.maxSizeMB * 1024 * 1024);
}

/**
 * A regular file only: a FIFO or a device named as a draft would block or never end (/dev/zero). A text draft
 * above the limit is refused from its size on disk, before it is read.
 */
function readDraft(target: Target, maxBytes: number): Uint8Array {
  if (target.kind === 'text') {
    const size = sizeOnDisk(target.abs);
    if (size !== undefined && size > maxBytes) throw new DraftTooLarge(size, maxBytes);
  }
  const r = readRegularFile(target.abs, target.kind === 'text' ? maxBytes : Math.max(MAX_DOCX_BYTES, maxBytes));
  if (!r.ok) throw new Error(r.reason);
  return r.bytes;
}

function sizeOnDisk(abs: string): number | undefined {
  try {
    const stat = fs.statSync(abs);
    return stat.isFile() ? stat.size : undefined;
  } catch {
    return undefined;
  }
}

async function runCheck(cmd: CheckCommand, argv: readonly string[], io: Io): Promise<number> {
  const startTime = new Date();
  const m = messages(cmd.locale);
  // The bundled glossary, the team's (found from the working directory upward), then --glossary folders: later
  // folders extend and override earlier ones by id.
  const team = cmd.noWorkspaceGlossary ? undefined : findGlossaryUpward(io.cwd);
  const extra = [...(team ? [team] : []), ...cmd.glossary.map((g) => path.resolve(io.cwd, g))];
  const loaded = loadGlossary(glossaryDirs(extra));
  if (team && !cmd.quiet) io.stderr(`chinh-danh: ${m.workspaceGlossary(`${shownPath(team, io.cwd)}${path.sep}`)}\n`);
  if (loaded.problems.length > 0 || !loaded.glossary) {
    for (const p of loaded.problems) io.stderr(`${formatProblem(p, io.cwd)}\n`);
    if (loaded.problems.length === 0) io.stderr(`chinh-danh: ${m.glossaryUnloadable}\n`);
    return EXIT_USAGE;
  }
  let inputs: Source[];
  try {
    inputs = sources(cmd, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const { reports, failed } = await checkAll(inputs, loaded.glossary, cmd, io);
  // The next run reads the compiled glossary from the cache instead of the YAML (see node/glossary-cache.ts).
  loaded.persist?.();
  const exitCode = failed ? EXIT_USAGE : exitCodeFor(reports, cmd);
  const output = render(reports, cmd, io, { argv, startTime, exitCode });
  if (!cmd.output) {
    io.stdout(output);
    return exitCode;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, cmd.output), output);
  } catch (err) {
    io.stderr(`chinh-danh: ${m.unwritable(cmd.output, errorCode(err))}\n`);
    return EXIT_USAGE;
  }
  return exitCode;
}

/**
 * Checks the drafts one after the other; with --fix each corrected copy is written as soon as its draft is checked,
 * so a long run holds one parsed Word document at a time. `failed`: some file could not be read or its copy written.
 */
async function checkAll(inputs: readonly Source[], glossary: Glossary, cmd: CheckCommand, io: Io) {
  const m = messages(cmd.locale);
  const options: CheckOptions = { asOf: cmd.asOf, locale: cmd.locale, ...(io.today ? { today: io.today } : {}) };
  const showProgress = io.stderrIsTTY === true && !cmd.quiet && inputs.length >= PROGRESS_MIN_FILES;
  const say = (line: string): void => {
    io.stderr(`${showProgress ? '\r\x1b[K' : ''}chinh-danh: ${line}\n`);
  };
  const reports: FileReport[] = [];
  let failed = false;
  for (const [i, source] of inputs.entries()) {
    if (showProgress) io.stderr(`\r${m.progress(i + 1, inputs.length)}\x1b[K`);
    let draft: CheckedDraft;
    try {
      draft = await checkDraft(source.shown, source.kind, source.read(), glossary, options, maxDraftBytes(cmd));
    } catch (err) {
      // One unreadable or oversized file must not hide the others' results; the run still exits 2.
      if (err instanceof DraftTooLarge)
        say(m.tooLarge(source.shown, formatMb(err.size, cmd.locale), formatMb(err.limit, cmd.locale)));
      else say(m.unreadable(source.shown, err instanceof DocxError ? err.message : errorCode(err)));
      failed = true;
      continue;
    }
    reports.push(draft.report);
    if (cmd.fix && source.abs && !(await writeFixedCopy(source, draft, cmd, say))) failed = true;
  }
  if (showProgress) io.stderr('\r\x1b[K');
  return { reports, failed };
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? (err instanceof Error ? err.message : String(err));
}

/** Writes NAME.sua.EXT when there is something to fix; false when the copy could not be written. */
async function writeFixedCopy(source: Source, draft: CheckedDraft, cmd: CheckCommand, say: (line: string) => void) {
  const m = messages(cmd.locale);
  const fixed = await draft.fixed();
  if (fixed.skipped > 0 && !cmd.quiet) say(m.fixSkipped(source.shown, fixed.skipped));
  if (fixed.applied === 0) return true;
  try {
    fs.writeFileSync(fixedCopyPath(source.abs!), fixed.bytes);
  } catch (err) {
    say(m.unwritable(fixedCopyPath(source.shown), errorCode(err)));
    return false;
  }
  if (!cmd.quiet) say(m.wroteFixed(fixedCopyPath(source.shown), fixed.applied));
  return true;
}

/** Errors only, for --quiet. */
function errorsOnly(reports: readonly FileReport[]): FileReport[] {
  return reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 1) }));
}

function render(
  allReports: readonly FileReport[],
  cmd: CheckCommand,
  io: Io,
  run: { argv: readonly string[]; startTime: Date; exitCode: number },
): string {
  const reports = cmd.quiet ? errorsOnly(allReports) : allReports;
  switch (cmd.format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, {
        version: io.version,
        locale: cmd.locale,
        cwd: io.cwd,
        ...run,
        endTime: new Date(),
      });
    case 'html':
      return formatHtml(reports, cmd.locale);
    default: {
      const useColor = !cmd.output && colorEnabled(io.env, io.stdoutIsTTY);
      // The summary counts everything, so that a quiet run that fails says why.
      return formatText(reports, cmd.locale, colors(useColor), summary(allReports, cmd.locale));
    }
  }
}
