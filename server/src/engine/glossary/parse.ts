/**
 * Glossary files → validated data. The `yaml` package keeps source positions, so every
 * problem (syntax, schema, dangling reference, duplicate id) names its file, line and column.
 * Any problem rejects the whole set: callers keep their last good glossary.
 *
 * Positions are costly (the `yaml` syntax tree takes about ten times as long as the values alone), and a file with
 * nothing wrong with it needs one per entry: a file is first read the fast way (read-plain.ts) and validated with
 * a first-error validator; only a file the fast way is unsure of, or one with a problem, is read the careful way.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Alias, Document } from 'yaml';
import schema from '../../../../glossary/schema/glossary.schema.json';
import type { GlossaryProblem } from '../api';
import { GLOSSARY_SECTIONS, type GlossaryData, type GlossaryFile, type Tenure } from './model';
import { quickValidator } from './quick-validator';
import { readPlainYaml, type PlainRead } from './read-plain';
import { checkReferences } from './references';
import { LineIndex } from './text-position';
import { checkFileFacts, checkHolders, tenureKey } from './validate-facts';
import { expandShorthand, resolveOfficeTitles } from './shorthand';

export interface GlossaryFileText {
  /** Path or name used in problem reports. */
  path: string;
  text: string;
}

export interface ParsedGlossary {
  /** Absent when any file has a problem: the caller keeps the last good glossary. */
  data?: GlossaryData;
  problems: GlossaryProblem[];
  /** Where each entry id is defined (for "open the glossary entry under the cursor"). */
  locations: Record<string, { file: string; line: number }>;
  /** Every file that defines or extends each entry id, in load order (hover names the workspace ones). */
  origins: Record<string, string[]>;
}

let validator: ReturnType<Ajv['compile']> | undefined;
/** Every error, for a file that failed: the user fixes them all in one go. */
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : (validator.errors ?? []);
}

let quick: ((value: unknown) => boolean) | undefined;
/** Valid or not, stopping at the first error: the happy path needs no list (a failed file is read again). */
function isValid(value: unknown): boolean {
  quick ??= quickValidator();
  return quick(value);
}

export function emptyGlossaryData(): GlossaryData {
  return {
    sources: [],
    bodies: [],
    offices: [],
    people: [],
    documents: [],
    terms: [],
    enumerations: [],
    honorifics: [],
  };
}

export interface ParseOptions {
  /** Read every file the careful way (positions for everything); tests compare both readers with it. */
  careful?: boolean;
}

