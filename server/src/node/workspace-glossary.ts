/**
 * Where a team's glossary lives, found without any setting, and which glossary paths a workspace may name.
 *
 * The conventional folder is `.chinh-danh/glossary/` when it exists, else `glossary/`, at the root of a workspace
 * folder (the editor) or of the nearest folder upward from the current directory (the CLI). `glossary/` is what users
 * try first and what a team reviews in pull requests; `.chinh-danh/glossary/` is for a repository whose `glossary/`
 * holds something else (creating it, even empty, stops `glossary/` from being read). This repository's own
 * `glossary/` is the bundled glossary and is never loaded twice.
 *
 * Paths named by a workspace's own settings (.vscode/settings.json) stay inside that workspace folder; only the user's
 * settings may name a folder elsewhere. Symbolic links are resolved before the comparison, so a link inside the
 * workspace cannot lead outside it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledGlossaryDir, isDir } from './paths';

/** Relative to a workspace folder's root, the first one that exists wins. */
export const WORKSPACE_GLOSSARY_DIRS = ['.chinh-danh/glossary', 'glossary'] as const;

/** The folder "Add to the workspace glossary" creates when a workspace has none. */
export const DEFAULT_WORKSPACE_GLOSSARY_DIR = 'glossary';

/** The file it appends to, inside the workspace glossary folder: one file keeps additions easy to review. */
export const ADDED_ENTRIES_FILE = 'added.yaml';

/** The workspace glossary folder of `root`, if it has one (absolute), never the bundled glossary itself. */
export function findWorkspaceGlossary(root: string): string | undefined {
  const found = workspaceGlossaryFolder(root);
  return found?.inside ? found.dir : undefined;
}

/**
 * The conventional folder of `root` that exists, and whether it really lies inside `root` (a symbolic link named
 * glossary/ may lead anywhere; such a folder is not loaded). Undefined when there is none, or it is the bundled one.
 */
export function workspaceGlossaryFolder(root: string): { dir: string; rel: string; inside: boolean } | undefined {
  for (const rel of WORKSPACE_GLOSSARY_DIRS) {
    const dir = path.join(root, rel);
    if (!isDir(dir)) continue;
    if (samePlace(dir, bundledGlossaryDir())) return undefined;
    return { dir, rel, inside: insideFolder(dir, root) };
  }
  return undefined;
}

/**
 * The CLI's workspace glossary: the conventional folder of the current directory or of the nearest folder above it.
 * The search stops at a repository's root (a folder with .git) or at the file-system root, so a draft folder never
 * picks up the glossary of an unrelated project further up.
 */
export function findGlossaryUpward(start: string): string | undefined {
  let dir = path.resolve(start);
  for (let depth = 0; depth < 256; depth++) {
    const found = findWorkspaceGlossary(dir);
    if (found) return found;
    if (fs.existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

/** Where a glossary path setting was written. VS Code's own scopes; other editors' settings are the user's. */
export type PathScope = 'user' | 'workspace' | 'workspaceFolder' | 'default';

export interface RefusedPath {
  /** As written in the setting. */
  path: string;
  /** Resolved (absolute). */
  resolved: string;
  /** The workspace folder it had to stay inside. */
  folder: string;
  reason: 'outside-workspace';
  /** A glossaryPaths entry, or the workspace glossary folder itself (a symbolic link leading out). */
  from: 'setting' | 'folder';
}

export interface ResolvedPaths {
  dirs: string[];
  refused: RefusedPath[];
}

/**
 * Glossary paths from one workspace folder's settings, resolved against it. Paths a workspace's own settings name
 * must stay inside the folder (after symbolic links); the user's may name any folder.
 */
export function resolveGlossaryPaths(paths: readonly string[], folder: string, scope: PathScope): ResolvedPaths {
  const dirs: string[] = [];
  const refused: RefusedPath[] = [];
  const fromWorkspace = scope === 'workspace' || scope === 'workspaceFolder';
  for (const p of paths) {
    if (!p.trim()) continue;
    const resolved = path.resolve(folder, p.trim());
    if (fromWorkspace && !insideFolder(resolved, folder)) {
      refused.push({ path: p, resolved, folder, reason: 'outside-workspace', from: 'setting' });
      continue;
    }
    dirs.push(resolved);
  }
  return { dirs, refused };
}

/** Is `p` inside `folder` once symbolic links are resolved? A path that does not exist yet is compared as written. */
export function insideFolder(p: string, folder: string): boolean {
  return isInside(realOrResolved(p), realOrResolved(folder));
}

function isInside(child: string, dir: string): boolean {
  const rel = path.relative(dir, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    // Not there (yet): the nearest existing parent decides where it would be.
    const parent = path.dirname(p);
    return parent === p ? path.resolve(p) : path.join(realOrResolved(parent), path.basename(p));
  }
}

function samePlace(a: string, b: string): boolean {
  return realOrResolved(a) === realOrResolved(b);
}
