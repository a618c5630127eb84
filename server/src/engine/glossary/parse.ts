/**
 * Glossary files → validated data. The `yaml` package keeps source positions, so every
 * problem (syntax, schema, dangling reference, duplicate id) names its file, line and column.
 * Any problem rejects the whole set: callers keep their last good glossary.
 */
import Ajv, { type ErrorObject } from 'ajv';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import schema from '../../../../glossary/schema/glossary.schema.json';
import type { GlossaryProblem } from '../api';
import type { GlossaryData, GlossaryFile } from './model';
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
    for (const section of SECTIONS) {
      const entries = content[section] as { id?: string; form?: string }[] | undefined;
      if (!entries) continue;
      entries.forEach((entry, i) => {
        const key = entry.id ?? entry.form;
        if (key !== undefined && entry.id !== undefined) {
          if (locations[entry.id]) {
            problems.push({ file: file.path, ...at(nodeOffset(doc, `/${section}/${i}/id`)), message: `id "${entry.id}" is defined twice (first in ${locations[entry.id].file}:${locations[entry.id].line})` });
          } else {
            locations[entry.id] = { file: file.path, line: at(nodeOffset(doc, `/${section}/${i}`)).line };
          }
        }
      });
      (data[section] as unknown[]).push(...entries);
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