export function parseGlossaryFiles(files: GlossaryFileText[], options: ParseOptions = {}): ParsedGlossary {
  const problems: GlossaryProblem[] = [];
  const data = emptyGlossaryData();
  const sources = new EntrySources();
  const positions = new Map<Section, Map<string, number>>(GLOSSARY_SECTIONS.map((s) => [s, new Map()]));
  /**
   * Where each tenure is written (by its merge identity), for problems found once all files are merged: filled when
   * first needed, by one step per file in load order (a later file's tenure of the same identity wins, as before).
   */
  const tenures = new Map<string, { file: string; where: () => { line: number; column: number } }>();
  const tenureSteps: Array<() => void> = [];
  const tenureIndex = () => {
    for (const step of tenureSteps.splice(0)) step();
    return tenures;
  };

  /** Adds one file's entries (in order) to the merged data; `lineOf` gives where entry i of a section starts. */
  const addEntries = (path: string, content: GlossaryFile, lineOf: (section: Section, i: number) => number) => {
    sources.add(path, content, lineOf);
    for (const section of GLOSSARY_SECTIONS) {
      const entries = content[section] as { id?: string }[] | undefined;
      if (!entries) continue;
      const at = positions.get(section)!;
      for (const entry of entries) {
        if (entry.id === undefined) (data[section] as unknown[]).push(entry);
        else mergeEntry(data, section, entry as { id: string }, at);
      }
    }
  };

  const reads = new Map<string, PlainRead>();
  for (const file of files) {
    // Most files are fine: read them fast, and read the rest (or anything the fast reader is unsure of) carefully.
    // A text read fine by the previous call is not read again: a reload reads only the files that changed.
    const plain = options.careful ? undefined : (previousReads.get(file.text) ?? acceptPlain(file.text));
    if (plain) {
      reads.set(file.text, plain);
      if (plain.value === null) continue; // an empty file is allowed
      // Expanded anew each time: merging and office titles change the expanded entries, never the values read.
      const content = expandShorthand(plain.value as Record<string, unknown>);
      if (checkFileFacts(content).length === 0 && !hasDuplicateIds(content)) {
        // Positions of tenures are wanted only for a problem found after merging: the file is then read carefully.
        // Keyed by the tenures as written (the values read are never changed; merging may resolve office titles).
        const people = content.people ?? [];
        const written = (plain.value as { people?: Array<{ titles?: Tenure[] }> }).people ?? [];
        tenureSteps.push(() => {
          const locate = carefulLocator(file.text);
          people.forEach((person, i) => {
            (written[i]?.titles ?? []).forEach((t, j) => {
              tenures.set(tenureKey(person.id, t), {
                file: file.path,
                where: () => locate(`/people/${i}/titles/${j}`),
              });
            });
          });
        });
        addEntries(file.path, content, (s, i) => plain.lines[s]?.[i] ?? 0);
        continue;
      }
    }
    // Lines as editors count them (CR-only line endings too); built only when a problem needs a position.
    let lines: LineIndex | undefined;
    const at: Locate = (offset) =>
      offset === undefined ? { line: 0, column: 0 } : (lines ??= new LineIndex(file.text)).position(offset);
    // Only the first problems are located (locating one walks the document) and reported; the rest are
    // counted. No spread into push: a file with 10^5 errors would overflow the argument stack.
    const report = <T>(list: readonly T[], locate: (p: T) => YamlProblem): void => {
      for (const p of list.slice(0, MAX_PROBLEMS_PER_FILE)) {
        const { offset, message } = locate(p);
        problems.push({ file: file.path, ...at(offset), message });
      }
      const more = list.length - MAX_PROBLEMS_PER_FILE;
      if (more > 0) {
        const where = at(locate(list[MAX_PROBLEMS_PER_FILE]).offset);
        problems.push({ file: file.path, ...where, message: `… and ${more} more problems in this file` });
      }
    };
    const yaml = readYaml(file.text);
    if (!yaml.ok) {
      report(yaml.problems, (p) => p);
      continue;
    }
    const { doc, value } = yaml;
    if (value === null || value === undefined) continue; // an empty file is allowed
    const errors = validate(value);
    if (errors.length) {
      report(errors, (e) => ({ offset: nodeOffset(doc, e.instancePath), message: schemaMessage(e) }));
      continue;
    }
    // Team files may leave out sources, confidence and some ids; from here on every entry is complete.
    const content = expandShorthand(value as Record<string, unknown>);
    // Dates that are not calendar dates and periods that end before they begin: refused like schema errors.
    report(checkFileFacts(content), (p) => ({
      offset: nodeOffset(doc, p.pointer),
      message: p.message,
    }));
    const carefulTenures: Array<[string, () => { line: number; column: number }]> = [];
    (content.people ?? []).forEach((person, i) => {
      (person.titles ?? []).forEach((t, j) => {
        const offset = nodeOffset(doc, `/people/${i}/titles/${j}`);
        carefulTenures.push([tenureKey(person.id, t), () => at(offset)]);
      });
    });
    tenureSteps.push(() => {
      for (const [key, where] of carefulTenures) tenures.set(key, { file: file.path, where });
    });
    // Where entries were defined so far, as this file's duplicate ids name the first definition.
    const locations = sources.locations;
    const inThisFile = new Set<string>();
    const unique: GlossaryFile = {};
    const keptLines: Partial<Record<Section, number[]>> = {};
    for (const section of GLOSSARY_SECTIONS) {
      const entries = content[section] as { id?: string }[] | undefined;
      if (!entries) continue;
      const kept: { id?: string }[] = [];
      const sectionLines: number[] = (keptLines[section] = []);
      entries.forEach((entry, i) => {
        let line = 0;
        if (entry.id !== undefined) {
          const key = `${section}|${entry.id}`;
          if (inThisFile.has(key)) {
            const first = locations[entry.id];
            const message = `id "${entry.id}" is defined twice in this file (first at line ${first?.line ?? '?'})`;
            problems.push({ file: file.path, ...at(nodeOffset(doc, `/${section}/${i}/id`)), message });
            return;
          }
          inThisFile.add(key);
          // Recorded now: the duplicate's message names the line of the first definition.
          line = at(nodeOffset(doc, `/${section}/${i}`)).line;
          locations[entry.id] ??= { file: file.path, line };
        }
        kept.push(entry);
        sectionLines.push(line);
      });
      (unique as Record<string, unknown>)[section] = kept;
    }
    addEntries(file.path, unique, (section, i) => keptLines[section]?.[i] ?? 0);
  }
  if (!options.careful) previousReads = reads;
  if (problems.length === 0) {
    resolveOfficeTitles(data);
    for (const p of checkReferences(data)) {
      const loc = sources.locations[p.id];
      problems.push({ file: loc?.file ?? '', line: loc?.line ?? 0, column: 1, message: p.message });
    }
  }
  if (problems.length === 0) {
    // Overlapping tenures need all files merged; each is reported where the later-starting tenure is written.
    const tenureAt = (person: string, t: Tenure) => {
      const written = tenureIndex().get(tenureKey(person, t));
      return written && { file: written.file, ...written.where() };
    };
    const where = (person: string, t: Tenure) => {
      const loc = tenureAt(person, t);
      return loc && `${loc.file}:${loc.line}`;
    };
    for (const p of checkHolders(data, where)) {
      const loc = tenureAt(p.person, p.tenure) ?? { ...sources.locations[p.person], column: 1 };
      problems.push({ file: loc.file ?? '', line: loc.line ?? 0, column: loc.column, message: p.message });
    }
  }
  const result: ParsedGlossary = {
    problems,
    get locations() {
      return sources.locations;
    },
    get origins() {
      return sources.origins;
    },
  };
  if (problems.length === 0) result.data = data;
  return result;
}

