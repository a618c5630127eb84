/**
 * Team files may leave out sources, confidence and some ids (server/src/engine/glossary/shorthand.ts). The bundled
 * glossary may not: every fact in it is written out with its sources and confidence, as glossary/README.md requires.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { listYamlFiles } from '../../server/src/node/glossary-loader';

const GLOSSARY = join(__dirname, '../../glossary');

type Entry = Record<string, unknown>;

/** What each section's entries must spell out (beyond what the schema requires of every file). */
const REQUIRED: Record<string, string[]> = {
  bodies: ['sources', 'confidence'],
  offices: ['sources'],
  people: ['id', 'sources'],
  documents: ['status', 'sources', 'confidence'],
  terms: ['id', 'definition', 'category', 'sources'],
  enumerations: ['sources'],
};

test('the bundled glossary uses none of the team shorthands: every fact has its sources and confidence written', () => {
  const bad: string[] = [];
  for (const file of listYamlFiles(GLOSSARY)) {
    const name = relative(GLOSSARY, file);
    const content = (parseDocument(readFileSync(file, 'utf8')).toJS() ?? {}) as Record<string, Entry[] | undefined>;
    const check = (where: string, e: Entry, fields: string[]) => {
      for (const f of fields) if (e[f] === undefined) bad.push(`${name} ${where}: no ${f}`);
      if ('source' in e) bad.push(`${name} ${where}: "source" shorthand`);
      for (const s of (e.sources as unknown[] | undefined) ?? [])
        if (typeof s !== 'string') bad.push(`${name} ${where}: inline source`);
    };
    for (const [section, fields] of Object.entries(REQUIRED)) {
      for (const [i, e] of (content[section] ?? []).entries()) {
        const where = `${section}[${i}] ${String(e.id ?? e.name ?? e.canonical)}`;
        check(where, e, fields);
        for (const [k, t] of ((e.titles as Entry[] | undefined) ?? []).entries())
          check(`${where} titles[${k}]`, t, ['sources', 'confidence']);
        for (const [k, c] of ((e.issuerCodes as Entry[] | undefined) ?? []).entries())
          check(`${where} issuerCodes[${k}]`, c, ['sources']);
      }
    }
  }
  assert.deepEqual(bad, []);
});
