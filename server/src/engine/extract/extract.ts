/**
 * Extraction: read articles and propose what the glossary does not have yet — people with their titles (the start or
 * end of a tenure when the sentence says so), offices made of a known role and body, numbered documents, quoted
 * terms — each with the sentence it came from, its file and line, its date and a confidence. Nothing is merged.
 *
 * Three readings of every article: with the glossary (documents, terms, offices to propose); with the proposed offices
 * (names the glossary lacks, after a title or a form of address); with those names as bare people, so that the
 * engine's own title linking pairs titles and names. Pure: texts in, proposals out.
 */
import type { CheckOptions } from '../api';
import { analyze, type Analysis } from '../analysis';
import { symbolSkeleton } from '../checks/document-resolve';
import { Glossary, kindKey, overlaps } from '../glossary/glossary';
import type { Office, Person, Source } from '../glossary/model';
import type { MentionTarget } from '../match/phrase-index';
import { phraseKey } from '../text/normalize';
import { statedDate } from '../time/as-of';
import { partialWindow } from '../time/dates';
import { readDocuments } from './documents';
import { evidenceOf, lineStarts, type Article } from './evidence';
import { slug } from './ids';
import { candidateNames, joinShortForeignNames, type CandidateName } from './names';
import { officesToPropose } from './offices';
import { readPeople, type PersonReading } from './people';
import { readTerms } from './terms';
import type { DocumentProposal, Evidence, PersonProposal, Proposal, Sighting, TermProposal } from './types';

export interface ExtractInput {
  /** Shown in the evidence (a path). */
  name: string;
  text: string;
}

export interface ExtractResult {
  /** One source per article that gave a proposal: the entries cite it. */
  sources: Source[];
  proposals: Proposal[];
}

/** Ids of the bare people added for reading: never a glossary id (ids cannot contain "~"). */
const NEW_PERSON = '~';

