/**
 * Which glossary is checking the drafts, in words: the status bar's tooltip and "Show Glossary Status" say the same.
 * The bundled glossary alone, or with the workspace's files; a file with problems in force at its last good text or
 * left out; the whole last good glossary after a reload that failed; Restricted Mode; glossary paths refused.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { t } from './i18n';
import type { GlossaryStatus } from './protocol';

/** At most this many file names are listed; the rest are counted. */
const MAX_NAMED = 3;

/** `withProblems`: add the count of problems (the notification's headline says it already). */
export function describeGlossary(status: GlossaryStatus, withProblems = true): string[] {
  const lines: string[] = [];
  if (status.restricted) {
    lines.push(
      t(
        'Restricted Mode: the workspace glossary and chinhDanh.glossaryPaths are not used; drafts are checked with the bundled glossary. Trust the folder to use them.',
      ),
    );
  }
  const files = status.files ?? [];
  if (status.stale) {
    lines.push(t('Glossary in force: the last good one ({0} entries); the last reload failed.', status.entries));
  } else if (files.length === 0) {
    lines.push(t('Glossary in force: the bundled glossary ({0} entries).', status.entries));
  } else {
    lines.push(
      t(
        'Glossary in force: the bundled glossary + {0} workspace files ({1} entries): {2}',
        files.length,
        status.entries,
        names(files),
      ),
    );
  }
  if (status.lastGoodFiles?.length)
    lines.push(t('At their last good version (they have problems now): {0}', names(status.lastGoodFiles)));
  if (status.leftOutFiles?.length) lines.push(t('Left out (they have problems): {0}', names(status.leftOutFiles)));
  if (!status.ok && withProblems) lines.push(t('Glossary: {0} problems (see the Problems panel).', status.problems));
  for (const r of status.refusedPaths ?? [])
    lines.push(
      r.from === 'folder'
        ? t('The glossary folder "{0}" leads outside the workspace folder and is not loaded.', r.path)
        : t(
            'Glossary path ignored: "{0}" is outside the workspace folder; only user settings may name a folder elsewhere.',
            r.path,
          ),
    );
  return lines;
}

/** Relative to a workspace folder where possible. */
function names(files: readonly string[]): string {
  const shown = files.slice(0, MAX_NAMED).map((f) => {
    const rel = vscode.workspace.asRelativePath(
      vscode.Uri.file(f),
      (vscode.workspace.workspaceFolders?.length ?? 0) > 1,
    );
    return rel === f ? path.basename(f) : rel;
  });
  const more = files.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ${t('and {0} more', more)}` : shown.join(', ');
}
