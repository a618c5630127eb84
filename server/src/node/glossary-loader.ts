/**
 * Reads glossary folders from disk and hands the texts to the (pure) engine parser.
 * The engine never touches the file system; this module is the only place that does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Glossary, parseGlossaryFiles, type GlossaryProblem } from '../engine';
import { readRegularFile, walkFiles, type WalkLimits } from './files';
import { defaultCacheDir, readSnapshot, snapshotKey, writeSnapshot } from './glossary-cache';
import { bundledGlossaryDir, isDir as isDirPath } from './paths';

export { bundledGlossaryDir } from './paths';

export interface GlossaryFileText {
  /** Absolute path. */
  path: string;
  text: string;
  /**
   * The bytes of a file read from disk, until its text is first read (absent for an editor buffer). The cache key
   * hashes them as they are and the text is decoded only when first read: a load from the cache never needs it.
   * Once decoded, only the text is kept (a parsed glossary holds on to it anyway).
   */
  readonly bytes?: Uint8Array;
}

/** A file read from disk: its text is decoded from its bytes when first asked for. */
function diskFile(file: string, bytes: Uint8Array): GlossaryFileText {
  let text: string | undefined;
  let raw: Uint8Array | undefined = bytes;
  return {
    path: file,
    get bytes() {
      return raw;
    },
    get text() {
      if (text === undefined) {
        text = UTF8.decode(raw);
        raw = undefined;
      }
      return text;
    },
  };
}

export interface GlossaryLocation {
  file: string;
  line: number;
}

export interface GlossaryLoadResult {
  /** Absent when any file has a problem. */
  glossary?: Glossary;
  problems: GlossaryProblem[];
  /** Entry id → where it is defined. */
  locations: Record<string, GlossaryLocation>;
  /** Entry id → every file that defines or extends it, in load order. */
  origins?: Record<string, string[]>;
  /** The texts that were parsed (used to draw problem ranges to the end of the line). */
  files: GlossaryFileText[];
  /** True when the glossary came from the compiled-glossary cache (glossary-cache.ts) instead of the YAML. */
  fromCache?: boolean;
  /**
   * Stores the glossary just built from the YAML in the cache, for the next start (absent when it came from the
   * cache or could not be built). Left to the caller, who knows when there is time for it: the server after a
   * pause, the CLI once its checks are done.
   */
  persist?: () => void;
}

export interface LoadOptions {
  /** Texts of open, possibly unsaved, editor buffers by absolute path; they win over disk. */
  overrides?: ReadonlyMap<string, string>;
  /** Bounds on the folder walk (tests lower them). */
  walk?: WalkLimits;
  /** Folder of compiled-glossary snapshots; undefined turns the cache off. Default: defaultCacheDir(). */
  cacheDir?: string;
}

/**
 * One glossary file may hold at most this many bytes, all files together at most the total. The bundled
 * files are under 100 kB each and 1 MB together; a glossary paths setting pointing at a log folder or a
 * generated dump must be refused quickly instead of parsed for many seconds.
 */
export const MAX_GLOSSARY_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_GLOSSARY_TOTAL_BYTES = 16 * 1024 * 1024;

/** Files without a position of their own are reported on their first line, so every problem has file:line. */
const FILE_START = { line: 1, column: 1 } as const;

const YAML_EXT = /\.ya?ml$/i;

/** Every *.yaml / *.yml below `dir` (recursively; dot folders and node_modules skipped), as absolute paths, sorted. */
export function listYamlFiles(dir: string, limits?: WalkLimits): string[] {
  return walkFiles(dir, (name) => YAML_EXT.test(name), limits).files.map((rel) => path.join(dir, rel));
}

const WALK_STOPPED: Record<'depth' | 'files' | 'entries', string> = {
  depth: 'folders nested too deep',
  files: 'too many YAML files',
  entries: 'too many files and folders',
};

// The decoder replaces bytes that are not UTF-8 by U+FFFD, which the parser reports with its line and
// column (so unsaved editor buffers, already decoded by the editor, get the same check). It drops a BOM.
const UTF8 = new TextDecoder('utf-8');