export function extractProposals(
  inputs: readonly ExtractInput[],
  glossary: Glossary,
  options: CheckOptions = {},
): ExtractResult {
  const sources = inputs.map((input, i) => articleSource(input, i, inputs, glossary));
  const article = (i: number, analysis: Analysis): Article => ({
    name: inputs[i].name,
    original: inputs[i].text,
    analysis,
    source: sources[i].id,
    lines: lineStarts(inputs[i].text),
  });
  const proposals: Proposal[] = [];
  const offices = new Map<string, Office>();
  inputs.forEach((input, i) => {
    const a = article(i, analyze(input.text, glossary, options));
    officesToPropose(a.analysis, glossary, offices);
    proposals.push(...documentProposals(a, glossary), ...termProposals(a));
  });
  const withOffices = offices.size ? extend(glossary, [...offices.values()], []) : glossary;
  const names = new Map<string, CandidateName>();
  for (const input of inputs) candidateNames(analyze(input.text, withOffices, options), withOffices, names);
  joinShortForeignNames(names);
  const newPeople: Person[] = [...names.entries()].map(([key, n]) => ({
    id: `${NEW_PERSON}${key}`,
    name: n.name,
    ...(n.aliases ? { aliases: n.aliases } : {}),
    titles: [],
    sources: [],
  }));
  const reading = newPeople.length ? extend(withOffices, [], newPeople) : withOffices;
  inputs.forEach((input, i) => {
    const a = article(i, analyze(input.text, reading, options));
    // The same words may read as several titles (a Vietnamese office and a foreign role both written "Thủ tướng").
    const readings = new Map<string, PersonReading[]>();
    for (const r of readPeople(a.analysis)) push(readings, `${r.person.start}|${r.title.start}|${r.title.end}`, r);
    for (const group of readings.values()) {
      const p = personProposal(a, group, glossary, reading, offices, names);
      if (p) proposals.push(p);
    }
  });
  const merged = dropRedundant(mergeSightings(proposals));
  for (const p of merged) {
    p.missing = missingFields(p);
    p.confidence = score(p);
  }
  merged.sort(byKindThenConfidence);
  const cited = new Set(merged.map((p) => p.source));
  return { sources: sources.filter((s) => cited.has(s.id)), proposals: merged };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function extend(glossary: Glossary, offices: Office[], people: Person[]): Glossary {
  const d = glossary.data;
  return new Glossary({ ...d, offices: [...d.offices, ...offices], people: [...d.people, ...people] });
}

const FRONT_MATTER_URL = /^---\r?\n[\s\S]*?^(?:source|url|nguồn)\s*:\s*["']?(https?:\/\/[^\s"']+)/imu;

/** The article as a glossary source: its first line as title, its address when the front matter gives one. */
function articleSource(input: ExtractInput, index: number, all: readonly ExtractInput[], glossary: Glossary): Source {
  const baseOf = (name: string) => slug(name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '')) || 'bai';
  const base = /^[a-z]/.test(baseOf(input.name)) ? baseOf(input.name) : `bai-${baseOf(input.name)}`;
  const clash = all.some((other, j) => j !== index && baseOf(other.name) === baseOf(input.name));
  let id = clash ? `${base}-${index + 1}` : base;
  while (glossary.sources.has(id)) id = `${id}-bai`;
  const body = input.text.replace(/^---\r?\n[\s\S]*?\r?\n---\s*\r?\n/, '');
  const lines = body.split('\n').map((l) => l.replace(/^[#>*\s]+/, '').trim());
  // A heading, else the first line that reads as words (not "15:07 | 22/08/2021 GMT+7").
  const firstLine =
    body
      .split('\n')
      .find((l) => /^#\s/.test(l))
      ?.replace(/^#+\s*/, '')
      .trim() ?? lines.find((l) => (l.match(/\p{L}{2,}/gu) ?? []).length >= 4);
  const title = shorten(firstLine ?? input.name, 120);
  const url = FRONT_MATTER_URL.exec(input.text)?.[1];
  const date = statedDate(input.text)?.date;
  return { id, title, file: input.name, ...(url ? { url } : {}), ...(date ? { date } : {}) };
}

/** At most `max` characters, cut at a word. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

function documentProposals(a: Article, glossary: Glossary): DocumentProposal[] {
  return readDocuments(a.analysis, glossary).map((r) => {
    const evidence = evidenceOf(a, r.citation.start, r.end);
    const d = r.document;
    return {
      kind: 'document',
      // The same symbol is used again in another year (36-NQ/TW of 2004 and of 2018): the year is part of the key.
      key: `document|${slug(d.kind)}|${d.number}|${d.symbol ? slug(symbolSkeleton(d.symbol)) : ''}|${d.date?.slice(0, 4) ?? ''}`,
      confidence: 0,
      evidence,
      seen: [{ file: evidence.file, line: evidence.line }],
      missing: [],
      source: a.source,
      document: d,
      sameNumber: r.sameNumber,
    };
  });
}

function termProposals(a: Article): TermProposal[] {
  return readTerms(a.analysis).map((t) => {
    const evidence = evidenceOf(a, t.start, t.end);
    return {
      kind: 'term',
      key: `term|${slug(t.term)}`,
      confidence: 0,
      evidence,
      seen: [{ file: evidence.file, line: evidence.line }],
      missing: [],
      source: a.source,
      term: t.term,
      ...(t.cue ? { cue: t.cue } : {}),
    };
  });
}

function personProposal(
  a: Article,
  group: readonly PersonReading[],
  glossary: Glossary,
  reading: Glossary,
  offices: ReadonlyMap<string, Office>,
  names: ReadonlyMap<string, CandidateName>,
): PersonProposal | undefined {
  const id = group[0].person.target.id;
  const isNew = id.startsWith(NEW_PERSON);
  const person = reading.people.get(id);
  if (!person) return undefined;
  const foreign = isNew ? names.get(id.slice(NEW_PERSON.length))?.foreign === true : person.country !== undefined;
  const known = (r: PersonReading) =>
    covered(glossary, person.id, r.title.target, r.event, evidenceOf(a, r.start, r.end, r.at), foreign);
  if (!isNew && group.some(known)) return undefined;
  // An office of the person's side of the border, else the bare words: a domestic office is no foreigner's title.
  const fitting = group.find(
    (r) => r.title.target.type === 'office' && isForeignOffice(reading, r.title.target.id) === foreign,
  );
  const r = fitting ?? group.find((x) => x.title.target.type === 'role') ?? group[0];
  const officeId =
    fitting && fitting.title.target.type === 'office'
      ? fitting.title.target.id
      : officeOf(reading, r.title.target, foreign);
  const evidence = evidenceOf(a, r.start, r.end, r.at);
  const titleWords = a.analysis.text.norm.slice(r.title.start, r.title.end);
  const personId = isNew ? newPersonId(glossary, person.name) : person.id;
  const newOffice = officeId ? offices.get(officeId) : undefined;
  const kind = isNew ? 'person' : 'tenure';
  return {
    kind,
    key: `${kind}|${personId}|${officeId ?? `role-${slug(titleWords)}`}|${r.event}${r.acting ? '|acting' : ''}`,
    confidence: 0,
    evidence,
    seen: [{ file: evidence.file, line: evidence.line }],
    missing: [],
    source: a.source,
    name: person.name,
    personId,
    title: titleWords,
    ...(officeId ? { officeId } : {}),
    ...(newOffice ? { newOffice } : {}),
    event: r.event,
    ...(r.acting ? { acting: true } : {}),
    ...(r.qualifier ? { qualifier: r.qualifier } : {}),
  };
}

function isForeignOffice(glossary: Glossary, officeId: string): boolean {
  return FOREIGN.has(glossary.bodies.get(glossary.offices.get(officeId)?.body ?? '')?.kind ?? '');
}

function newPersonId(glossary: Glossary, name: string): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; glossary.people.has(id); n++) id = `${base}-${n}`;
  return id;
}

const FOREIGN = new Set(['foreign', 'international']);

/** The office a title names: its own, or the one office its bare role can mean for this person. */
function officeOf(glossary: Glossary, t: MentionTarget, foreignName: boolean): string | undefined {
  if (t.type !== 'role') return undefined;
  const offices = (glossary.officesByRole.get(t.role) ?? []).filter(
    (o) => isForeignOffice(glossary, o.id) === foreignName,
  );
  return offices.length === 1 ? offices[0].id : undefined;
}

/**
 * The glossary already records the person with this title. A start or end the sentence dates must fall in a recorded
 * tenure; a title merely held, or held before, is known as soon as any tenure of it is (a date conflict is the checker's
 * business, not a missing fact). A bare role ("Bộ trưởng") is known when some office of the person's begins with it.
 */
function covered(
  glossary: Glossary,
  personId: string,
  t: MentionTarget,
  event: string,
  evidence: Evidence,
  foreign: boolean,
): boolean {
  const office = t.type === 'office' ? glossary.offices.get(t.id) : undefined;
  // A Vietnamese office read on a foreigner's title (or the reverse) is only its role: "Bộ trưởng Quốc phòng" + X.
  const role =
    t.type === 'role'
      ? t.role
      : office && isForeignOffice(glossary, office.id) !== foreign
        ? phraseKey(office.role)
        : undefined;
  const holdings = (glossary.holdingsOf.get(personId) ?? []).filter((h) =>
    role !== undefined
      ? [h.office.role, h.office.title].some((w) => `${phraseKey(w)} `.startsWith(`${role} `))
      : h.office.id === office?.id || h.office.title === office?.title,
  );
  if (!holdings.length) return false;
  const w = partialWindow(evidence.date);
  if (!w || !DATED.has(event) || evidence.dateFrom !== 'sentence') return true;
  return holdings.some((h) => overlaps(h.window, w));
}

/** The same fact read several times is one proposal; its sightings are listed, its fields completed. */
function mergeSightings(proposals: Proposal[]): Proposal[] {
  const byKey = new Map<string, Proposal>();
  /** Document proposals by kind and number. */
  const byNumber = new Map<string, DocumentProposal[]>();
  const out: Proposal[] = [];
  for (const p of proposals) {
    const numberKey = p.kind === 'document' ? `${slug(p.document.kind)}|${p.document.number}` : '';
    const same =
      byKey.get(p.key) ?? (p.kind === 'document' ? compatibleDocument(byNumber.get(numberKey) ?? [], p) : undefined);
    if (!same) {
      byKey.set(p.key, p);
      out.push(p);
      if (p.kind === 'document') push(byNumber, numberKey, p);
      continue;
    }
    addSightings(same, p.seen);
    if (same.kind === 'document' && p.kind === 'document') {
      // The fullest citation is the evidence; the others fill in what it leaves out.
      const [main, other] = fields(p.document) > fields(same.document) ? [p, same] : [same, p];
      same.document = { ...other.document, ...main.document };
      same.evidence = main.evidence;
    } else if (!same.evidence.date && p.evidence.date) same.evidence = p.evidence;
  }
  for (const p of out) p.seen.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return out;
}

function fields(d: object): number {
  return Object.keys(d).length;
}

/** A citation of the same kind and number that nothing contradicts (symbol, date, issuer) is the same document. */
function compatibleDocument(
  candidates: readonly DocumentProposal[],
  p: DocumentProposal,
): DocumentProposal | undefined {
  const d = p.document;
  return candidates.find((o) => {
    const e = o.document;
    if (kindKey(e.kind) !== kindKey(d.kind) || e.number !== d.number) return false;
    if (e.symbol && d.symbol && symbolSkeleton(e.symbol) !== symbolSkeleton(d.symbol)) return false;
    if (e.issuer && d.issuer && e.issuer !== d.issuer) return false;
    const [we, wd] = [partialWindow(e.date), partialWindow(d.date)];
    return !we || !wd || overlaps(we, wd);
  });
}

/** "file:line" of each proposal's sightings, so that adding one is constant time on a long run. */
const sightingKeys = new WeakMap<Proposal, Set<string>>();

function addSightings(into: Proposal, seen: readonly Sighting[]): void {
  let keys = sightingKeys.get(into);
  if (!keys) sightingKeys.set(into, (keys = new Set(into.seen.map((x) => `${x.file}:${x.line}`))));
  for (const s of seen) {
    const key = `${s.file}:${s.line}`;
    if (keys.has(key)) continue;
    keys.add(key);
    into.seen.push({ file: s.file, line: s.line });
  }
}

const DATED = new Set(['appointed', 'elected', 'left']);

/**
 * For one person and office, a dated start or end says more than "held" or "former": those sightings join it. A bare
 * role ("Bộ trưởng X") joins the person's proposal for a full office with that role.
 */
function dropRedundant(proposals: Proposal[]): Proposal[] {
  const byPerson = new Map<string, PersonProposal[]>();
  for (const p of proposals) if (p.kind === 'person' || p.kind === 'tenure') push(byPerson, p.personId, p);
  const drop = new Set<Proposal>();
  for (const p of [...byPerson.values()].flat()) {
    const better = byPerson
      .get(p.personId)!
      .find(
        (o) =>
          o !== p &&
          !drop.has(o) &&
          o.personId === p.personId &&
          ((p.officeId !== undefined && o.officeId === p.officeId && !DATED.has(p.event) && DATED.has(o.event)) ||
            (p.officeId === undefined && o.officeId !== undefined && sameRole(o, p))),
      );
    if (better) {
      addSightings(better, p.seen);
      drop.add(p);
    }
  }
  return proposals.filter((p) => !drop.has(p));
}

/** Every word of the bare title is in the full one: "Bộ trưởng Quốc phòng" in "Bộ trưởng Bộ Quốc phòng Ấn Độ". */
function sameRole(withOffice: PersonProposal, bare: PersonProposal): boolean {
  const full = new Set(phraseKey(withOffice.title).split(' '));
  return phraseKey(bare.title)
    .split(' ')
    .every((w) => full.has(w));
}

/**
 * 0..1, from what makes a reading trustworthy: a title that names one office, a verb or modifier that explains the
 * tenure, a dated statement, a citation with symbol, date, issuer and subject, a term introduced as such, and the
 * same fact read more than once. The weights are documented in docs/extract.md, with the precision they gave.
 */
function score(p: Proposal): number {
  const again = p.seen.length >= 4 ? 0.15 : p.seen.length >= 2 ? 0.1 : 0;
  let c: number;
  switch (p.kind) {
    case 'person':
    case 'tenure':
      c = 0.5 + again;
      c += p.officeId ? (p.newOffice ? 0.1 : 0.2) : -0.1;
      if (p.event !== 'holds') c += 0.1;
      if (!p.evidence.date) c -= 0.05;
      break;
    case 'document': {
      const d = p.document;
      c = 0.4 + again / 2 + (d.symbol ? 0.2 : 0) + (d.date ? 0.1 : 0) + (d.issuer ? 0.1 : 0) + (d.subject ? 0.1 : 0);
      if (p.sameNumber.length) c -= 0.15;
      break;
    }
    case 'term':
      c = 0.35 + (p.cue ? 0.25 : 0) + (new Set(p.seen.map((s) => s.file)).size >= 2 ? 0.15 : 0);
      break;
  }
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}

/** What a glossary entry needs that the text did not say. */
function missingFields(p: Proposal): string[] {
  switch (p.kind) {
    case 'person':
    case 'tenure':
      return personMissing(p);
    case 'document':
      return ['issuer', 'date', 'subject'].filter((f) => !(f in p.document));
    case 'term':
      return ['definition', ...(p.cue ? [] : ['category'])];
  }
}

function personMissing(p: PersonProposal): string[] {
  const missing: string[] = [];
  if (!p.officeId) missing.push('office');
  const dated = p.evidence.dateFrom === 'sentence';
  if (p.event === 'appointed' || p.event === 'elected') {
    if (!dated) missing.push('from');
  } else if (p.event === 'left') {
    if (!dated) missing.push('to');
  } else missing.push('from', 'to');
  return missing;
}

const KIND_ORDER: Proposal['kind'][] = ['person', 'tenure', 'document', 'term'];

function byKindThenConfidence(a: Proposal, b: Proposal): number {
  return (
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    b.confidence - a.confidence ||
    a.evidence.file.localeCompare(b.evidence.file) ||
    a.evidence.line - b.evidence.line
  );
}
