/**
 * The compiled glossary: the validated, merged data plus the phrase index in its compact form (two plain values: an
 * Int32Array and a string, see match/phrase-index.ts), which the file-system side stores
 * (server/src/node/glossary-cache.ts). Reading it back skips YAML, the schema, merging, reference checks and the
 * phrase trie, the costly part of indexing; the Glossary's maps by id and holdings are cheaper to build again from the
 * data than to read back as objects.
 *
 * The phrase index is stored only when a Glossary built from the stored form answers like the original
 * (`sameAnswers`, on a probe text); otherwise only the data is stored and the trie is built again on load.
 */
import type { Finding } from '../api';
import { check } from '../check';
import { PhraseIndex, type CompactPhrases } from '../match/phrase-index';
import { Glossary } from './glossary';
import type { GlossaryData } from './model';

export interface CompiledGlossary {
  data: GlossaryData;
  /** The phrase index's compact form, absent when it could not be stored. */
  phrases?: CompactPhrases;
}

export function compileGlossary(glossary: Glossary): CompiledGlossary {
  const data = glossary.data;
  const compiled = { data, phrases: glossary.phrases.toCompact() };
  try {
    if (sameAnswers(glossary, glossaryFromCompiled(compiled), data)) return compiled;
  } catch {
    // A compact form this build cannot read back: store the data alone.
  }
  return { data };
}

/** The Glossary a compiled form describes. Throws when the stored index does not fit this build's layout. */
export function glossaryFromCompiled(compiled: CompiledGlossary): Glossary {
  if (compiled.phrases === undefined) return new Glossary(compiled.data);
  return new Glossary(compiled.data, { phrases: PhraseIndex.fromCompact(compiled.phrases) });
}

/**
 * A text that mentions a spread of the glossary's entries, so that checking it walks many paths of the trie:
 * names with titles, bodies, terms and their discouraged forms, each in a dated sentence.
 */
export function probeText(data: GlossaryData, samples = 60): string {
  const every = <T>(list: T[]): T[] => list.filter((_, i) => i % Math.max(1, Math.floor(list.length / samples)) === 0);
  const lines: string[] = [];
  const offices = new Map(data.offices.map((o) => [o.id, o]));
  for (const p of every(data.people)) {
    const office = offices.get(p.titles[0]?.office ?? '');
    lines.push(`Ngày 5/3/2025, ${office ? `${office.title} ` : ''}${p.name} phát biểu.`);
  }
  for (const b of every(data.bodies)) lines.push(`Ngày 5/3/2026, ${b.name} họp.`);
  for (const t of every(data.terms)) lines.push(`Về ${t.canonical}, ${t.discouraged?.[0]?.form ?? ''}.`);
  for (const d of every(data.documents)) lines.push(`Theo ${d.kind} số ${d.symbol ?? d.number}.`);
  return lines.join('\n');
}

/** Do two glossaries give the same findings on a probe text of `data`? (A revived index must.) */
export function sameAnswers(a: Glossary, b: Glossary, data: GlossaryData): boolean {
  const text = probeText(data);
  const options = { asOf: '2026-03-10', today: '2026-03-10' };
  const key = (f: Finding[]) => JSON.stringify(f);
  return key(check(text, a, options).findings) === key(check(text, b, options).findings);
}
