/**
 * Command-line parsing. node:util parseArgs reads the tokens (non-strict), and we validate them ourselves so that
 * every usage error is a sentence in the user's language with a suggestion, never Node's parser text.
 * Anything wrong here is a usage error (exit code 2).
 */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import type { Locale } from '../engine';
import { isLocale, localeFromEnv } from './locale';
import { messages } from './messages';

export type OutputFormat = 'text' | 'json' | 'sarif' | 'html';

/** The least severe finding that makes `check` exit 1 ("never": only usage and glossary errors fail). */
export type FailOn = 'error' | 'warning' | 'information' | 'never';

export interface CheckCommand {
  kind: 'check';
  failOn: FailOn;
  asOf?: string;
  format: OutputFormat;
  glossary: string[];
  /** --no-workspace-glossary: do not look for the team glossary (.chinh-danh/glossary/ or glossary/) upward. */
  noWorkspaceGlossary?: true;
  locale: Locale;
  paths: string[];
  quiet: boolean;
  /** More warnings than this make the exit code 1, whatever --fail-on says. */
  maxWarnings?: number;
  fix: boolean;
  allowEmpty: boolean;
  /** Read one draft from standard input, shown under this name. */
  stdin?: { filename: string };
  output?: string;
}

export type Command = CheckCommand | { kind: 'help'; locale: Locale } | { kind: 'version' };

export class UsageError extends Error {
  constructor(
    message: string,
    readonly locale: Locale,
  ) {
    super(message);
  }
}

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif', 'html'];
const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'information', 'never'];
export const STDIN_NAME = '<stdin>';

const OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  glossary: { type: 'string', short: 'g', multiple: true },
  'no-workspace-glossary': { type: 'boolean' },
  locale: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  fix: { type: 'boolean' },
  'allow-empty': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type OptionName = keyof typeof OPTIONS;

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** "--fromat" → "--format", when the typo is small enough that the guess is likely right. */
function suggestion(rawName: string): string | undefined {
  const candidates = Object.keys(OPTIONS).map((n) => `--${n}`);
  const typed = rawName.startsWith('--') ? rawName : `--${rawName.replace(/^-+/, '')}`;
  const best = closest(typed, candidates);
  return distance(typed, best) <= Math.max(2, Math.floor(typed.length / 4)) ? best : undefined;
}

function looksLikeOption(value: string): boolean {
  const name = value.replace(/^--?/, '').split('=')[0];
  return value.startsWith('-') && name in OPTIONS;
}

export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: OPTIONS,
  });
  // The locale first, so that every other error is already in the user's language.
  const localeValue = values.locale;
  const locale: Locale = isLocale(typeof localeValue === 'string' ? localeValue : undefined)
    ? (localeValue as Locale)
    : localeFromEnv(env);
  const m = messages(locale);
  const fail = (msg: string): never => {
    throw new UsageError(msg, locale);
  };
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[t.name];
    if (!spec) {
      const guess = suggestion(t.rawName);
      fail(m.unknownOption(t.rawName) + (guess ? `. ${m.didYouMean(guess)}` : ''));
    } else if (spec.type === 'string' && (t.value === undefined || (!t.inlineValue && looksLikeOption(t.value)))) {
      // "--format --quiet": the user forgot the value, parseArgs would take the next option as it.
      fail(m.missingValue(t.rawName));
    } else if (spec.type === 'boolean' && t.inlineValue) fail(m.noValueExpected(t.rawName));
  }
  const str = (name: OptionName): string | undefined => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
  };
  if (localeValue !== undefined && !isLocale(str('locale')))
    fail(m.badChoice('--locale', String(localeValue), 'vi, en'));
  if (values.help) return { kind: 'help', locale };
  if (values.version) return { kind: 'version' };

  const [command, ...paths] = positionals;
  if (!command) fail(m.missingCommand);
  if (command !== 'check') fail(m.unknownCommand(command));
  const stdin = values.stdin === true;
  if (stdin && paths.length > 0) fail(m.stdinWithPaths);
  if (!stdin && paths.length === 0) fail(m.noPath);
  if (stdin && values.fix) fail(m.stdinWithFix);
  if (!stdin && str('stdin-filename') !== undefined) fail(m.stdinFilenameAlone);

  const asOf = str('as-of');
  if (asOf !== undefined && !isIsoDate(asOf)) fail(m.badDate(asOf));
  const format = (str('format') ?? 'text') as OutputFormat;
  if (!FORMATS.includes(format)) fail(m.badChoice('--format', format, FORMATS.join(', ')));
  const failOn = (str('fail-on') ?? 'warning') as FailOn;
  if (!FAIL_ON.includes(failOn)) fail(m.badChoice('--fail-on', failOn, FAIL_ON.join(', ')));
  const maxWarningsText = str('max-warnings');
  if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) fail(m.badCount(maxWarningsText));
  const glossary = (values.glossary ?? []).filter((g): g is string => typeof g === 'string');
  const output = str('output');

  return {
    kind: 'check',
    failOn,
    ...(asOf ? { asOf } : {}),
    format,
    glossary,
    ...(values['no-workspace-glossary'] === true ? { noWorkspaceGlossary: true as const } : {}),
    locale,
    paths,
    quiet: values.quiet === true,
    ...(maxWarningsText !== undefined ? { maxWarnings: Number(maxWarningsText) } : {}),
    fix: values.fix === true,
    allowEmpty: values['allow-empty'] === true,
    ...(stdin ? { stdin: { filename: str('stdin-filename') ?? STDIN_NAME } } : {}),
    ...(output ? { output } : {}),
  };
}

export function usage(locale: Locale): string {
  return messages(locale).usage;
}