type Locations = ParsedGlossary['locations'];
type Origins = ParsedGlossary['origins'];

/**
 * Where each entry is defined (its first definition) and every file that defines or extends it, in load order. A
 * load with nothing wrong reads neither until asked (hover, "open glossary entry", the cache), so each file's entries
 * are kept as they were added and the two records are made when first read; from then on they are kept up to date.
 */
class EntrySources {
  private files: Array<{ path: string; content: GlossaryFile; lineOf: (section: Section, i: number) => number }> = [];
  private built: { locations: Locations; origins: Origins } | undefined;

  add(path: string, content: GlossaryFile, lineOf: (section: Section, i: number) => number): void {
    if (this.built) record(this.built, path, content, lineOf);
    else this.files.push({ path, content, lineOf });
  }

  get locations(): Locations {
    return this.records().locations;
  }

  get origins(): Origins {
    return this.records().origins;
  }

  private records(): { locations: Locations; origins: Origins } {
    if (!this.built) {
      this.built = { locations: {}, origins: {} };
      for (const f of this.files) record(this.built, f.path, f.content, f.lineOf);
      this.files = [];
    }
    return this.built;
  }
}

function record(
  into: { locations: Locations; origins: Origins },
  path: string,
  content: GlossaryFile,
  lineOf: (section: Section, i: number) => number,
): void {
  const { locations, origins } = into;
  for (const section of GLOSSARY_SECTIONS) {
    const entries = content[section] as { id?: string }[] | undefined;
    if (!entries) continue;
    entries.forEach((entry, i) => {
      if (entry.id === undefined) return;
      locations[entry.id] ??= { file: path, line: lineOf(section, i) };
      const from = (origins[entry.id] ??= []);
      if (!from.includes(path)) from.push(path);
    });
  }
}

type Section = (typeof GLOSSARY_SECTIONS)[number];

/**
 * Files read the fast way by the last call, by text. Their values are never changed after reading (expansion and
 * merging make new objects), so the next load of the same text can use them as they are.
 */
let previousReads = new Map<string, PlainRead>();

/** The fast read of a text when it passes the schema; otherwise undefined (read it carefully). */
function acceptPlain(text: string): PlainRead | undefined {
  const plain = readPlainYaml(text, YAML_LIMITS);
  if (!plain) return undefined;
  return plain.value === null || isValid(plain.value) ? plain : undefined;
}

/** Does an id occur twice in one section of this file? (Then the careful reader reports where.) */
function hasDuplicateIds(content: GlossaryFile): boolean {
  for (const section of GLOSSARY_SECTIONS) {
    const entries = content[section] as { id?: string }[] | undefined;
    if (!entries) continue;
    const ids = new Set<string>();
    for (const e of entries) {
      if (e.id === undefined) continue;
      if (ids.has(e.id)) return true;
      ids.add(e.id);
    }
  }
  return false;
}

