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
}

const cache = new WeakMap<Glossary, IndexedKey[]>();

export function completionIndex(glossary: Glossary): IndexedKey[] {
  let keys = cache.get(glossary);
  if (keys) return keys;
  keys = [];
  const add = (text: string, kind: CompletionKind, id: string, office?: string) =>
    keys.push({ key: foldKey(text), kind, id, office });
  for (const d of glossary.data.documents) {
    const sym = d.symbol ?? d.number;
    for (const k of [
      `${d.kind} ${d.number}`,
      `${d.kind} số ${d.number}`,
      `${d.kind} ${sym}`,
      `${d.kind} số ${sym}`,
      sym,
      d.subject.replace(/^về\s+/iu, ''),
    ])
      add(k, 'document', d.id);
  }
  for (const p of glossary.data.people) {
    for (const n of [p.name, ...(p.aliases ?? [])]) add(n, 'person', p.id);
    for (const h of glossary.holdingsOf.get(p.id) ?? [])
      for (const f of [h.office.title, ...(h.office.forms ?? [])]) add(`${f} ${p.name}`, 'person', p.id, h.office.id);
  }
  for (const o of glossary.data.offices) for (const f of [o.title, ...(o.forms ?? [])]) add(f, 'office', o.id);
  for (const b of glossary.data.bodies) for (const f of [b.name, ...(b.aliases ?? [])]) add(f, 'body', b.id);
  for (const t of glossary.data.terms) for (const f of [t.canonical, ...(t.variants ?? [])]) add(f, 'term', t.id);
  keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  cache.set(glossary, keys);
  return keys;
}

/** All keys starting with prefix. */
export function withPrefix(keys: IndexedKey[], prefix: string, limit = 200): IndexedKey[] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid].key < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: IndexedKey[] = [];
  for (let i = lo; i < keys.length && keys[i].key.startsWith(prefix) && out.length < limit; i++) out.push(keys[i]);
  return out;
}
