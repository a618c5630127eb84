/** Command-line parsing. Anything wrong here is a usage error (exit code 2). */
import { parseArgs } from 'node:util';
import type { Locale } from '../engine';

export type OutputFormat = 'text' | 'json' | 'sarif';

/** The least severe finding that makes `check` exit 1 ("never": only usage and glossary errors fail). */
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export interface CheckCommand {
  kind: 'check';
  failOn: FailOn;
  asOf?: string;
  format: OutputFormat;
  glossary: string[];
  locale: Locale;
  paths: string[];
}

export type Command = CheckCommand | { kind: 'help' } | { kind: 'version' };

export class UsageError extends Error {}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'never'];

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        format: { type: 'string', short: 'f' },
        glossary: { type: 'string', short: 'g', multiple: true },
        locale: { type: 'string' },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [command, ...paths] = positionals;
  if (!command) throw new UsageError('missing command (expected "check")');
  if (command !== 'check') throw new UsageError(`unknown command "${command}" (expected "check")`);
  if (paths.length === 0) throw new UsageError('check: no PATH given');
  const asOf = values['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) throw new UsageError(`--as-of: "${asOf}" is not a date YYYY-MM-DD`);
  const format = (values.format ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: "${values.format}" is not one of ${FORMATS.join(', ')}`);
  const locale = values.locale ?? 'vi';
  if (locale !== 'vi' && locale !== 'en') throw new UsageError(`--locale: "${locale}" is not vi or en`);
  const failOn = (values['fail-on'] ?? 'warning') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on: "${values['fail-on']}" is not one of ${FAIL_ON.join(', ')}`);
  return { kind: 'check', failOn, ...(asOf ? { asOf } : {}), format, glossary: values.glossary ?? [], locale, paths };
}

export const USAGE = `Usage: chinh-danh check [options] PATH...
       chinh-danh lsp [--stdio]      the language server, for any LSP editor
       chinh-danh --help | --version

Checks Vietnamese foreign-policy drafts (.md, .markdown, .txt; folders are searched
recursively) for outdated titles, dissolved bodies, wrong document citations and
discouraged term forms, as of the date each draft states.

Options:
  --as-of YYYY-MM-DD     date to use where a draft states none (default: today)
  -f, --format FORMAT    text (default), json or sarif
  -g, --glossary DIR     extra glossary folder (repeatable)
      --locale vi|en     language of messages (default: vi)
      --fail-on LEVEL    error, warning (default), information or never: the least
                         severe finding that makes the exit code 1
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or glossary error.
`;
