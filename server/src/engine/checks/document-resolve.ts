/**
 * Shared by the document-* checks: which known document a citation means, and how well a stated
 * subject fits a document. Numbers restart per term and per kind, so number alone is not unique:
 * symbol, date, issuer and subject narrow the candidates.
 */
import type { Glossary } from '../glossary/glossary';
import { kindKey, overlaps } from '../glossary/glossary';
import type { DocumentEntry } from '../glossary/model';
import type { Citation } from '../match/citations';
import { phraseKey } from '../text/normalize';
import { partialWindow } from '../time/dates';
import { MemoSlot } from '../memo';

const STOP = new Set(
  [
    'về',
    'việc',
    'của',
    'và',
    'các',
    'những',
    'trong',
    'với',
    'cho',
    'để',
    'một',
    'số',
    'là',
    'đến',
    'năm',
    'theo',
    'tại',
    'nhằm',
    'mới',
    'tình',
    'hình',
    'tiếp',
    'tục',
  ].map(phraseKey),
);

export function contentKeys(s: string): string[] {
  return phraseKey(s)
    .split(' ')
    .filter((k) => k && !STOP.has(k) && !/^\d+$/.test(k));
}

/** What a stated subject is compared by: its key, as " a b c ", and its content keys. */
interface Stated {
  key: string;
  mine: string[];
}
/** Drafts cite the same subjects again and again, each scored against many documents: keyed once (bounded). */
const statedByText = new Map<string, Stated>();
function statedKeys(text: string): Stated {
  let value = statedByText.get(text);
  if (!value) {
    if (statedByText.size >= 1024) statedByText.clear();
    statedByText.set(text, (value = { key: ` ${phraseKey(text)} `, mine: contentKeys(text) }));
  }
  return value;
}

/** A document's keywords and content keys, computed once per document. */
interface DocumentKeys {
  keywords: string[];
  theirs: Set<string>;
}
const documentKeys = new WeakMap<DocumentEntry, DocumentKeys>();
function keysOf(doc: DocumentEntry): DocumentKeys {
  let k = documentKeys.get(doc);
  if (!k) {
    k = { keywords: (doc.keywords ?? []).map((kw) => phraseKey(kw)), theirs: new Set(contentKeys(doc.subject)) };
    documentKeys.set(doc, k);
  }
  return k;
}

/** 0..1: how well a stated subject names a document. A keyword found whole counts fully. */
export function subjectScore(text: string, doc: DocumentEntry): number {
  const { key, mine } = statedKeys(text);
  const { keywords, theirs } = keysOf(doc);
  for (const kw of keywords) if (key.includes(` ${kw} `)) return 1;
  if (mine.length === 0) return 0;
  let hit = 0;
  for (const k of mine) if (theirs.has(k)) hit++;
  return hit / mine.length;
}

export const SUBJECT_MATCH = 0.6;

/** The document whose subject best fits the stated one, preferring the cited kind. */
export function bestBySubject(
  glossary: Glossary,
  stated: string,
  kind: string,
  except?: DocumentEntry,
): DocumentEntry | undefined {
  return bestMatch(glossary, stated, kind, except)?.doc;
}

/**
 * Documents that can score at least SUBJECT_MATCH against a stated subject: those sharing a content key with it or
 * having a keyword in it. Found through an index of the glossary's documents, in glossary order, so the best match
 * is the one a scan of every document would choose.
 */