/** Line:column of a JSON pointer in a file read the fast way: it is parsed with positions on the first call. */
function carefulLocator(text: string): (pointer: string) => { line: number; column: number } {
  let locate: ((pointer: string) => { line: number; column: number }) | undefined;
  return (pointer) => {
    if (!locate) {
      const read = readYaml(text);
      const lines = new LineIndex(text);
      locate = (p) => {
        const offset = read.ok ? nodeOffset(read.doc, p) : undefined;
        return offset === undefined ? { line: 0, column: 0 } : lines.position(offset);
      };
    }
    return locate(pointer);
  };
}

/** Offset in a file → line:column (1-based; 0:0 when unknown). */
type Locate = (offset: number | undefined) => { line: number; column: number };

/**
 * Bounds on one glossary file's YAML. The bundled files are under 100 kB with nesting depth 6 and no
 * aliases; these limits are far above that and far below what freezes or crashes a parse.
 */
export const YAML_LIMITS = {
  /** UTF-16 code units (a 2 MB UTF-8 file has at most this many); parsing 2 MB of YAML takes about a second. */
  maxChars: 2 * 1024 * 1024,
  /**
   * Parsed nodes (scalars and collections). Schema validation with every error collected slows down with
   * the square of the number of errors (5,000 entries with 40 unknown fields: 3 s), so the node count is
   * bounded before validation. The largest bundled file has about 10,000.
   */
  maxNodes: 100_000,
  /** Collections inside collections; the yaml package itself overflows the call stack near 1,000. */
  maxDepth: 64,
  /** Alias nodes (*name) in one file. */
  maxAliasNodes: 1000,
  /** Nodes produced by expanding aliases (yaml's own guard against "billion laughs"). */
  maxAliasCount: 1000,
} as const;

/** Further problems in one file are summed up in one line: the first ones are what the user fixes. */
const MAX_PROBLEMS_PER_FILE = 100;

interface YamlProblem {
  offset: number | undefined;
  message: string;
}

type YamlRead = { ok: true; doc: Document; value: unknown } | { ok: false; problems: YamlProblem[] };

/**
 * Text → plain JS value, never throwing: every failure (syntax, not UTF-8, binary, too big, too deep,
 * undefined alias, alias bomb) becomes a problem with an offset the caller turns into line:column.
 */
function readYaml(text: string): YamlRead {
  const before = (offset: number, message: string): YamlRead => ({ ok: false, problems: [{ offset, message }] });
  if (text.length > YAML_LIMITS.maxChars) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const message = `file too big (${mb(text.length)} M characters; the limit is ${mb(YAML_LIMITS.maxChars)} M)`;
    return before(0, message);
  }
  // The decoder turns bytes that are not UTF-8 into U+FFFD; a glossary has no use for that character.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    const message = 'not UTF-8: the file has bytes that are not UTF-8 (shown as U+FFFD); save it as UTF-8';
    return before(replaced, message);
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return before(nul, 'binary file: it has NUL characters, a glossary is UTF-8 YAML text');
  // YAML breaks lines at CR too, the yaml package only at LF: a file saved with old Mac line endings would be one
  // long line of errors. A lone CR becomes LF, which keeps every offset.
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        offset: e.pos[0],
        message: e.code === 'RESOURCE_EXHAUSTION' ? `nesting too deep (${e.message})` : e.message.split('\n')[0],
      })),
    };
  }
  const shape = checkShape(doc);
  if (shape.length) return { ok: false, problems: shape };
  try {
    return { ok: true, doc, value: doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount }) as unknown };
  } catch (err) {
    // checkShape found every undefined alias, so what is left is an expansion too large (or a yaml bug).
    const first = firstAlias(doc);
    const message = /alias count/i.test((err as Error).message)
      ? `aliases expand to too many nodes (more than ${YAML_LIMITS.maxAliasCount}): an alias bomb?`
      : `cannot read YAML: ${(err as Error).message}`;
    return { ok: false, problems: [{ offset: first?.range?.[0] ?? 0, message }] };
  }
}

/**
 * One walk over the parsed nodes, in source order, with an explicit stack (the depth bound is ours, not
 * the call stack's): nesting depth, number of aliases, and aliases whose anchor is not defined before them.
 */
