/**
 * Hover: which file an entry comes from, for entries a workspace glossary defines or extends (a bundled entry needs
 * no note). The file is a link, so a team can open the YAML that says so.
 */
import * as path from 'node:path';
import type { Locale } from '../engine';
import { messages, t } from '../engine/i18n/messages';
import { bundledGlossaryDir } from '../node/paths';
import { isInside, pathToUri } from './uris';

export function originNote(
  files: readonly string[] | undefined,
  folders: readonly string[],
  locale: Locale,
): string | undefined {
  const bundled = bundledGlossaryDir();
  const own = (files ?? []).map((f) => path.resolve(f)).filter((f) => !isInside(f, bundled));
  if (own.length === 0) return undefined;
  const links = own.map(
    (f) => `[${codeSpan(shown(f, folders))}](${pathToUri(f).replace(/[()]/g, encodeURIComponent)})`,
  );
  return `*${t(messages.entryFrom, locale, { files: links.join(', ') })}*`;
}

/** Relative to its workspace folder (with the folder's name when there are several), else absolute. */
function shown(file: string, folders: readonly string[]): string {
  const folder = folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
  if (!folder) return file;
  const rel = path.relative(folder, file).split(path.sep).join('/');
  return folders.length > 1 ? `${path.basename(folder)}/${rel}` : rel;
}

/** A Markdown code span that holds any text: its fence is longer than any run of backticks inside. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
