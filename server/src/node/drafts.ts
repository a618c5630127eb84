/** Finding draft files (Markdown / plain text) on disk, for the CLI and "check workspace". */
import * as path from 'node:path';
import { findFiles } from './files';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export function isDraftPath(p: string): boolean {
  return (DRAFT_EXTENSIONS as readonly string[]).includes(path.extname(p).toLowerCase());
}

/** Draft files below `dir`, as paths relative to `dir`, sorted. */
export function findDrafts(dir: string): string[] {
  return findFiles(dir, isDraftPath);
}