interface SubjectIndex {
  byContent: Map<string, number[]>;
  /** Keywords by their first syllable: [document index, keyword key split]. */
  byKeywordHead: Map<string, [number, string[]][]>;
  /** Documents with a keyword that has no syllable at all (it is in any subject without one). */
  emptyKeyword: number[];
}
const subjectIndexes = new WeakMap<Glossary, SubjectIndex>();
function subjectIndex(glossary: Glossary): SubjectIndex {
  const index = subjectIndexes.get(glossary);
  if (index) return index;
  const made: SubjectIndex = { byContent: new Map(), byKeywordHead: new Map(), emptyKeyword: [] };
  glossary.data.documents.forEach((d, i) => {
    const { keywords, theirs } = keysOf(d);
    for (const k of theirs) push(made.byContent, k, i);
    for (const kw of keywords) {
      const syllables = kw.split(' ').filter(Boolean);
      if (syllables.length === 0) made.emptyKeyword.push(i);
      else push(made.byKeywordHead, syllables[0], [i, syllables]);
    }
  });
  subjectIndexes.set(glossary, made);
  return made;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function candidates(glossary: Glossary, text: string): number[] {
  const index = subjectIndex(glossary);
  const { key, mine } = statedKeys(text);
  const found = new Set<number>();
  for (const k of mine) for (const i of index.byContent.get(k) ?? []) found.add(i);
  const syllables = key.split(' ').filter(Boolean);
  if (syllables.length === 0) for (const i of index.emptyKeyword) found.add(i);
  syllables.forEach((head, at) => {
    for (const [i, kw] of index.byKeywordHead.get(head) ?? [])
      if (kw.every((k, j) => syllables[at + j] === k)) found.add(i);
  });
  return [...found].sort((a, b) => a - b);
}

/** Drafts cite the same documents with the same words again and again: answers are remembered (bounded). */
const bestMatches = new WeakMap<Glossary, Map<string, { doc: DocumentEntry; score: number } | undefined>>();

export function bestMatch(
  glossary: Glossary,
  stated: string,
  kind: string,
  except?: DocumentEntry,
): { doc: DocumentEntry; score: number } | undefined {
  let memo = bestMatches.get(glossary);
  if (!memo) bestMatches.set(glossary, (memo = new Map<string, { doc: DocumentEntry; score: number } | undefined>()));
  const key = `${kindKey(kind)}\u0000${except?.id ?? ''}\u0000${stated}`;
  if (memo.has(key)) return memo.get(key);
  const found = searchBest(glossary, stated, kind, except);
  if (memo.size >= 10_000) memo.clear();
  memo.set(key, found);
  return found;
}

function searchBest(
  glossary: Glossary,
  stated: string,
  kind: string,
  except?: DocumentEntry,
): { doc: DocumentEntry; score: number } | undefined {
  let best: { doc: DocumentEntry; score: number } | undefined;
  for (const i of candidates(glossary, stated)) {
    const d = glossary.data.documents[i];
    if (d === except) continue;
    const score = subjectScore(stated, d);
    const ranked = score + (kindKey(d.kind) === kindKey(kind) ? 0.05 : 0);
    if (
      score >= SUBJECT_MATCH &&
      (!best || ranked > best.score + (kindKey(best.doc.kind) === kindKey(kind) ? 0.05 : 0))
    )
      best = { doc: d, score };
  }
  return best;
}

/** Compare symbols by their letters and digits only: "34/NQ-TW" and "34-NQ/TW" are the same document. */
export function symbolSkeleton(s: string): string {
  return s
    .toUpperCase()
    .replace(/Đ/g, 'D')
    .replace(/TƯ/g, 'TW')
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

export interface Resolution {
  /** Documents of that kind and number. */
  candidates: DocumentEntry[];
  /** The one the citation means, when it can be told. */
  chosen?: DocumentEntry;
}

/** Five document checks ask about the same citations: resolve each once. */
const RESOLUTION = new MemoSlot<Resolution>();

export function resolveCitation(glossary: Glossary, c: Citation): Resolution {
  return RESOLUTION.of(c, () => resolve(glossary, c));
}

function resolve(glossary: Glossary, c: Citation): Resolution {
  let candidates = glossary.documentsByNumber.get(`${kindKey(c.kindCanonical)}|${c.number.text}`) ?? [];
  if (c.symbol) {
    // A symbol names the issuer (and year): 22/NQ-CP is not 22-NQ/TW, 250/2024/QH15 is not 250/2025/QH15.
    const sk = symbolSkeleton(c.symbol.text);
    candidates = candidates.filter((d) => !d.symbol || symbolSkeleton(d.symbol) === sk);
  }
  if (candidates.length <= 1) return { candidates, chosen: candidates[0] };
  let narrowed = candidates;
  if (c.date) {
    const byDate = narrowed.filter((d) => {
      const w = partialWindow(d.date);
      return w && overlaps(w, c.date!.expr.window);
    });
    if (byDate.length) narrowed = byDate;
  }
  if (narrowed.length > 1 && c.issuer) {
    const byIssuer = narrowed.filter((d) => d.issuer === c.issuer!.bodyId);
    if (byIssuer.length) narrowed = byIssuer;
  }
  if (narrowed.length > 1 && c.subject) {
    const bySubject = narrowed.filter((d) => subjectScore(c.subject!.text, d) >= SUBJECT_MATCH);
    if (bySubject.length) narrowed = bySubject;
  }
  return { candidates, chosen: narrowed.length === 1 ? narrowed[0] : undefined };
}

/** "Nghị quyết số 34-NQ/TW" / "Nghị quyết 250/2025/QH15" / "Quy chế 392": how a document is named in messages. */
export function shortCitation(d: DocumentEntry): string {
  return `${d.kind} ${d.symbol ?? d.number}`;
}

export function numberOrSymbol(d: DocumentEntry): string {
  return d.symbol ?? d.number;
}
