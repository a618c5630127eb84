/**
 * Which files `check` reads. A folder is searched for drafts; a file named explicitly must be a draft type,
 * so that `check du-thao.doc` or `check report.pdf` fails loudly instead of "passing" a file it cannot read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../engine';
import { findFiles } from '../node/files';
import { UsageError } from './args';
import { messages } from './messages';

export type DraftKind = 'text' | 'docx';

export interface Target {
  /** As shown in the output. */
  shown: string;
  abs: string;
  kind: DraftKind;
}

const TEXT_EXTENSIONS = ['.md', '.markdown', '.txt'];

export function draftKind(name: string): DraftKind | undefined {
  const ext = path.extname(name).toLowerCase();
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  // "~$du-thao.docx" is the lock file Word keeps beside an open document, not a document.
  if (ext === '.docx' && !path.basename(name).startsWith('~$')) return 'docx';
  return undefined;
}

export interface Collected {
  targets: Target[];
  /** Folders given that held no draft. */
  emptyFolders: string[];
}

/** Throws UsageError for a missing path or a file that is not a draft. */
export function collectTargets(paths: readonly string[], cwd: string, locale: Locale): Collected {
  const m = messages(locale);
  const targets: Target[] = [];
  const emptyFolders: string[] = [];
  for (const given of paths) {
    const abs = path.resolve(cwd, given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(m.noSuchPath(given), locale);
    }
    if (stat.isDirectory()) {
      const found = findFiles(abs, (name) => draftKind(name) !== undefined);
      if (found.length === 0) emptyFolders.push(given);
      for (const rel of found)
        targets.push({ shown: path.join(given, rel), abs: path.join(abs, rel), kind: draftKind(rel)! });
      continue;
    }
    const kind = draftKind(given);
    if (!kind)
      throw new UsageError(
        path.extname(given).toLowerCase() === '.doc' ? m.oldWord(given) : m.notADraft(given),
        locale,
      );
    targets.push({ shown: given, abs, kind });
  }
  return { targets, emptyFolders };
}

/** "du-thao.docx" → "du-thao.sua.docx": the corrected copy sits next to the original. */
export function fixedCopyPath(p: string): string {
  const ext = path.extname(p);
  return `${p.slice(0, p.length - ext.length)}.sua${ext}`;
}