function checkShape(doc: Document): YamlProblem[] {
  const problems: YamlProblem[] = [];
  const anchors = new Set<string>();
  let aliases = 0;
  let nodes = 0;
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (node === null || node === undefined) continue;
    const start = (node as { range?: [number, number, number] }).range?.[0];
    if (isAlias(node)) {
      if (++aliases > YAML_LIMITS.maxAliasNodes) {
        problems.push({ offset: start, message: `too many aliases (more than ${YAML_LIMITS.maxAliasNodes})` });
        return problems;
      }
      if (!anchors.has(node.source)) problems.push({ offset: start, message: `undefined alias *${node.source}` });
      continue;
    }
    if (isPair(node)) {
      stack.push({ node: node.value, depth }, { node: node.key, depth });
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (++nodes > YAML_LIMITS.maxNodes) {
        const message = `too many values in one file (more than ${YAML_LIMITS.maxNodes}): split it`;
        problems.push({ offset: start, message });
        return problems;
      }
      if (node.anchor) anchors.add(node.anchor);
      if (isScalar(node)) continue;
      if (depth + 1 > YAML_LIMITS.maxDepth) {
        problems.push({ offset: start, message: `nesting too deep (more than ${YAML_LIMITS.maxDepth} levels)` });
        return problems;
      }
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push({ node: items[i], depth: depth + 1 });
    }
  }
  return problems;
}

function firstAlias(doc: Document): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, { Alias: (_key, node) => ((found = node), visit.BREAK) });
  return found;
}

/**
 * Entries with the same id in several files are one entry: a later file extends it (a person's tenures,
 * aliases and sources are added) or overrides its other fields. That lets a team file, or a second bundled
 * file about another branch of the state, add to an entry without copying it.
 */
function mergeEntry(data: GlossaryData, section: Section, entry: { id: string }, at: Map<string, number>): void {
  const list = data[section] as { id?: string }[];
  const index = at.get(entry.id);
  if (index === undefined) {
    at.set(entry.id, list.length);
    list.push(entry);
    return;
  }
  const merged: Record<string, unknown> = { ...list[index], ...entry };
  const before = list[index] as Record<string, unknown>;
  const after = entry as Record<string, unknown>;
  for (const field of ['aliases', 'sources', 'forms', 'keywords', 'successors', 'supersedes', 'variants']) {
    if (Array.isArray(before[field]) && Array.isArray(after[field])) {
      merged[field] = [...new Set([...(before[field] as unknown[]), ...(after[field] as unknown[])])];
    }
  }
  if (section === 'people') merged.titles = mergeTenures(before.titles as Tenure[], after.titles as Tenure[]);
  // A name overridden by another file stays a recognised form of the same entry.
  const [nameField, formsField] =
    section === 'offices'
      ? ['title', 'forms']
      : section === 'bodies' || section === 'people'
        ? ['name', 'aliases']
        : [];
  if (nameField && formsField && typeof before[nameField] === 'string' && before[nameField] !== merged[nameField]) {
    merged[formsField] = [...new Set([...((merged[formsField] as string[] | undefined) ?? []), before[nameField]])];
  }
  list[index] = merged;
}

function mergeTenures(before: Tenure[], after: Tenure[]): Tenure[] {
  const out = [...before];
  for (const t of after) {
    const same = out.findIndex((o) => o.office === t.office && o.from === t.from && !o.acting === !t.acting);
    if (same < 0) {
      out.push(t);
      continue;
    }
    // The better-sourced of the two wins field by field; on equal confidence the later file does.
    const [weak, strong] = RANK[out[same].confidence] < RANK[t.confidence] ? [t, out[same]] : [out[same], t];
    out[same] = { ...weak, ...strong, sources: [...new Set([...out[same].sources, ...t.sources])] };
  }
  return out;
}

const RANK: Record<Tenure['confidence'], number> = { confirmed: 0, 'partly-confirmed': 1, unconfirmed: 2 };

/** Source offset of the node at a JSON pointer, or of its nearest existing parent. */
export function nodeOffset(doc: Document, pointer: string): number | undefined {
  const path = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  while (path.length) {
    const node = doc.getIn(
      path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      true,
    );
    if (node && (isMap(node) || isSeq(node) || isScalar(node)) && node.range) return node.range[0];
    path.pop();
  }
  return doc.contents?.range?.[0];
}

function schemaMessage(e: ErrorObject): string {
  const where = e.instancePath || '/';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${where}: unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `${where}: missing field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'enum':
      return `${where}: must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where}: ${e.message ?? 'invalid'}`;
  }
}