/** Load and parse the given folders, in order (bundled first, then extra folders). */
export function loadGlossary(dirs: readonly string[], options: LoadOptions = {}): GlossaryLoadResult {
  const problems: GlossaryProblem[] = [];
  const files: GlossaryFileText[] = [];
  const seen = new Set<string>();
  let totalBytes = 0;
  let unsaved = false;
  for (const raw of dirs) {
    const dir = path.resolve(raw);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(dir);
    } catch {
      stat = undefined;
    }
    if (!stat) {
      problems.push({ file: dir, line: 0, column: 0, message: `Glossary folder not found: ${dir}` });
      continue;
    }
    // A single YAML file is accepted too: users sometimes point the setting at one file.
    let paths = [dir];
    if (stat.isDirectory()) {
      const walk = walkFiles(dir, (name) => YAML_EXT.test(name), options.walk);
      // FIFOs, sockets and devices named *.yaml go to the reader, which refuses them with a problem.
      paths = [...walk.files, ...walk.special].map((rel) => path.join(dir, rel));
      if (walk.truncated) {
        // Named where the walk stopped (the first file or folder left out), so the user sees what is too much.
        const { reason, at } = walk.truncated;
        const message = `Glossary folder ${dir}: ${WALK_STOPPED[reason]}; the walk stopped here and nothing was loaded`;
        problems.push({ file: at, ...(isDirPath(at) ? { line: 0, column: 0 } : FILE_START), message });
        paths = [];
      }
    }
    for (const p of paths) {
      if (seen.has(p)) continue;
      seen.add(p);
      const override = options.overrides?.get(p);
      if (override !== undefined) {
        files.push({ path: p, text: override });
        // An unsaved edit is not worth a cache entry: the next keystroke makes another glossary.
        unsaved ||= !sameAsDisk(p, override);
        continue;
      }
      const left = MAX_GLOSSARY_TOTAL_BYTES - totalBytes;
      const read = readRegularFile(p, Math.min(MAX_GLOSSARY_FILE_BYTES, left));
      if (!read.ok) {
        const total = left < MAX_GLOSSARY_FILE_BYTES ? '; all glossary files together are over the limit' : '';
        const why = `${read.reason}${total}`;
        problems.push({ file: p, ...FILE_START, message: `Cannot read glossary file: ${why}` });
        continue;
      }
      totalBytes += read.bytes.length;
      files.push(diskFile(p, read.bytes));
    }
  }
  // The same files (paths and texts) as a load that succeeded before: its compiled form is in the cache.
  const cacheDir = 'cacheDir' in options ? options.cacheDir : defaultCacheDir();
  const key = problems.length === 0 && cacheDir ? snapshotKey(files) : undefined;
  const cached = key ? readSnapshot(key, cacheDir) : undefined;
  if (cached) {
    // Where entries are defined is read from the snapshot when first asked for (hover, "open glossary entry").
    return {
      glossary: cached.glossary,
      problems,
      get locations() {
        return cached.locations;
      },
      get origins() {
        return cached.origins;
      },
      files,
      fromCache: true,
    };
  }

  const parsed = parseGlossaryFiles(files);
  for (const p of parsed.problems) problems.push(p); // no spread: the list may be long
  const glossary = problems.length === 0 && parsed.data ? new Glossary(parsed.data) : undefined;
  // Where entries are defined is gathered when first asked for (hover, "open glossary entry", the cache), as above.
  const persist =
    key && glossary && !unsaved
      ? () => void writeSnapshot(key, glossary, { locations: parsed.locations, origins: parsed.origins }, cacheDir)
      : undefined;
  return {
    glossary,
    problems,
    get locations() {
      return parsed.locations;
    },
    get origins() {
      return parsed.origins;
    },
    files,
    ...(persist ? { persist } : {}),
  };
}

/**
 * Does the file on disk hold this text? (An open editor buffer may not have been saved.) Read like any glossary
 * file: a FIFO or a device standing where the file was is not read (it would never end), it simply differs.
 */
function sameAsDisk(file: string, text: string): boolean {
  const read = readRegularFile(file, MAX_GLOSSARY_FILE_BYTES);
  return read.ok && UTF8.decode(read.bytes) === text;
}

/** The bundled glossary followed by extra folders (duplicates removed). */
export function glossaryDirs(extra: readonly string[] = []): string[] {
  const all = [bundledGlossaryDir(), ...extra.map((d) => path.resolve(d))];
  return [...new Set(all)];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Number of entries a user would think of as "in the glossary" (sources are not entries). */
export function countEntries(glossary: Glossary | undefined): number {
  return glossary?.entryCount() ?? 0;
}
