/**
 * `chinh-danh extract PATH... [--out FILE]`: reads articles (Markdown, plain text, Word), asks the engine what they say
 * that the glossary lacks, and writes the proposals as YAML to review. Nothing is merged. Exit 0 when done, 2 on a
 * usage error, an unreadable file (the others are still read) or a glossary that does not load.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractProposals, Glossary, type ExtractInput, type Locale } from '../../engine';
import { readRegularFile } from '../../node/files';
import { glossaryDirs, loadGlossary, stripBom } from '../../node/glossary-loader';
import { findGlossaryUpward } from '../../node/workspace-glossary';
import { isIsoDate, UsageError } from '../args';
import { DocxError, docxPlainText, readDocx } from '../docx/docx-text';
import { collectTargets } from '../drafts';
import { messages } from '../messages';
import type { Io } from '../run';
import { readOptions } from '../subcommand-args';
import { extractMessages } from './messages';
import { proposalsYaml } from './yaml-output';

const EXIT_OK = 0;
const EXIT_BROKEN = 2;

/** Parts of the glossary that --withhold may leave out. */
const WITHHOLDABLE = ['people', 'documents', 'terms'] as const;
type Withheld = (typeof WITHHOLDABLE)[number];

interface ExtractCommand {
  paths: string[];
  out?: string;
  glossary: string[];
  noWorkspaceGlossary: boolean;
  asOf?: string;
  minConfidence: number;
  withhold: Withheld[];
  locale: Locale;
}

/** Articles above this size are refused, as drafts are: an extraction must not freeze on a pasted disk image. */
const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

function parse(argv: readonly string[], io: Io): ExtractCommand | { help: true; locale: Locale } {
  const o = readOptions(argv, io.env, {
    out: { type: 'string', short: 'o' },
    glossary: { type: 'string', short: 'g', multiple: true },
    'no-workspace-glossary': { type: 'boolean' },
    'as-of': { type: 'string' },
    'min-confidence': { type: 'string' },
    withhold: { type: 'string', multiple: true },
  });
  const t = extractMessages(o.locale);
  if (o.help) return { help: true, locale: o.locale };
  if (o.positionals.length === 0) o.fail(t.noPath);
  const asOf = o.string('as-of');
  if (asOf !== undefined && !isIsoDate(asOf)) o.fail(messages(o.locale).badDate(asOf));
  const confidence = o.string('min-confidence') ?? '0';
  const minConfidence = Number(confidence);
  if (!/^\d*\.?\d+$/.test(confidence) || minConfidence > 1) o.fail(t.badConfidence(confidence));
  const withhold = o.strings('withhold').flatMap((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
  for (const w of withhold) if (!(WITHHOLDABLE as readonly string[]).includes(w)) o.fail(t.badSection(w));
  const out = o.string('out');
  return {
    paths: o.positionals,
    ...(out ? { out } : {}),
    glossary: o.strings('glossary'),
    noWorkspaceGlossary: o.flag('no-workspace-glossary'),
    ...(asOf ? { asOf } : {}),
    minConfidence,
    withhold: withhold as Withheld[],
    locale: o.locale,
  };
}

export async function runExtract(argv: readonly string[], io: Io): Promise<number> {
  let cmd;
  try {
    cmd = parse(argv, io);
    if ('help' in cmd) {
      io.stdout(extractMessages(cmd.locale).usage);
      return EXIT_OK;
    }
    return await extract(cmd, io);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr(`chinh-danh: ${err.message}\n${messages(err.locale).tryHelp}\n`);
    return EXIT_BROKEN;
  }
}

async function extract(cmd: ExtractCommand, io: Io): Promise<number> {
  const m = messages(cmd.locale);
  const t = extractMessages(cmd.locale);
  // As `check` does: the team's glossary (found from the working directory up) counts as known, so its entries are
  // not proposed again.
  const team = cmd.noWorkspaceGlossary ? undefined : findGlossaryUpward(io.cwd);
  const dirs = glossaryDirs([...(team ? [team] : []), ...cmd.glossary.map((g) => path.resolve(io.cwd, g))]);
  const loaded = loadGlossary(dirs);
  if (loaded.problems.length > 0 || !loaded.glossary) {
    for (const p of loaded.problems)
      io.stderr(`${p.file}${p.line > 0 ? `:${p.line}:${Math.max(1, p.column)}` : ''}: ${p.message}\n`);
    if (loaded.problems.length === 0) io.stderr(`chinh-danh: ${m.glossaryUnloadable}\n`);
    return EXIT_BROKEN;
  }
  const glossary = withheld(loaded.glossary, cmd.withhold);
  // Throws UsageError for a missing path or a file that is not an article type.
  const { targets } = collectTargets(cmd.paths, io.cwd, cmd.locale);
  const inputs: ExtractInput[] = [];
  let failed = false;
  for (const target of targets) {
    try {
      inputs.push({ name: target.shown, text: await readArticle(target.abs, target.kind) });
    } catch (err) {
      io.stderr(`chinh-danh: ${m.unreadable(target.shown, err instanceof DocxError ? err.message : errorCode(err))}\n`);
      failed = true;
    }
  }
  const result = extractProposals(inputs, glossary, {
    ...(cmd.asOf ? { asOf: cmd.asOf } : {}),
    ...(io.today ? { today: io.today } : {}),
  });
  result.proposals = result.proposals.filter((p) => p.confidence >= cmd.minConfidence);
  const cited = new Set(result.proposals.map((p) => p.source));
  result.sources = result.sources.filter((s) => cited.has(s.id));
  const yaml = proposalsYaml(result, {
    version: io.version,
    locale: cmd.locale,
    glossary: dirs.map((d) => shown(d, io.cwd)),
    withheld: cmd.withhold,
    files: inputs.length,
  });
  const count = (kinds: string[]) => result.proposals.filter((p) => kinds.includes(p.kind)).length;
  const line = t.summary(
    result.proposals.length,
    count(['person', 'tenure']),
    count(['document']),
    count(['term']),
    inputs.length,
  );
  if (cmd.out) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, cmd.out), yaml);
    } catch (err) {
      io.stderr(`chinh-danh: ${m.unwritable(cmd.out, errorCode(err))}\n`);
      return EXIT_BROKEN;
    }
    io.stderr(`${line}; ${t.wrote(cmd.out)}\n`);
  } else {
    io.stdout(yaml);
    io.stderr(`${line}\n`);
  }
  return failed ? EXIT_BROKEN : EXIT_OK;
}

async function readArticle(abs: string, kind: 'text' | 'docx'): Promise<string> {
  const read = readRegularFile(abs, MAX_ARTICLE_BYTES);
  if (!read.ok) throw new Error(read.reason);
  if (kind === 'docx') return docxPlainText(await readDocx(read.bytes));
  return stripBom(read.bytes.toString('utf8'));
}

/** The glossary without the parts the user asked to leave out (to measure what extraction finds again). */
function withheld(glossary: Glossary, parts: readonly Withheld[]): Glossary {
  if (parts.length === 0) return glossary;
  const data = { ...glossary.data };
  for (const part of parts) data[part] = [];
  return new Glossary(data);
}

function shown(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | undefined)?.code ?? (err instanceof Error ? err.message : String(err));
}
