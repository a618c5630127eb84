/**
 * `chinh-danh glossary test [DIR...]`: loads the bundled glossary plus DIR, runs the example sentences of the tested
 * files through the checker and reports each failing example at its file:line:column. Exit 0 when every example
 * passes, 1 when one fails, 2 on a usage error or a glossary that does not load.
 */
import * as path from 'node:path';
import { collectExamples, evaluateExamples, type ExampleOutcome } from '../../engine';
import { glossaryDirs, loadGlossary } from '../../node/glossary-loader';
import { isIsoDate, UsageError } from '../args';
import { messages } from '../messages';
import type { Io } from '../run';
import { readOptions } from '../subcommand-args';
import { glossaryTestMessages } from './messages';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_BROKEN = 2;

interface GlossaryTestCommand {
  dirs: string[];
  all: boolean;
  verbose: boolean;
  asOf?: string;
  locale: 'vi' | 'en';
}

function parse(argv: readonly string[], io: Io): GlossaryTestCommand | { help: true; locale: 'vi' | 'en' } {
  const o = readOptions(argv, io.env, {
    all: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'as-of': { type: 'string' },
  });
  const t = glossaryTestMessages(o.locale);
  if (o.help) return { help: true, locale: o.locale };
  const [sub, ...dirs] = o.positionals;
  if (!sub) o.fail(t.missingSubcommand);
  if (sub !== 'test') o.fail(t.unknownSubcommand(sub));
  const asOf = o.string('as-of');
  if (asOf !== undefined && !isIsoDate(asOf)) o.fail(messages(o.locale).badDate(asOf));
  return {
    dirs: dirs.map((d) => path.resolve(io.cwd, d)),
    all: o.flag('all'),
    verbose: o.flag('verbose'),
    ...(asOf ? { asOf } : {}),
    locale: o.locale,
  };
}

export function runGlossaryCommand(argv: readonly string[], io: Io): number {
  let cmd;
  try {
    cmd = parse(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n${messages(err.locale).tryHelp}\n`);
    return EXIT_BROKEN;
  }
  if ('help' in cmd) {
    io.stdout(glossaryTestMessages(cmd.locale).usage);
    return EXIT_OK;
  }
  return testGlossary(cmd, io);
}

function testGlossary(cmd: GlossaryTestCommand, io: Io): number {
  const t = glossaryTestMessages(cmd.locale);
  const loaded = loadGlossary(glossaryDirs(cmd.dirs));
  if (loaded.problems.length > 0 || !loaded.glossary) {
    for (const p of loaded.problems) {
      const where = p.line > 0 ? `${shown(p.file, io.cwd)}:${p.line}:${Math.max(1, p.column)}` : shown(p.file, io.cwd);
      io.stderr(`${where}: ${p.message}\n`);
    }
    if (loaded.problems.length === 0) io.stderr(`chinh-danh: ${messages(cmd.locale).glossaryUnloadable}\n`);
    return EXIT_BROKEN;
  }
  const tested =
    cmd.dirs.length === 0 || cmd.all ? loaded.files : loaded.files.filter((f) => underAny(f.path, cmd.dirs));
  const examples = collectExamples(tested);
  if (examples.length === 0) {
    io.stdout(`${t.noExamples}\n`);
    return EXIT_OK;
  }
  const entries = evaluateExamples(examples, loaded.glossary, {
    locale: cmd.locale,
    ...(cmd.asOf ? { asOf: cmd.asOf } : {}),
    ...(io.today ? { today: io.today } : {}),
  });
  let failed = 0;
  let never = 0;
  // One write at the end: a reader that closes the pipe early (| head) then costs nothing.
  let report = '';
  for (const entry of entries) {
    for (const outcome of entry.examples) {
      if (outcome.verdict !== 'ok') failed++;
      if (outcome.verdict !== 'ok' || cmd.verbose) report += describe(outcome, cmd, io);
    }
    if (entry.neverFires) {
      never++;
      report += `${where(entry, io.cwd)}: ${entry.entryId}: ${t.neverFires(entry.examples.length)}\n`;
    }
  }
  io.stdout(`${report}${t.summary(entries.length, examples.length, failed, never)}\n`);
  return failed > 0 || never > 0 ? EXIT_FAILED : EXIT_OK;
}

function describe(o: ExampleOutcome, cmd: GlossaryTestCommand, io: Io): string {
  const t = glossaryTestMessages(cmd.locale);
  const e = o.example;
  let what: string;
  switch (o.verdict) {
    case 'ok':
      what = t.passed;
      break;
    case 'silent':
      what = t.silent(e.code);
      break;
    case 'other-code':
      what = t.otherCode(e.code ?? '', [...new Set(o.about.map((f) => f.code))].join(', '));
      break;
    case 'flagged':
      what = t.flagged;
      break;
    case 'not-mentioned':
      what = t.notMentioned;
      break;
  }
  const lines = [`${where(e, io.cwd)}: ${e.entryId}: ${t.example(e.expect, e.index)} ${what} (${t.asOf(o.asOf)})`];
  if (o.verdict !== 'ok') {
    lines.push(`    «${e.text}»`);
    for (const f of o.about) lines.push(`    → ${f.code}: «${e.text.slice(f.start, f.end)}» ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function where(at: { file: string; line: number; column?: number }, cwd: string): string {
  return `${shown(at.file, cwd)}:${at.line}${at.column ? `:${at.column}` : ''}`;
}

/** Relative to the working directory when inside it, as `check` shows glossary problems. */
function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

function underAny(file: string, dirs: readonly string[]): boolean {
  return dirs.some((d) => file === d || file.startsWith(d + path.sep));
}
