/**
 * Which folders besides the bundled glossary the server loads, and why: each workspace folder's conventional glossary
 * folder (`.chinh-danh/glossary/` or `glossary/`, no setting needed), then its `chinhDanh.glossaryPaths`.
 *
 * Least privilege: in an untrusted workspace (VS Code's Restricted Mode, told by the client) neither is loaded, so the
 * drafts are checked with the bundled glossary only. Paths a workspace's own settings name must stay inside the
 * workspace folder; only the user's settings may point elsewhere. The VS Code client says where the value was set
 * (`glossaryPathsScope`, added by its configuration middleware); other editors' settings are the user's own.
 */
import * as path from 'node:path';
import { readSettings } from '../settings/settings';
import {
  resolveGlossaryPaths,
  workspaceGlossaryFolder,
  WORKSPACE_GLOSSARY_DIRS,
  type PathScope,
  type RefusedPath,
} from '../node/workspace-glossary';
import { isInside } from './uris';

/** The key the VS Code client adds next to the settings it returns: where glossaryPaths was set. */
export const PATH_SCOPE_KEY = 'glossaryPathsScope';

export interface GlossarySources {
  /** Extra folders to load after the bundled glossary, in order (later ones extend and override earlier ones). */
  dirs: string[];
  /** Of those, the conventional workspace glossary folders. */
  workspaceDirs: string[];
  /** glossaryPaths entries refused: named by a workspace's settings, outside its folder. */
  refused: RefusedPath[];
  /** Untrusted workspace: nothing of the workspace is loaded. */
  restricted: boolean;
}

export const NO_SOURCES: GlossarySources = { dirs: [], workspaceDirs: [], refused: [], restricted: false };

export interface SourcesInput {
  folders: readonly string[];
  trusted: boolean;
  /** The raw `chinhDanh` settings for a workspace folder (undefined: no folder), or undefined when unknown. */
  rawSettings: (folder: string | undefined) => Promise<unknown>;
}

export async function resolveGlossarySources(input: SourcesInput): Promise<GlossarySources> {
  if (!input.trusted) return { ...NO_SOURCES, restricted: true };
  const dirs: string[] = [];
  const workspaceDirs: string[] = [];
  const refused: RefusedPath[] = [];
  const scopes: Array<string | undefined> = input.folders.length ? [...input.folders] : [undefined];
  for (const folder of scopes) {
    const found = folder ? workspaceGlossaryFolder(folder) : undefined;
    if (found?.inside) {
      dirs.push(found.dir);
      workspaceDirs.push(found.dir);
    } else if (found && folder) {
      refused.push({ path: found.rel, resolved: found.dir, folder, reason: 'outside-workspace', from: 'folder' });
    }
    const raw = await input.rawSettings(folder);
    const paths = readSettings(raw).glossaryPaths;
    const resolved = resolveGlossaryPaths(paths, folder ?? process.cwd(), folder ? readPathScope(raw) : 'user');
    dirs.push(...resolved.dirs);
    refused.push(...resolved.refused);
  }
  return { dirs: [...new Set(dirs)], workspaceDirs, refused, restricted: false };
}

/** Where the client says glossaryPaths was set; a client that does not say is an editor whose settings are the user's. */
export function readPathScope(raw: unknown): PathScope {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[PATH_SCOPE_KEY] : undefined;
  return v === 'workspace' || v === 'workspaceFolder' || v === 'default' ? v : 'user';
}

/**
 * Could a change of this file make a workspace glossary folder appear or disappear? (A file created in, or deleted
 * from, `glossary/` or `.chinh-danh/glossary/` of a workspace folder, or the folder itself.)
 */
export function affectsDiscovery(file: string | undefined, folders: readonly string[]): boolean {
  if (!file) return false;
  return folders.some((f) => WORKSPACE_GLOSSARY_DIRS.some((rel) => isInside(file, path.join(f, rel))));
}

/** The workspace folder a file belongs to (the innermost one), if any. */
export function folderOf(file: string | undefined, folders: readonly string[]): string | undefined {
  if (!file) return undefined;
  return folders.filter((f) => isInside(file, f)).sort((a, b) => b.length - a.length)[0];
}
