/**
 * The glossary, indexed for checking: look-ups by id, the phrase index for one-pass matching,
 * tenures by office for "who holds it on date X". Built once per load, shared by every check.
 */
import { phraseKey } from '../text/normalize';
import { PhraseIndex } from '../match/phrase-index';
import { partialWindow, type DayWindow } from '../time/dates';
import { sectionLength } from './stored-sections';
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
  /** Every written form in one trie; built here, or handed over ready-made from a compiled snapshot. */
  readonly phrases: PhraseIndex;
  /**
   * The look-ups below are built from the data when first read, each from the sections it needs: a glossary read
   * from a snapshot (whose sections are parsed when first read: stored-sections.ts) does no work for a section until
   * a check asks for it. What they hold does not depend on when they are built.
   */
  private byId: Partial<{
    sources: Map<string, Source>;
    bodies: Map<string, Body>;
    offices: OfficeIndex;
    people: PersonIndex;
    documents: DocumentIndex;
    terms: Map<string, Term>;
    enumerations: Map<string, Enumeration>;
  }> = {};
  /** Roles and document kinds repeat across thousands of entries: each is keyed once. */
  private readonly keys = new Map<string, string>();

  constructor(
    readonly data: GlossaryData,
    /** A phrase index built from this very data before (see compiled.ts): adding the forms again is skipped. */
    prebuilt?: { phrases: PhraseIndex },
  ) {
    this.phrases = prebuilt?.phrases ?? new PhraseIndex();
    if (!prebuilt) this.addForms(this.phrases);
  }

  get sources(): Map<string, Source> {
    return (this.byId.sources ??= new Map(this.data.sources.map((s) => [s.id, s])));
  }

  get bodies(): Map<string, Body> {
    return (this.byId.bodies ??= new Map(this.data.bodies.map((b) => [b.id, b])));
  }

  get offices(): Map<string, Office> {
    return this.officeIndex().offices;
  }

  /** Offices by their role key ("bộ trưởng"). */
  get officesByRole(): Map<string, Office[]> {
    return this.officeIndex().byRole;
  }

  /** Office rank: earlier in the files = more senior, used to pick the title to suggest. */
  get officeRank(): Map<string, number> {
    return this.officeIndex().rank;
  }

  get people(): Map<string, Person> {
    return this.personIndex().people;
  }

  /** Holdings per office id. */
  get holdings(): Map<string, Holding[]> {
    return this.personIndex().holdings;
  }

  /** Holdings per person id. */
  get holdingsOf(): Map<string, Holding[]> {
    return this.personIndex().holdingsOf;
  }

  get documents(): Map<string, DocumentEntry> {
    return this.documentIndex().documents;
  }

  /** Documents by kind key + number ("nghị quyết|34"). */
  get documentsByNumber(): Map<string, DocumentEntry[]> {
    return this.documentIndex().byNumber;
  }

  get terms(): Map<string, Term> {
    return (this.byId.terms ??= new Map(this.data.terms.map((t) => [t.id, t])));
  }

  get enumerations(): Map<string, Enumeration> {
    return (this.byId.enumerations ??= new Map(this.data.enumerations.map((e) => [e.id, e])));
  }

  private keyOf(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) this.keys.set(text, (key = phraseKey(text)));
    return key;
  }

  private officeIndex(): OfficeIndex {
    let index = this.byId.offices;
    if (index) return index;
    index = { offices: new Map(), byRole: new Map(), rank: new Map() };
    this.data.offices.forEach((o, i) => {
      index.offices.set(o.id, o);
      index.rank.set(o.id, i);
      push(index.byRole, this.keyOf(o.role), o);
    });
    return (this.byId.offices = index);
  }

  private personIndex(): PersonIndex {
    let index = this.byId.people;
    if (index) return index;
    index = { people: new Map(), holdings: new Map(), holdingsOf: new Map() };
    const offices = this.offices;
    // Tenure dates repeat (a whole cabinet starts on one day): each is read once.
    const windows = new Map<string | undefined, DayWindow | undefined>();
    const windowOf = (date: string | undefined): DayWindow | undefined => {
      let w = windows.get(date);
      if (w === undefined && !windows.has(date)) windows.set(date, (w = partialWindow(date)));
      return w;
    };
    for (const p of this.data.people) {
      index.people.set(p.id, p);
      for (const t of p.titles) {
        const office = offices.get(t.office);
        if (!office) continue;
        const from = windowOf(t.from);
        const to = windowOf(t.to);
        const h: Holding = {
          person: p,
          tenure: t,
          office,
          window: { first: from?.first ?? FAR_PAST, last: to?.last ?? FAR_FUTURE },
          core: { first: from?.last ?? FAR_PAST, last: to?.first ?? FAR_FUTURE },
        };
        push(index.holdings, office.id, h);
        push(index.holdingsOf, p.id, h);
      }
    }
    return (this.byId.people = index);
  }

  private documentIndex(): DocumentIndex {
    let index = this.byId.documents;
    if (index) return index;
    index = { documents: new Map(), byNumber: new Map() };
    for (const d of this.data.documents) {
      index.documents.set(d.id, d);
      push(index.byNumber, `${this.keyOf(d.kind)}|${d.number}`, d);
    }
    return (this.byId.documents = index);
  }

  /** Every written form of every entry, in the order the index has always been built in (it keeps that order). */
  private addForms(phrases: PhraseIndex): void {
    const data = this.data;
    for (const b of data.bodies)
      for (const form of [b.name, ...(b.aliases ?? [])]) phrases.add(form, { type: 'body', id: b.id }, 'any');
    const bodies = this.bodies;
    for (const o of data.offices) {
      for (const form of officeForms(o, o.body ? bodies.get(o.body) : undefined))
        phrases.add(form, { type: 'office', id: o.id });
      phrases.add(o.role, { type: 'role', role: this.keyOf(o.role) });
    }
    for (const p of data.people)
      for (const form of [p.name, ...(p.aliases ?? [])])
        phrases.add(form, p.honorific ? { type: 'honorific', person: p.id } : { type: 'person', id: p.id }, 'all');
    for (const h of data.honorifics) phrases.add(h.form, { type: 'honorific', person: h.person });
    for (const t of data.terms) {
      for (const form of [t.canonical, ...(t.variants ?? [])]) phrases.add(form, { type: 'term', id: t.id });
      (t.discouraged ?? []).forEach((d, index) => {
        phrases.add(d.form, { type: 'discouraged', termId: t.id, index });
      });
    }
    for (const e of data.enumerations) phrases.add(e.head, { type: 'enum-head', id: e.id });
    // Searched and stored compact: the builder's Maps are let go now rather than kept until the first check.
    phrases.toCompact();
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
    const sections = ['people', 'offices', 'bodies', 'documents', 'terms', 'enumerations', 'honorifics'] as const;
    return sections.reduce((sum, s) => sum + sectionLength(this.data, s), 0);
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

interface OfficeIndex {
  offices: Map<string, Office>;
  byRole: Map<string, Office[]>;
  rank: Map<string, number>;
}

interface PersonIndex {
  people: Map<string, Person>;
  holdings: Map<string, Holding[]>;
  holdingsOf: Map<string, Holding[]>;
}

interface DocumentIndex {
  documents: Map<string, DocumentEntry>;
  byNumber: Map<string, DocumentEntry[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
