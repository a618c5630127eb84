/**
 * The on-disk cache of compiled glossaries (engine/glossary/compiled.ts), so that the next server start and the
 * next CLI run read a glossary in milliseconds instead of parsing, validating and indexing its YAML again.
 *
 * One snapshot per set of glossary files, named by a key that hashes everything the compiled form depends on:
 * the snapshot format, this build of the code (ENGINE_FINGERPRINT), and each file's path and text. Any edit to a
 * file, another version of the extension, or another glossary folder gives another key, so a stale snapshot is
 * never even opened. A snapshot is read only when its header repeats the key and a SHA-256 of its body matches:
 * a truncated, corrupted or foreign file is ignored (and the YAML read as usual), never trusted over the files.
 *
 * Where: $CHINH_DANH_CACHE_DIR (empty or "off" turns the cache off), else $XDG_CACHE_HOME/chinh-danh, else the
 * platform's cache folder, else the system temp folder. Writes are atomic (temp file + rename) and best effort:
 * a read-only disk only means no cache. The newest few snapshots are kept.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import type { Glossary } from '../engine';
import { compileGlossary, glossaryFromCompiled } from '../engine/glossary/compiled';
import type { CompactPhrases } from '../engine/match/phrase-index';
import { sectionsData, storeSections, type StoredSections } from '../engine/glossary/stored-sections';
import { packageVersion, projectRoot } from './paths';

/** Bumped whenever the snapshot's layout changes. */
export const SNAPSHOT_FORMAT = 4;
const PREFIX = 'glossary-';
const SUFFIX = '.snapshot';
/** Snapshots kept per cache folder (several workspaces with different glossaries, and the bundled one). */
const KEEP = 8;

export interface SnapshotLocation {
  file: string;
  line: number;
}

/** Where the entries of a glossary come from, as the loader reports it. */
export interface EntrySources {
  /** Entry id → where it is defined. */
  locations: Record<string, SnapshotLocation>;
  /** Entry id → every file that defines or extends it, in load order. */
  origins: Record<string, string[]>;
}

export interface CachedGlossary extends EntrySources {
  glossary: Glossary;
}

interface Header {
  format: number;
  key: string;
  bytes: number;
  sha256: string;
}

/**
 * The body: a structured clone (v8.serialize) of this. Objects are stored as JSON text, which V8 parses several
 * times faster than it revives a clone of the same objects, and only when first read (a section a check never reads
 * is never parsed); the phrase index is an Int32Array and a string, read back as they are.
 */
interface Payload {
  /** JSON of where each entry is defined, column-wise (PackedLocations). */
  locations: string;
  /** JSON of entry id → indexes into the locations' files. */
  origins: string;
  /** The glossary data, each section as JSON (parsed when a check first reads it: stored-sections.ts). */
  sections: StoredSections;
  /** The phrase index, absent when it is built again on load (compiled.ts). */
  phrases?: CompactPhrases;
}

/** Where each entry is defined, column-wise (50,000 small objects cost more to store than to build on demand). */
interface PackedLocations {
  files: string[];
  ids: string[];
  file: number[];
  line: number[];
}

// Set by scripts/build.mjs (a hash of the sources the bundle was built from); absent when run from source.
declare const CHINH_DANH_ENGINE_FINGERPRINT: string | undefined;

let fingerprint: string | undefined;

/**
 * What identifies this build's code: the hash esbuild baked in, or, from source (tests, the bench), a hash of
 * every file under server/src and of the schema. Undefined when neither can be had: then nothing is cached.
 */
export function engineFingerprint(): string | undefined {
  if (fingerprint !== undefined) return fingerprint || undefined;
  if (typeof CHINH_DANH_ENGINE_FINGERPRINT === 'string') return (fingerprint = CHINH_DANH_ENGINE_FINGERPRINT);
  try {
    fingerprint = sourceFingerprint(projectRoot());
  } catch {
    fingerprint = '';
  }
  return fingerprint || undefined;
}

/** The same hash scripts/build.mjs computes: package version, schema, and every .ts file under server/src. */
export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  hash.update(`version ${packageVersion()}\n`);
  hash.update(fs.readFileSync(path.join(root, 'glossary', 'schema', 'glossary.schema.json')));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(path.join(root, 'server', 'src'));
  for (const f of files.sort()) hash.update(`${path.relative(root, f)}\n`).update(fs.readFileSync(f));
  return hash.digest('hex');
}

