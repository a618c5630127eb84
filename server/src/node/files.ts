/** Walking folders for files we read (drafts, glossary YAML), and reading them without trusting them. */
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Bounds on a folder walk. A glossary path comes from settings a repository can set, so it may be `/`:
 * without bounds that walks the whole disk. Real glossary and draft folders are far inside these.
 */
export interface WalkLimits {
  /** Folder levels below the starting folder. */
  maxDepth: number;
  /** Accepted files; the walk stops at the first one beyond. */
  maxFiles: number;
  /** Directory entries looked at (files and folders, accepted or not): bounds the time spent on `/`. */
  maxEntries: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = { maxDepth: 12, maxFiles: 2000, maxEntries: 50_000 };

export interface WalkResult {
  /** Paths relative to the starting folder, sorted. */
  files: string[];
  /**
   * Accepted names that are neither files, folders nor links (FIFOs, sockets, devices), relative to the
   * starting folder: never read, but a caller may say why a file it expected is missing.
   */
  special: string[];
  /** Set when a bound stopped the walk: which one, and the path (absolute) where it did. */
  truncated?: { reason: 'depth' | 'files' | 'entries'; at: string };
}

/**
 * Files below `dir` whose name `accept`s, as paths relative to `dir`, sorted so that results (and the
 * glossary's merge order) are stable across platforms. Dot folders and node_modules are skipped:
 * they hold tooling, never drafts or glossaries, and can be huge. Unreadable folders are skipped.
 * Symbolic links are not followed (a Dirent for a link is neither file nor folder), so a link loop
 * cannot make the walk endless. Folders are read in name order so a truncated walk is reproducible.
 */
export function walkFiles(
  dir: string,
  accept: (name: string) => boolean,
  limits: WalkLimits = DEFAULT_WALK_LIMITS,
): WalkResult {
  const out: string[] = [];
  const special: string[] = [];
  let seen = 0;
  let truncated: WalkResult['truncated'];
  // An explicit stack, not recursion: the depth bound is ours, not the call stack's.
  const stack: Array<{ rel: string; depth: number }> = [{ rel: '', depth: 0 }];
  while (stack.length && !truncated) {
    const { rel, depth } = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const e of entries) {
      if (++seen > limits.maxEntries) {
        truncated = { reason: 'entries', at: path.join(dir, rel) };
        break;
      }
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const r = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) {
        if (depth + 1 > limits.maxDepth) {
          truncated = { reason: 'depth', at: path.join(dir, r) };
          break;
        }
        subfolders.push(r);
      } else if (e.isFile() && accept(e.name)) {
        if (out.length >= limits.maxFiles) {
          truncated = { reason: 'files', at: path.join(dir, r) };
          break;
        }
        out.push(r);
      } else if (!e.isFile() && !e.isSymbolicLink() && !e.isDirectory() && accept(e.name)) {
        special.push(r);
      }
    }
    for (let i = subfolders.length - 1; i >= 0; i--) stack.push({ rel: subfolders[i], depth: depth + 1 });
  }
  out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  special.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return truncated ? { files: out, special, truncated } : { files: out, special };
}

/**
 * Bounds for draft discovery (the CLI's folders, "check workspace"): a user may really have thousands of
 * drafts, so these only stop a walk of a whole disk; the glossary walk uses the tighter defaults.
 */
export const DRAFT_WALK_LIMITS: WalkLimits = { maxDepth: 32, maxFiles: 100_000, maxEntries: 1_000_000 };

/** Files below `dir` whose name `accept`s (bounded as walkFiles; a truncated walk returns what it found). */
export function findFiles(dir: string, accept: (name: string) => boolean, limits = DRAFT_WALK_LIMITS): string[] {
  return walkFiles(dir, accept, limits).files;
}

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * Reads a regular file of at most `maxBytes`. Devices, FIFOs and sockets are refused before any read:
 * /dev/zero never ends and a FIFO blocks forever. The check is made on the path (statSync) and again
 * on the opened descriptor, and the open is non-blocking, so a FIFO swapped in between cannot hang us.
 * The read itself stops at maxBytes + 1, whatever size the file claims (files in /proc claim 0).
 */
export function readRegularFile(p: string, maxBytes: number): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  }
  if (!stat.isFile()) return { ok: false, reason: `not a regular file (${fileKind(stat)})` };
  if (stat.size > maxBytes) return { ok: false, reason: tooBig(stat.size, maxBytes) };
  let fd: number | undefined;
  try {
    fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { ok: false, reason: `not a regular file (${fileKind(opened)})` };
    // Sized from fstat, grown if the file is longer than it said, never beyond maxBytes + 1.
    let buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(opened.size + 1, 64 * 1024)));
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (buf.length > maxBytes) break;
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = fs.readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
    }
    if (len > maxBytes) return { ok: false, reason: tooBig(len, maxBytes, true) };
    return { ok: true, bytes: buf.subarray(0, len) };
  } catch (err) {
    return { ok: false, reason: (err as Error).message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function fileKind(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return stat.isFile() ? 'a file' : 'not a file';
}

function tooBig(size: number, max: number, atLeast = false): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `too big (${atLeast ? 'more than ' : ''}${mb(atLeast ? max : size)}; the limit is ${mb(max)})`;
}
