/**
 * Option reading shared by the subcommands other than `check` (`glossary test`, `extract`): node:util parseArgs reads
 * the tokens, and every mistake becomes a usage error in the user's language, as `check` does (same sentences).
 */
import { parseArgs } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';
import type { Locale } from '../engine';
import { UsageError } from './args';
import { isLocale, localeFromEnv } from './locale';
import { messages } from './messages';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export interface ParsedOptions {
  locale: Locale;
  help: boolean;
  positionals: string[];
  string: (name: string) => string | undefined;
  strings: (name: string) => string[];
  flag: (name: string) => boolean;
  fail: (message: string) => never;
}

const COMMON: Record<string, OptionSpec> = {
  locale: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export function readOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  specs: Record<string, OptionSpec>,
): ParsedOptions {
  const options = { ...COMMON, ...specs };
  const { values, positionals, tokens } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: false,
    tokens: true,
    options,
  });
  const localeValue = values.locale;
  const locale: Locale = isLocale(typeof localeValue === 'string' ? localeValue : undefined)
    ? (localeValue as Locale)
    : localeFromEnv(env);
  const m = messages(locale);
  const fail = (message: string): never => {
    throw new UsageError(message, locale);
  };
  const names = Object.keys(options).map((n) => `--${n}`);
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = options[t.name] as OptionSpec | undefined;
    if (!spec) {
      const typed = t.rawName.startsWith('--') ? t.rawName : `--${t.rawName.replace(/^-+/, '')}`;
      const guess = closest(typed, names);
      const close = distance(typed, guess) <= Math.max(2, Math.floor(typed.length / 4));
      fail(m.unknownOption(t.rawName) + (close ? `. ${m.didYouMean(guess)}` : ''));
    } else if (spec.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('--'))))
      fail(m.missingValue(t.rawName));
    else if (spec.type === 'boolean' && t.inlineValue) fail(m.noValueExpected(t.rawName));
  }
  if (localeValue !== undefined && !isLocale(typeof localeValue === 'string' ? localeValue : undefined))
    fail(m.badChoice('--locale', String(localeValue), 'vi, en'));
  const string = (name: string): string | undefined => {
    const v = values[name];
    return typeof v === 'string'
      ? v
      : Array.isArray(v) && typeof v[v.length - 1] === 'string'
        ? String(v.at(-1))
        : undefined;
  };
  const strings = (name: string): string[] => {
    const v = values[name];
    return (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string');
  };
  return {
    locale,
    help: values.help === true,
    positionals,
    string,
    strings,
    flag: (name) => values[name] === true,
    fail,
  };
}
