/**
 * Glossary files → validated data. The `yaml` package keeps source positions, so every
 * problem (syntax, schema, dangling reference, duplicate id) names its file, line and column.
 * Any problem rejects the whole set: callers keep their last good glossary.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../../glossary/schema/glossary.schema.json';
import type { GlossaryProblem } from '../api';
import type { GlossaryData, GlossaryFile, Tenure } from './model';
import { checkReferences } from './references';

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
}

const SECTIONS = ['sources', 'bodies', 'offices', 'people', 'documents', 'terms', 'enumerations', 'honorifics'] as const;

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : (validator.errors ?? []);
}

export function emptyGlossaryData(): GlossaryData {
  return { sources: [], bodies: [], offices: [], people: [], documents: [], terms: [], enumerations: [], honorifics: [] };
}

export function parseGlossaryFiles(files: GlossaryFileText[]): ParsedGlossary {
  const problems: GlossaryProblem[] = [];
  const data = emptyGlossaryData();
  const locations: ParsedGlossary['locations'] = {};
  const positions = new Map<string, number>();

  for (const file of files) {
    const lines = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset: number | undefined) => {
      const pos = offset === undefined ? { line: 0, col: 0 } : lines.linePos(offset);
      return { line: pos.line, column: pos.col };
    };
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push({ file: file.path, ...at(e.pos[0]), message: e.message.split('\n')[0] });
      continue;
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue; // an empty file is allowed
    const errors = validate(value);
    if (errors.length) {
      for (const e of errors) problems.push({ file: file.path, ...at(nodeOffset(doc, e.instancePath)), message: schemaMessage(e) });
      continue;
    }
    const content = value as GlossaryFile;
    const inThisFile = new Set<string>();
    for (const section of SECTIONS) {
      const entries = content[section] as { id?: string }[] | undefined;
      if (!entries) continue;
      entries.forEach((entry, i) => {
        if (entry.id === undefined) {
          (data[section] as unknown[]).push(entry);
          return;
        }
        const key = `${section}|${entry.id}`;
        if (inThisFile.has(key)) {
          const first = locations[entry.id];
          const message = `id "${entry.id}" is defined twice in this file (first at line ${first?.line ?? '?'})`;
          problems.push({ file: file.path, ...at(nodeOffset(doc, `/${section}/${i}/id`)), message });
          return;
        }
        inThisFile.add(key);
        locations[entry.id] ??= { file: file.path, line: at(nodeOffset(doc, `/${section}/${i}`)).line };
        mergeEntry(data, section, entry as { id: string }, positions);
      });
    }
  }
  if (problems.length === 0) {
    for (const p of checkReferences(data)) {
      const loc = locations[p.id];
      problems.push({ file: loc?.file ?? '', line: loc?.line ?? 0, column: 1, message: p.message });
    }
  }
  return problems.length ? { problems, locations } : { data, problems, locations };
}

type Section = (typeof SECTIONS)[number];

/**
 * Entries with the same id in several files are one entry: a later file extends it (a person's tenures,
 * aliases and sources are added) or overrides its other fields. That lets a team file, or a second bundled
 * file about another branch of the state, add to an entry without copying it.
 */
function mergeEntry(data: GlossaryData, section: Section, entry: { id: string }, at: Map<string, number>): void {
  const list = data[section] as { id?: string }[];
  const key = `${section}|${entry.id}`;
  const index = at.get(key);
  if (index === undefined) {
    at.set(key, list.length);
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
  list[index] = merged as { id: string };
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
function nodeOffset(doc: Document, pointer: string): number | undefined {
  const path = pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  while (path.length) {
    const node = doc.getIn(path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true);
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