/** The folder snapshots are kept in, or undefined when caching is off. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const own = env.CHINH_DANH_CACHE_DIR;
  if (own !== undefined) return own === '' || own === 'off' ? undefined : path.resolve(own);
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'chinh-danh');
  const home = os.homedir();
  if (!home) return path.join(os.tmpdir(), 'chinh-danh-cache');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Caches', 'chinh-danh');
  if (process.platform === 'win32')
    return path.join(env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local'), 'chinh-danh', 'Cache');
  return path.join(home, '.cache', 'chinh-danh');
}

/**
 * The key of a set of glossary files (in load order), or undefined when this build cannot be identified. A file read
 * from disk is hashed by its bytes as they are (no decoding: a load from the cache never needs the text); an editor
 * buffer by its text's UTF-8. The two are told apart in the key, so equal keys mean equal contents either way.
 */
export function snapshotKey(
  files: ReadonlyArray<{ path: string; text: string; bytes?: Uint8Array }>,
  engine: string | undefined = engineFingerprint(),
): string | undefined {
  if (!engine) return undefined;
  // The body is a V8 structured clone: another V8 may not read it.
  const hash = createHash('sha256').update(`format ${SNAPSHOT_FORMAT}\nengine ${engine}\nv8 ${process.versions.v8}\n`);
  for (const f of files) {
    const content = createHash('sha256');
    const kind = f.bytes ? 'bytes' : 'text';
    if (f.bytes) content.update(f.bytes);
    else content.update(f.text, 'utf8');
    hash.update(`${f.path}\u0000${kind}\u0000${content.digest('hex')}\n`);
  }
  return hash.digest('hex');
}

function snapshotPath(dir: string, key: string): string {
  return path.join(dir, `${PREFIX}${key.slice(0, 40)}${SUFFIX}`);
}

/**
 * The glossary stored under `key`, or undefined: no snapshot, or one that is unreadable, truncated, corrupted,
 * from another format or key, or whose index does not fit this build. Never throws.
 */
export function readSnapshot(key: string, dir: string | undefined = defaultCacheDir()): CachedGlossary | undefined {
  if (!dir) return undefined;
  const file = snapshotPath(dir, key);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0 || newline > 1024) throw new Error('no header');
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Partial<Header>;
    const body = bytes.subarray(newline + 1);
    if (header.format !== SNAPSHOT_FORMAT || header.key !== key || header.bytes !== body.length)
      throw new Error('another snapshot');
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) throw new Error('corrupted');
    const payload = v8.deserialize(body) as Payload;
    checkPayload(payload);
    const data = sectionsData(payload.sections);
    const glossary = glossaryFromCompiled(payload.phrases ? { data, phrases: payload.phrases } : { data });
    touch(file);
    // Where entries are defined (50,000 objects) is made when first asked for: a check never needs it.
    // Only their JSON is kept until then, not the payload (each section's JSON is let go once it is parsed).
    const packed = { locations: payload.locations, origins: payload.origins };
    let sources: EntrySources | undefined;
    const entrySources = (): EntrySources => (sources ??= expandSources(packed));
    return {
      glossary,
      get locations() {
        return entrySources().locations;
      },
      get origins() {
        return entrySources().origins;
      },
    };
  } catch {
    // Not usable: remove it so it is rewritten from the files (best effort; another process may be reading it).
    try {
      fs.rmSync(file, { force: true });
    } catch {
      /* read-only cache: the YAML is read each time */
    }
    return undefined;
  }
}

/**
 * Stores a glossary freshly built from files under `key` (the phrase index only when it can be revived: see
 * compiled.ts). Best effort: returns false when nothing could be written.
 */
