/** `chinh-danh check …`: load the glossary, find drafts, check, print, choose the exit code. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check, type Glossary, type GlossaryProblem } from '../engine';
import { findDrafts } from '../node/drafts';
import { glossaryDirs, loadGlossary, stripBom } from '../node/glossary-loader';
import { findingsToDiagnostics } from '../lsp/diagnostics';
import { parseCommand, USAGE, UsageError, type CheckCommand } from './args';
import { formatJson } from './format-json';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import type { FileReport } from './report';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  version: string;
  /** Injected for reproducible tests; defaults to the system date inside the engine. */
  today?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export function run(argv: readonly string[], io: Io): number {
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  if (command.kind === 'version') {
    io.stdout(`${io.version}\n`);
    return EXIT_OK;
  }
  return runCheck(command, io);
}

/** "glossary/people.yaml:12:3: message", relative to the working directory when inside it. */
export function formatProblem(p: GlossaryProblem, cwd: string): string {
  const abs = path.resolve(cwd, p.file);
  const rel = path.relative(cwd, abs);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
  const where = p.line > 0 ? `${shown}:${p.line}:${Math.max(1, p.column)}` : shown;
  return `${where}: ${p.message}`;
}

interface Target {
  /** As shown in the output. */
  shown: string;
  abs: string;
}

function collectTargets(paths: readonly string[], cwd: string): Target[] {
  const targets: Target[] = [];
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(`${given}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const rel of findDrafts(abs)) targets.push({ shown: path.join(given, rel), abs: path.join(abs, rel) });
    } else {
      // A file named explicitly is checked whatever its extension: the user asked for it.
      targets.push({ shown: given, abs });
    }
  }
  return targets;
}

function runCheck(cmd: CheckCommand, io: Io): number {
  const loaded = loadGlossary(glossaryDirs(cmd.glossary.map((g) => path.resolve(io.cwd, g))));
  if (loaded.problems.length > 0 || !loaded.glossary) {
    for (const p of loaded.problems) io.stderr(`${formatProblem(p, io.cwd)}\n`);
    if (loaded.problems.length === 0) io.stderr('chinh-danh: the glossary could not be loaded\n');
    return EXIT_USAGE;
  }
  let targets: Target[];
  try {
    targets = collectTargets(cmd.paths, io.cwd);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n`);
    return EXIT_USAGE;
  }
  const reports = targets.map((t) => checkFile(t, loaded.glossary!, cmd, io));
  if (cmd.format === 'json') io.stdout(formatJson(reports));
  else if (cmd.format === 'sarif') io.stdout(formatSarif(reports, cmd.locale, io.version));
  else io.stdout(formatText(reports, cmd.locale));
  // LSP severities: 1 error, 2 warning, 3 information, 4 hint.
  const worst = { error: 1, warning: 2, information: 3, never: 0 }[cmd.failOn];
  const serious = reports.some((r) => r.diagnostics.some((d) => (d.severity ?? 1) <= worst));
  return serious ? EXIT_FINDINGS : EXIT_OK;
}

function checkFile(target: Target, glossary: Glossary, cmd: CheckCommand, io: Io): FileReport {
  const text = stripBom(fs.readFileSync(target.abs, 'utf8'));
  const result = check(text, glossary, { asOf: cmd.asOf, locale: cmd.locale, ...(io.today ? { today: io.today } : {}) });
  const doc = TextDocument.create('file:///' + target.shown.split(path.sep).join('/'), 'markdown', 0, text);
  return { path: target.shown, asOf: result.asOf.date, diagnostics: findingsToDiagnostics(doc, result.findings) };
}
