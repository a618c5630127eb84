/** Finding draft files (Markdown / plain text) on disk, for the CLI and "check workspace". */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

export function isDraftPath(p: string): boolean {
  return (DRAFT_EXTENSIONS as readonly string[]).includes(path.extname(p).toLowerCase());
}

/**
 * Draft files below `dir`, as paths relative to `dir`, sorted. Dot folders and node_modules
 * are skipped: they hold tooling, never drafts, and can be huge.
 */
export function findDrafts(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const r = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile() && isDraftPath(e.name)) out.push(r);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
