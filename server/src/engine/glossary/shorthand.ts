/**
 * What a team may leave out of a glossary file, filled in. A team adds the names and terms it meets in its drafts
 * and rarely keeps a sources section, so a file (after schema validation) may:
 * - give a source where it is used: `source: https://…`, `source: { url, date }` or `source: { file: drafts/x.md }`,
 *   alone or in `sources: [ … ]` beside source ids; each inline source becomes a source entry with an id of its own;
 * - leave out `sources` (the facts are then unconfirmed: information at most, never an error) and `confidence`
 *   (unconfirmed without a source, partly-confirmed with one: nobody said it was checked);
 * - leave out a person's or a term's id (the name without diacritics, as the bundled ids are made, so a team entry
 *   for a bundled person extends that person), a document's status (unknown), a term's definition and category;
 * - name a tenure's office by its written title (resolved after all files are merged: `resolveOfficeTitles`).
 * Pure: no I/O. The bundled glossary writes everything out (test/glossary checks that).
 */
import { foldKey, phraseKey } from '../text/normalize';
import { officeForms } from './glossary';
import type { Confidence, GlossaryData, GlossaryFile, Source, SourceRef } from './model';

/** A source as a file may write it: an id, a URL, or inline. */
export type SourceItem = SourceRef | InlineSource;

export interface InlineSource {
  url?: string;
  file?: string;
  title?: string;
  outlet?: string;
  date?: string;
  dateSource?: Source['dateSource'];
}

/** Fields an entry may carry for its sources before expansion. */
interface Sourced {
  source?: SourceItem;
  sources?: SourceItem[];
  confidence?: Confidence;
}

/** Category given to a term whose file names none (shown in hover and completion). */
export const UNCLASSIFIED = 'chưa phân loại';

/** "Nguyễn Văn An" → "nguyen-van-an": the id convention of glossary/README.md. */
export function slugId(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * One validated file → the full model. Inline sources are appended to the file's `sources` section (their ids are
 * derived from their content, so the same inline source in two files is one source).
 */
export function expandShorthand(file: Record<string, unknown>): GlossaryFile {
  const out = { ...file } as Record<string, unknown[] | undefined>;
  const generated: Source[] = [];
  const generatedIds = new Set<string>();
  const refs = (e: Sourced): SourceRef[] => {
    // Most entries list one source id, or a few distinct ones: copied as they are (a new list all the same).
    if (e.source === undefined && (e.sources === undefined || plainIds(e.sources))) return e.sources?.slice() ?? [];
    const items = [...(e.sources ?? []), ...(e.source !== undefined ? [e.source] : [])];
    return [
      ...new Set(
        items.map((item) => (typeof item === 'string' ? item : inlineSourceId(item, generated, generatedIds))),
      ),
    ];
  };
  /** Sources and confidence of a fact: without a source it is unconfirmed, whatever the file says. */
  const confidenceOf = (e: Sourced, sources: SourceRef[]): Confidence =>
    sources.length === 0 ? 'unconfirmed' : (e.confidence ?? 'partly-confirmed');
  const fact = <T extends Sourced>(e: T) => {
    const sources = refs(e);
    return { ...withoutSource(e), sources, confidence: confidenceOf(e, sources) };
  };
  const plain = <T extends Sourced>(e: T) => ({ ...withoutSource(e), sources: refs(e) });
  const map = (section: string, fn: (e: Record<string, unknown>) => unknown) => {
    const list = file[section];
    if (Array.isArray(list)) out[section] = list.map((e) => fn(e as Record<string, unknown>));
  };

  map('bodies', (b) => {
    const body = fact(b as Sourced);
    const codes = b.issuerCodes as Array<Record<string, unknown>> | undefined;
    return codes ? { ...body, issuerCodes: codes.map((c) => plain(c as Sourced)) } : body;
  });
  map('offices', (o) => plain(o as Sourced));
  // Entries are copied once: the fields filled in follow in one literal (the same order of keys as adding them after).
  map('people', (p) => {
    const titles = (p.titles as Array<Record<string, unknown>> | undefined) ?? [];
    return {
      ...withoutSource(p as Sourced),
      sources: refs(p),
      id: (p.id as string | undefined) ?? slugId(p.name as string),
      titles: titles.map((t) => fact(t as Sourced)),
    };
  });
  map('documents', (d) => {
    const sources = refs(d);
    const confidence = confidenceOf(d, sources);
    return {
      ...withoutSource(d as Sourced),
      sources,
      confidence,
      status: (d.status as string | undefined) ?? 'unknown',
    };
  });
  map('terms', (t) => ({
    ...withoutSource(t as Sourced),
    sources: refs(t),
    id: (t.id as string | undefined) ?? slugId(t.canonical as string),
    definition: (t.definition as string | undefined) ?? '',
    category: (t.category as string | undefined) ?? UNCLASSIFIED,
  }));
  map('enumerations', (e) => plain(e as Sourced));
  if (generated.length) out.sources = [...((file.sources as unknown[] | undefined) ?? []), ...generated];
  return out;
}

/** The entry without its `source` field: itself when it has none (the caller copies it anyway). */
function withoutSource<T extends Sourced>(e: T): Omit<T, 'source'> {
  if (!('source' in e)) return e;
  const copy = { ...e };
  delete copy.source;
  return copy;
}

/** Source ids only, none twice (the usual short list), so they need no set to be unique. */
function plainIds(items: SourceItem[]): items is SourceRef[] {
  if (items.length > 8) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item !== 'string') return false;
    for (let j = 0; j < i; j++) if (items[j] === item) return false;
  }
  return true;
}

/** A stable id for an inline source: the same address, file, date and title always give the same id. */
function inlineSourceId(s: InlineSource, generated: Source[], generatedIds: Set<string>): string {
  const id = `inline-${fnv1a([s.url ?? '', s.file ?? '', s.date ?? '', s.title ?? ''].join('\u0000'))}`;
  // A set beside the list: a team file with a source per entry would otherwise compare every pair.
  if (!generatedIds.has(id)) {
    generatedIds.add(id);
    const source: Source = { id, title: s.title ?? s.url ?? s.file ?? id };
    if (s.outlet) source.outlet = s.outlet;
    if (s.url) source.url = s.url;
    if (s.file) source.file = s.file;
    if (s.date) source.date = s.date;
    if (s.dateSource) source.dateSource = s.dateSource;
    generated.push(source);
  }
  return id;
}

/** 32-bit FNV-1a as 8 hex digits: short, stable ids; a collision would only merge two identical-looking sources. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Tenures whose office is written as a title ("Thứ trưởng Bộ Ngoại giao") get the id of the office with that title
 * or listed form, compared as phrases (case and tone placement do not matter). Run once all files are merged: a team
 * file may name an office another file defines. A title no office has is left as written, so the reference check
 * reports it with the entry's file and line.
 */
export function resolveOfficeTitles(data: GlossaryData): void {
  const ids = new Set(data.offices.map((o) => o.id));
  let byTitle: Map<string, string> | undefined;
  for (const p of data.people) {
    for (const t of p.titles) {
      if (ids.has(t.office)) continue;
      byTitle ??= officesByTitle(data);
      const id = byTitle.get(phraseKey(t.office));
      if (id) t.office = id;
    }
  }
}

/** Every written form of every office (its title, listed forms and the forms derived from its body's names). */
function officesByTitle(data: GlossaryData): Map<string, string> {
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const out = new Map<string, string>();
  for (const o of data.offices)
    for (const form of officeForms(o, o.body ? bodies.get(o.body) : undefined))
      if (!out.has(phraseKey(form))) out.set(phraseKey(form), o.id);
  return out;
}