export function writeSnapshot(
  key: string,
  glossary: Glossary,
  sources: EntrySources,
  dir: string | undefined = defaultCacheDir(),
): boolean {
  if (!dir) return false;
  const locations = packLocations(sources.locations);
  const fileIndex = new Map(locations.files.map((f, i) => [f, i]));
  const indexOf = (f: string): number => {
    let i = fileIndex.get(f);
    if (i === undefined) fileIndex.set(f, (i = locations.files.push(f) - 1));
    return i;
  };
  const origins: Record<string, number[]> = {};
  for (const [id, list] of Object.entries(sources.origins)) origins[id] = list.map(indexOf);
  const compiled = compileGlossary(glossary);
  const payload: Payload = {
    locations: JSON.stringify(locations),
    origins: JSON.stringify(origins),
    sections: storeSections(compiled.data),
    ...(compiled.phrases ? { phrases: compiled.phrases } : {}),
  };
  let bytes: Buffer;
  try {
    bytes = v8.serialize(payload);
  } catch {
    return false; // not cloneable after all (compileGlossary checked the index; the data is YAML values)
  }
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    key,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const file = snapshotPath(dir, key);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), bytes]));
    fs.renameSync(temp, file);
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      /* nothing to clean */
    }
    return false;
  }
  prune(dir, file);
  return true;
}

/** The outline of the body before anything is parsed. */
function checkPayload(payload: Payload): void {
  const p = (payload ?? {}) as Partial<Payload>;
  if (typeof p.sections !== 'object' || typeof p.locations !== 'string' || typeof p.origins !== 'string')
    throw new Error('shape');
}

/** Where each entry is defined and every file it comes from; empty when the stored JSON is not of that outline. */
function expandSources(payload: Pick<Payload, 'locations' | 'origins'>): EntrySources {
  try {
    const packed = JSON.parse(payload.locations) as Partial<PackedLocations> | null;
    const packedOrigins = JSON.parse(payload.origins) as Record<string, unknown> | null;
    const columns = [packed?.ids, packed?.file, packed?.line];
    if (
      !packed ||
      !Array.isArray(packed.files) ||
      columns.some((c) => !Array.isArray(c) || c.length !== columns[0]!.length) ||
      !packedOrigins ||
      typeof packedOrigins !== 'object'
    )
      throw new Error('shape');
    const files = packed.files;
    const origins: Record<string, string[]> = {};
    for (const id in packedOrigins) {
      const list = packedOrigins[id];
      if (!Array.isArray(list)) throw new Error('shape');
      origins[id] = list.map((i: number) => files[i]);
    }
    return { locations: expandLocations(packed as PackedLocations), origins };
  } catch {
    return { locations: {}, origins: {} };
  }
}

function packLocations(locations: Record<string, SnapshotLocation>): PackedLocations {
  const files: string[] = [];
  const index = new Map<string, number>();
  const out: PackedLocations = { files, ids: [], file: [], line: [] };
  for (const [id, loc] of Object.entries(locations)) {
    let i = index.get(loc.file);
    if (i === undefined) index.set(loc.file, (i = files.push(loc.file) - 1));
    out.ids.push(id);
    out.file.push(i);
    out.line.push(loc.line);
  }
  return out;
}

function expandLocations(packed: PackedLocations): Record<string, SnapshotLocation> {
  const out: Record<string, SnapshotLocation> = {};
  for (let i = 0; i < packed.ids.length; i++)
    out[packed.ids[i]] = { file: packed.files[packed.file[i]], line: packed.line[i] };
  return out;
}

function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    /* the order of pruning is only a preference */
  }
}

/** Keeps the newest snapshots in `dir` (and always `keep`), removing older ones and stale temp files. */
function prune(dir: string, keep: string): void {
  try {
    const ours = fs
      .readdirSync(dir)
      .filter((n) => n.startsWith(PREFIX) && (n.endsWith(SUFFIX) || n.endsWith('.tmp')))
      .map((n) => {
        const p = path.join(dir, n);
        return { p, temp: n.endsWith('.tmp'), mtime: fs.statSync(p).mtimeMs };
      })
      .sort((a, b) => b.mtime - a.mtime);
    const hour = 3600_000;
    let kept = 0;
    for (const s of ours) {
      if (s.p === keep) continue;
      const old = s.temp ? Date.now() - s.mtime > hour : ++kept >= KEEP;
      if (old) fs.rmSync(s.p, { force: true });
    }
  } catch {
    /* another process pruned at the same time */
  }
}
