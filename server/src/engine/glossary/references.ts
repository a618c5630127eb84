/** Cross-reference checks the JSON Schema cannot express: every id an entry names must exist. */
import type { GlossaryData } from './model';

export interface ReferenceProblem {
  /** The entry that holds the dangling reference. */
  id: string;
  message: string;
}

export function checkReferences(data: GlossaryData): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  const bodies = ids(data.bodies);
  const offices = ids(data.offices);
  const people = ids(data.people);
  const documents = ids(data.documents);
  const sources = ids(data.sources);
  const need = (owner: string, kind: string, set: Set<string>, ref: string | undefined) => {
    if (ref !== undefined && !set.has(ref)) problems.push({ id: owner, message: `${owner}: unknown ${kind} "${ref}"` });
  };
  const needSources = (owner: string, refs: string[] | undefined) => {
    for (const r of refs ?? []) if (!/^https?:\/\//.test(r)) need(owner, 'source', sources, r);
  };
  for (const b of data.bodies) {
    for (const s of b.successors ?? []) need(b.id, 'body', bodies, s);
    needSources(b.id, b.sources);
    for (const c of b.issuerCodes ?? []) needSources(b.id, c.sources);
  }
  for (const o of data.offices) {
    need(o.id, 'body', bodies, o.body);
    needSources(o.id, o.sources);
  }
  for (const p of data.people) {
    for (const t of p.titles) {
      need(p.id, 'office', offices, t.office);
      needSources(p.id, t.sources);
    }
    needSources(p.id, p.sources);
  }
  for (const d of data.documents) {
    need(d.id, 'body', bodies, d.issuer);
    need(d.id, 'document', documents, d.supersededBy);
    for (const s of d.supersedes ?? []) need(d.id, 'document', documents, s);
    needSources(d.id, d.sources);
  }
  for (const t of data.terms) needSources(t.id, t.sources);
  for (const e of data.enumerations) needSources(e.id, e.sources);
  for (const h of data.honorifics) need(h.form, 'person', people, h.person);
  return problems;
}
