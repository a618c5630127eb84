/**
 * Reads glossary folders from disk and hands the texts to the (pure) engine parser.
 * The engine never touches the file system; this module is the only place that does.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Glossary, parseGlossaryFiles, type GlossaryProblem } from '../engine';
import { findFiles } from './files';
import { bundledGlossaryDir } from './paths';

export { bundledGlossaryDir } from './paths';

export interface GlossaryFileText {
  /** Absolute path. */
  path: string;
  text: string;
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
  /** The texts that were parsed (used to draw problem ranges to the end of the line). */
  files: GlossaryFileText[];
}

export interface LoadOptions {
  /** Texts of open, possibly unsaved, editor buffers by absolute path; they win over disk. */
  overrides?: ReadonlyMap<string, string>;
}

const YAML_EXT = /\.ya?ml$/i;

/** Every *.yaml / *.yml below `dir` (recursively; dot folders and node_modules skipped), as absolute paths, sorted. */
export function listYamlFiles(dir: string): string[] {
  return findFiles(dir, (name) => YAML_EXT.test(name)).map((rel) => path.join(dir, rel));
}

/** Load and parse the given folders, in order (bundled first, then extra folders). */
export function loadGlossary(dirs: readonly string[], options: LoadOptions = {}): GlossaryLoadResult {
  const problems: GlossaryProblem[] = [];
  const files: GlossaryFileText[] = [];
  const seen = new Set<string>();
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
    const paths = stat.isDirectory() ? listYamlFiles(dir) : [dir];
    for (const p of paths) {
      if (seen.has(p)) continue;
      seen.add(p);
      const override = options.overrides?.get(p);
      if (override !== undefined) {
        files.push({ path: p, text: override });
        continue;
      }
      try {
        files.push({ path: p, text: stripBom(fs.readFileSync(p, 'utf8')) });
      } catch (err) {
        problems.push({ file: p, line: 0, column: 0, message: `Cannot read glossary file: ${(err as Error).message}` });
      }
    }
  }
  const parsed = parseGlossaryFiles(files);
  problems.push(...parsed.problems);
  const glossary = problems.length === 0 && parsed.data ? new Glossary(parsed.data) : undefined;
  return { glossary, problems, locations: parsed.locations ?? {}, files };
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
