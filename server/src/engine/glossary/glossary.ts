/**
 * The glossary, indexed for checking: look-ups by id, the phrase index for one-pass matching,
 * tenures by office for "who holds it on date X". Built once per load, shared by every check.
 */
import { phraseKey } from '../text/normalize';
import { PhraseIndex } from '../match/phrase-index';
import { partialWindow, type DayWindow } from '../time/dates';
import type { Body, DocumentEntry, Enumeration, GlossaryData, Office, Person, Source, Tenure, Term } from './model';

export interface Holding {
  person: Person;
  tenure: Tenure;
  /** Earliest possible start and latest possible end (open end = far future). */
  window: DayWindow;
  /** Latest possible start and earliest possible end: certainly held inside this. */
  core: DayWindow;
  office: Office;
}

const FAR_PAST = -1_000_000;
const FAR_FUTURE = 1_000_000;

/** Party documents are cited without "số" and with a kind word; map words to a stable key. */
export function kindKey(kind: string): string {
  return phraseKey(kind);
}

export class Glossary {
  readonly people = new Map<string, Person>();
  readonly offices = new Map<string, Office>();
  readonly bodies = new Map<string, Body>();
  readonly documents = new Map<string, DocumentEntry>();
  readonly terms = new Map<string, Term>();
  readonly enumerations = new Map<string, Enumeration>();
  readonly sources = new Map<string, Source>();
  /** Every written form in one trie; built here, or handed over ready-made from a compiled snapshot. */
  readonly phrases: PhraseIndex;
  /** Offices by their role key ("bộ trưởng"). */
  readonly officesByRole = new Map<string, Office[]>();
  /** Documents by kind key + number ("nghị quyết|34"). */
  readonly documentsByNumber = new Map<string, DocumentEntry[]>();
  /** Holdings per office id. */
  readonly holdings = new Map<string, Holding[]>();
  /** Holdings per person id. */
  readonly holdingsOf = new Map<string, Holding[]>();
  /** Office rank: earlier in the files = more senior, used to pick the title to suggest. */
  readonly officeRank = new Map<string, number>();

  constructor(
    readonly data: GlossaryData,
    /** A phrase index built from this very data before (see compiled.ts): adding the forms again is skipped. */
    prebuilt?: { phrases: PhraseIndex },
  ) {
    this.phrases = prebuilt?.phrases ?? new PhraseIndex();
    const phrases = prebuilt ? undefined : this.phrases;
    // Roles and document kinds repeat across thousands of entries: each is keyed once.
    const keys = new Map<string, string>();
    const keyOf = (text: string): string => {
      let key = keys.get(text);
      if (key === undefined) keys.set(text, (key = phraseKey(text)));
      return key;
    };
    for (const s of data.sources) this.sources.set(s.id, s);
    for (const b of data.bodies) {
      this.bodies.set(b.id, b);
      for (const form of [b.name, ...(b.aliases ?? [])]) phrases?.add(form, { type: 'body', id: b.id }, 'any');
    }
    data.offices.forEach((o, i) => {
      this.offices.set(o.id, o);
      this.officeRank.set(o.id, i);
      if (phrases)
        for (const form of officeForms(o, o.body ? this.bodies.get(o.body) : undefined))
          phrases.add(form, { type: 'office', id: o.id });
      const rk = keyOf(o.role);
      phrases?.add(o.role, { type: 'role', role: rk });
      const list = this.officesByRole.get(rk) ?? [];
      list.push(o);
      this.officesByRole.set(rk, list);
    });
    for (const p of data.people) {
      this.people.set(p.id, p);
      for (const form of [p.name, ...(p.aliases ?? [])])
        phrases?.add(form, p.honorific ? { type: 'honorific', person: p.id } : { type: 'person', id: p.id }, 'all');
      for (const t of p.titles) {
        const office = this.offices.get(t.office);
        if (!office) continue;
        const from = partialWindow(t.from);
        const to = partialWindow(t.to);
        const h: Holding = {
          person: p,
          tenure: t,
          office,
          window: { first: from?.first ?? FAR_PAST, last: to?.last ?? FAR_FUTURE },
          core: { first: from?.last ?? FAR_PAST, last: to?.first ?? FAR_FUTURE },
        };
        push(this.holdings, office.id, h);
        push(this.holdingsOf, p.id, h);
      }
    }
    for (const h of data.honorifics) phrases?.add(h.form, { type: 'honorific', person: h.person });
    for (const d of data.documents) {
      this.documents.set(d.id, d);
      push(this.documentsByNumber, `${keyOf(d.kind)}|${d.number}`, d);
    }
    for (const t of data.terms) {
      this.terms.set(t.id, t);
      for (const form of [t.canonical, ...(t.variants ?? [])]) phrases?.add(form, { type: 'term', id: t.id });
      (t.discouraged ?? []).forEach((d, index) => {
        phrases?.add(d.form, { type: 'discouraged', termId: t.id, index });
      });
    }
    for (const e of data.enumerations) {
      this.enumerations.set(e.id, e);
      phrases?.add(e.head, { type: 'enum-head', id: e.id });
    }
    // Searched and stored compact: the builder's Maps are let go now rather than kept until the first check.
    phrases?.toCompact();
  }

  /** Who holds an office at some point of the window (certainly or possibly). */
  holdersOn(officeId: string, window: DayWindow): Holding[] {
    return (this.holdings.get(officeId) ?? []).filter((h) => overlaps(h.window, window));
  }

  /** The person's holdings at some point of the window, most senior office first. */
  titlesOn(personId: string, window: DayWindow): Holding[] {
    return (this.holdingsOf.get(personId) ?? [])
      .filter((h) => overlaps(h.window, window))
      .sort((a, b) => (this.officeRank.get(a.office.id) ?? 0) - (this.officeRank.get(b.office.id) ?? 0));
  }

  bodyName(id: string | undefined): string {
    return (id && this.bodies.get(id)?.name) || '';
  }

  /** Entries a user would think of as "in the glossary" (sources are not entries). */
  entryCount(): number {
    const d = this.data;
    return (
      d.people.length +
      d.offices.length +
      d.bodies.length +
      d.documents.length +
      d.terms.length +
      d.enumerations.length +
      d.honorifics.length
    );
  }
}

/**
 * How an office is written: its title and listed forms, the role followed by the body's name or any alias
 * ("Bộ trưởng" + "Bộ Công Thương"), and for ministries the role followed by the name without "Bộ" ("Bộ trưởng Công
 * Thương"). Foreign offices keep to their listed forms: "Thủ tướng" + a bare country name is often another phrase.
 */
export function officeForms(o: Office, body: Body | undefined): string[] {
  const forms = [o.title, ...(o.forms ?? [])];
  if (!body) return forms;
  for (const name of [body.name, ...(body.aliases ?? [])]) {
    if (/^[A-ZĐ&]+$/u.test(name)) continue; // abbreviations ("BNG") are not written after a role
    forms.push(`${o.role} ${name}`);
    const bare = /^Bộ\s+(.+)$/u.exec(name);
    if (bare && body.kind === 'ministry') forms.push(`${o.role} ${bare[1]}`);
  }
  return [...new Set(forms)];
}

/** The title as written for this holding: an acting tenure is "Quyền …". */
export function titleOf(h: Holding): string {
  return h.tenure.acting ? `Quyền ${h.office.title}` : h.office.title;
}

export function overlaps(a: DayWindow, b: DayWindow): boolean {
  return a.first <= b.last && b.first <= a.last;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
