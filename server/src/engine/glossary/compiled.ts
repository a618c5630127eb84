/**
 * The compiled glossary: validated, merged data plus every index built from it — the Glossary's own fields (maps by
 * id, holdings, …) and the phrase index — as plain data that the file-system side stores with a structured clone
 * (server/src/node/glossary-cache.ts), which keeps shared objects shared. Reading it back skips YAML, the schema,
 * merging, reference checks and all the indexing: nothing is rebuilt.
 *
 * The indexes are stored only when they are plain data (plain-data.ts) and a Glossary revived from them answers
 * like the original (`sameAnswers`, on a probe text); otherwise only the data is stored and the indexes are built
 * again on load, which is slower but right.
 */
import type { Finding } from '../api';
import { check } from '../check';
import { PhraseIndex } from '../match/phrase-index';
import { Glossary } from './glossary';
import type { GlossaryData } from './model';
import { emptyGlossaryData } from './parse';
import { instanceFields, reviveInstance } from './plain-data';

export interface CompiledGlossary {
  data: GlossaryData;
  /** The phrase index's own fields, absent when they could not be stored. */
  phrases?: Record<string, unknown>;
  /** The Glossary's other own fields (its indexes; the data among them), absent when they could not be stored. */
  glossary?: Record<string, unknown>;
}

export function compileGlossary(glossary: Glossary): CompiledGlossary {
  const data = glossary.data;
  const phrases = instanceFields(glossary.phrases);
  if (!phrases) return { data };
  // Its own fields, but the phrase index, which is stored (and revived) as an instance of its own class.
  const own = Object.fromEntries(Object.entries(glossary).filter(([key]) => key !== 'phrases'));
  const fields = instanceFields(own);
  // The most that revives into a Glossary answering like this one: all indexes, or the phrase index alone.
  for (const compiled of fields
    ? [
        { data, phrases, glossary: fields },
        { data, phrases },
      ]
    : [{ data, phrases }]) {
    try {
      if (sameAnswers(glossary, glossaryFromCompiled(compiled), data)) return compiled;
    } catch {
      // Fields that do not revive (hidden state in the class): try with less.
    }
  }
  return { data };
}

/** The Glossary a compiled form describes. Throws when the stored indexes do not fit this build's classes. */
export function glossaryFromCompiled(compiled: CompiledGlossary): Glossary {
  if (compiled.phrases === undefined) return new Glossary(compiled.data);
  const phrases = reviveInstance(compiled.phrases, new PhraseIndex());
  if (compiled.glossary === undefined) return new Glossary(compiled.data, { phrases });
  return reviveInstance({ ...compiled.glossary, phrases }, new Glossary(emptyGlossaryData()));
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
