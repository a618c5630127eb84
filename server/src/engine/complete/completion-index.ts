/**
 * Diacritic-folded keys of everything that can be completed, sorted so a prefix is found by binary
 * search: typing "to lam", "tong bi thu" or "nghi quyet 34" costs O(log n) in the glossary size.
 * Built once per glossary and cached.
 */
import type { CompletionKind } from '../api';
import type { Glossary } from '../glossary/glossary';
import { foldKey } from '../text/normalize';

export interface IndexedKey {
  key: string;
  kind: CompletionKind;
  id: string;
  /** For "title + name" keys of a person: the office typed. */
  office?: string;
  /** The entry's number in this index (one per kind and id, from 0): entries found are told apart without strings. */
  entry: number;
}

const cache = new WeakMap<Glossary, IndexedKey[]>();

export function completionIndex(glossary: Glossary): IndexedKey[] {
  let keys = cache.get(glossary);
  if (keys) return keys;
  keys = [];
  // Folding is per character, so a title's fold is reused for every holder ("giam doc so … " + name). Only what
  // repeats (titles, document kinds) is kept: names and subjects are nearly all different, and keeping them in the map
  // costs about what folding them does (the build took about 10 % less CPU without).
  const folded = new Map<string, string>();
  const foldOften = (text: string): string => {
    let key = folded.get(text);
    if (key === undefined) folded.set(text, (key = foldKey(text)));
    return key;
  };
  const fold = foldKey;
  // Each loop below visits one entry per turn (ids are unique within a section), which is numbered as it is visited.
  let entry = -1;
  const add = (key: string, kind: CompletionKind, id: string, office?: string) =>
    keys.push(office === undefined ? { key, kind, id, entry } : { key, kind, id, office, entry });
  for (const d of glossary.data.documents) {
    entry++;
    const sym = fold(d.symbol ?? d.number);
    const kind = foldOften(d.kind);
    const num = fold(d.number);
    for (const k of [`${kind} ${num}`, `${kind} so ${num}`, `${kind} ${sym}`, `${kind} so ${sym}`, sym])
      add(k, 'document', d.id);
    add(fold(d.subject.replace(/^về\s+/iu, '')), 'document', d.id);
  }
  for (const p of glossary.data.people) {
    entry++;
    const name = fold(p.name);
    add(name, 'person', p.id);
    for (const alias of p.aliases ?? []) add(fold(alias), 'person', p.id);
    for (const h of glossary.holdingsOf.get(p.id) ?? [])
      for (const f of [h.office.title, ...(h.office.forms ?? [])])
        add(`${foldOften(f)} ${name}`, 'person', p.id, h.office.id);
  }
  for (const o of glossary.data.offices) {
    entry++;
    for (const f of [o.title, ...(o.forms ?? [])]) add(foldOften(f), 'office', o.id);
  }
  for (const b of glossary.data.bodies) {
    entry++;
    for (const f of [b.name, ...(b.aliases ?? [])]) add(fold(f), 'body', b.id);
  }
  for (const t of glossary.data.terms) {
    entry++;
    for (const f of [t.canonical, ...(t.variants ?? [])]) add(fold(f), 'term', t.id);
  }
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // The look-ups a completion reads are built on first use (a glossary from the cache parses each section when first
  // asked): build them with the index, so the one slow request is this one and not each first request of a kind
  // (documents and the bodies that issued them cost about 20 ms with 50,000 entries).
  for (const lookup of [glossary.documents, glossary.bodies, glossary.terms, glossary.people]) void lookup.has('');
  cache.set(glossary, keys);
  return keys;
}

/** Where the keys starting with prefix begin (binary search); they run on while `keys[i].key.startsWith(prefix)`. */
export function firstWithPrefix(keys: readonly IndexedKey[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid].key < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
