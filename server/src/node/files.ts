/** Walking folders for files we read (drafts, glossary YAML). */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Files below `dir` whose name `accept`s, as paths relative to `dir`, sorted so that results (and the
 * glossary's merge order) are stable across platforms. Dot folders and node_modules are skipped:
 * they hold tooling, never drafts or glossaries, and can be huge. Unreadable folders are skipped.
 */
export function findFiles(dir: string, accept: (name: string) => boolean): string[] {
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
      else if (e.isFile() && accept(e.name)) out.push(r);
    }
  };
  walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
