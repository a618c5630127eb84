/**
 * Completion while typing, without diacritics if the writer likes: the last few syllables before
 * the cursor are folded and looked up as a prefix. A person is offered with the title valid on
 * the as-of date; a document inserts its full citation.
 */
import type { CheckOptions, CompletionCandidate, CompletionKind, Locale } from '../api';
import { titleOf, type Glossary, type Holding } from '../glossary/glossary';
import { prepareText } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { resolveAsOf } from '../time/as-of';
import { isoToDay } from '../time/dates';
import { foldKey } from '../text/normalize';
import { formatCitation } from '../format/citation';
import {
  describeBody,
  describeDocument,
  describeOffice,
  describePerson,
  describeTerm,
  type DescribeContext,
} from '../hover/describe';
import { completionIndex, firstWithPrefix, type IndexedKey } from './completion-index';

const MAX_SYLLABLES = 8;
/** Characters before the cursor that can hold what is being typed (MAX_SYLLABLES syllables and then some). */
const TYPED_WINDOW = 256;
/**
 * Candidates returned at most, best ranked first. An editor shows a dozen; the writer narrows by typing. With a
 * large glossary a short prefix matches hundreds of entries, and describing each (the documentation markdown)
 * was most of the cost: only the candidates kept are described.
 */
export const MAX_CANDIDATES = 40;
/** Index keys read for one query at most (sorted by key, so the first ones in alphabetical order). */
const MAX_HITS = 200;

/** Documents first (the longest thing to type), then people who hold a title on the date (ours before foreign ones). */
function rank(kind: CompletionKind, hasTitle: boolean, foreign: boolean): number {
  switch (kind) {
    case 'document':
      return 0;
    case 'person':
      return hasTitle ? (foreign ? 2 : 1) : 4;
    case 'office':
      return 3;
    case 'body':
      return 5;
    case 'term':
      return 6;
  }
}
const WORST_RANK = 6;

/**
 * The entries found for one query, each at its first key: the rank of its candidates and the place of the first in
 * index order (what sorting every candidate by its sortKey used), by the key's place after the first key found. A
 * request fills these arrays again instead of making an object per key; `count` is how many candidates they give.
 */
const found = { rank: new Int8Array(MAX_HITS), first: new Int32Array(MAX_HITS), count: 0 };
const NOT_OFFERED = -1;
/** Entries already found in the current query: seen[entry] === stamp (a new stamp per query, nothing to clear). */
let seen = new Int32Array(1024);
let stamp = 0;

/** Fills `found` for the keys [start, end) of the index: a person's rank needs only the titles held on the date. */
function rankHits(ctx: DescribeContext, keys: readonly IndexedKey[], start: number, end: number): void {
  if (stamp === 0x7fffffff) [seen, stamp] = [new Int32Array(seen.length), 0];
  stamp++;
  found.count = 0;
  for (let i = start; i < end; i++) {
    const key = keys[i];
    found.rank[i - start] = NOT_OFFERED;
    if (key.entry >= seen.length) {
      const grown = new Int32Array(Math.max(key.entry + 1, seen.length * 2));
      grown.set(seen);
      seen = grown;
    }
    if (seen[key.entry] === stamp) continue;
    seen[key.entry] = stamp;
    if (key.kind !== 'person') {
      found.rank[i - start] = rank(key.kind, false, false);
      found.first[i - start] = found.count++;
      continue;
    }
    const now = titlesNow(ctx, key.id);
    if (key.office !== undefined && !holds(now, key.office)) continue;
    const foreign = !!ctx.glossary.people.get(key.id)?.country;
    found.rank[i - start] = rank('person', now.length > 0, foreign);
    found.first[i - start] = found.count;
    found.count += personCandidateCount(now);
  }
}

/** What a completion request answers: the best candidates, and whether more matched than were kept. */
export interface CandidateList {
  candidates: CompletionCandidate[];
  /**
   * More candidates matched than were kept (or the prefix matched more index keys than were read): the editor should
   * ask again as the writer types instead of filtering this list (LSP `isIncomplete`).
   */
  incomplete: boolean;
  /** The as-of day the candidates were made for (what a later description must use). */
  asOfDay: number;
}

/**
 * Candidates with their documentation (the engine's API, the CLI and tests). An editor asks for the list with
 * `completeList(…, { documentation: false })` and for one candidate's documentation with `describeCandidate`.
 */
export function complete(
  text: string,
  offset: number,
  glossary: Glossary,
  options: CheckOptions = {},
): CompletionCandidate[] {
  return completeList(text, offset, glossary, options).candidates;
}

export function completeList(
  text: string,
  offset: number,
  glossary: Glossary,
  options: CheckOptions = {},
  how: { documentation?: boolean } = {},
): CandidateList {
  const locale: Locale = options.locale ?? 'vi';
  const none = (asOfDay = 0): CandidateList => ({ candidates: [], incomplete: false, asOfDay });
  // What is being typed is the end of the line, a few syllables: only the last characters before the cursor are read,
  // whatever the length of the line (a single-line document of megabytes, a file with CR line endings).
  const windowStart = Math.max(0, offset - TYPED_WINDOW);
  const before = text.slice(windowStart, offset);
  const lineBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const lineStart = windowStart + lineBreak + 1;
  const line = prepareText(text.slice(lineStart, offset));
  const tokens = tokenize(line.norm);
  // Cut inside a line: the first syllable may be cut too, so it is not part of what is being typed.
  if (lineBreak < 0 && windowStart > 0) tokens.shift();
  if (tokens.length === 0) return none();
  const cursor = line.norm.length;
  // After punctuation or several spaces: nothing is being typed.
  if (cursor - tokens[tokens.length - 1].end > 1) return none();
  const asOfDay = isoToDay(resolveAsOf(text, options).date);
  const ctx = { glossary, locale, asOfDay };
  const keys = completionIndex(glossary);

  for (let k = Math.min(MAX_SYLLABLES, tokens.length); k >= 1; k--) {
    const from = tokens[tokens.length - k].start;
    const query = foldKey(line.norm.slice(from, cursor));
    if (query.trim().length < 2) continue;
    const start = firstWithPrefix(keys, query);
    let end = start;
    while (end < keys.length && end - start <= MAX_HITS && keys[end].key.startsWith(query)) end++;
    if (end === start) continue;
    const moreKeys = end - start > MAX_HITS;
    if (moreKeys) end = start + MAX_HITS;
    rankHits(ctx, keys, start, end);
    const replaceStart = lineStart + line.toOriginal(from);
    const memo = memoOf(glossary);
    const candidates: CompletionCandidate[] = [];
    // Best rank first, in index order within a rank (what sorting every candidate by its sortKey gave): only the
    // candidates kept are made.
    for (let r = 0; r <= WORST_RANK && candidates.length < MAX_CANDIDATES; r++)
      for (let i = start; i < end && candidates.length < MAX_CANDIDATES; i++) {
        if (found.rank[i - start] !== r) continue;
        const key = keys[i];
        const first = found.first[i - start];
        const made = candidatesFor(ctx, key.kind, key.id, key.office);
        for (let j = 0; j < made.length && candidates.length < MAX_CANDIDATES; j++) {
          const c = made[j];
          // Written out rather than spread: a spread of several objects makes a slower, larger object per candidate.
          const candidate: CompletionCandidate = {
            label: c.label,
            kind: c.kind,
            insertText: c.insertText,
            replaceStart,
            replaceEnd: offset,
            filterText: `${query} ${memo.folded(c.label)}`,
            sortKey: `${r}${String(first + j).padStart(4, '0')}`,
            ref: c.ref,
          };
          if ('detail' in c) candidate.detail = c.detail;
          const documentation = how.documentation === false ? undefined : describeMemo(ctx, c.kind, c.ref);
          if (documentation !== undefined) candidate.documentation = documentation;
          candidates.push(candidate);
        }
      }
    return { candidates, incomplete: moreKeys || found.count > MAX_CANDIDATES, asOfDay };
  }
  return none(asOfDay);
}

/**
 * The documentation of one candidate (markdown) for an as-of day and locale, as `complete` writes it: what an editor
 * asks for when the writer moves to a candidate (LSP `completionItem/resolve`). Undefined for an entry the glossary
 * does not have (any more).
 */
export function describeCandidate(
  glossary: Glossary,
  kind: CompletionKind,
  ref: string,
  asOfDay: number,
  locale: Locale,
): string | undefined {
  return describeMemo({ glossary, locale, asOfDay }, kind, ref);
}

function describeMemo(ctx: DescribeContext, kind: CompletionKind, ref: string): string | undefined {
  return memoOf(ctx.glossary).described(`${kind}\u0000${ref}\u0000${ctx.asOfDay}\u0000${ctx.locale}`, () =>
    describeEntry(ctx, kind, ref),
  );
}

function describeEntry(ctx: DescribeContext, kind: CompletionKind, id: string): string | undefined {
  switch (kind) {
    case 'document': {
      const d = ctx.glossary.documents.get(id);
      return d && describeDocument(ctx, d);
    }
    case 'person':
      return describePerson(ctx, id);
    case 'office':
      return describeOffice(ctx, id);
    case 'body':
      return describeBody(ctx, id);
    case 'term':
      return describeTerm(ctx, id);
  }
}

/** Past this many, the memo of descriptions starts again (a writer's session asks for far fewer). */
const DESCRIPTIONS_KEPT = 4096;
/** Past this many people, the memo of titles held starts again. */
const TITLES_KEPT = 16_384;

/**
 * What completion derives from the glossary and would otherwise redo at every request: the folded form of a label
 * (its filter text), a document's citation, a person's titles on a day and an entry's description (its documentation,
 * for one as-of day and locale). A writer asks for completion at every few letters and is offered mostly the same
 * candidates, so each request made the same strings again and the garbage collector paid for them in the slowest
 * requests.
 */
interface Memo {
  folded(label: string): string;
  /** A document's full citation (what it inserts), by its id. */
  cited(id: string, cite: () => string): string;
  described(key: string, describe: () => string | undefined): string | undefined;
  /** A person's titles on the last as-of day asked, by person id (see titlesNow). */
  titles: Map<string, { day: number; now: Holding[] }>;
}
const memos = new WeakMap<Glossary, Memo>();

function memoOf(glossary: Glossary): Memo {
  let memo = memos.get(glossary);
  if (memo) return memo;
  const folded = new Map<string, string>();
  const described = new Map<string, string | undefined>();
  const cited = new Map<string, string>();
  memo = {
    titles: new Map(),
    cited(id, cite) {
      let citation = cited.get(id);
      if (citation === undefined) cited.set(id, (citation = cite()));
      return citation;
    },
    folded(label) {
      let key = folded.get(label);
      if (key === undefined) folded.set(label, (key = foldKey(label)));
      return key;
    },
    described(key, describe) {
      if (described.has(key)) return described.get(key);
      if (described.size >= DESCRIPTIONS_KEPT) described.clear();
      const text = describe();
      described.set(key, text);
      return text;
    },
  };
  memos.set(glossary, memo);
  return memo;
}

/** A candidate before it is ranked and kept: its documentation is written only if it is. */
type Draft = Omit<CompletionCandidate, 'replaceStart' | 'replaceEnd' | 'filterText' | 'sortKey' | 'documentation'>;

/**
 * A person's titles on the as-of day, kept per person for the last day asked (a writer asks for completion at every
 * few letters, on the same date, and is offered mostly the same people).
 */
function titlesNow(ctx: DescribeContext, id: string): Holding[] {
  const kept = memoOf(ctx.glossary).titles;
  const last = kept.get(id);
  if (last?.day === ctx.asOfDay) return last.now;
  const day = { first: ctx.asOfDay, last: ctx.asOfDay };
  const now = ctx.glossary
    .titlesOn(id, day)
    .filter((h) => h.core.first <= ctx.asOfDay || h.window.first <= ctx.asOfDay);
  if (kept.size >= TITLES_KEPT) kept.clear();
  kept.set(id, { day: ctx.asOfDay, now });
  return now;
}

/** Whether the titles include the office (a loop: this runs for every person found, at every request). */
function holds(now: readonly Holding[], office: string): boolean {
  for (const h of now) if (h.office.id === office) return true;
  return false;
}

/** The title a person is offered with: the one typed, else the first single office held, else the first held. */
function mainTitle(now: Holding[], singles: Holding[], typedOffice: string | undefined): Holding | undefined {
  return now.find((h) => h.office.id === typedOffice) ?? singles[0] ?? now[0];
}

/** How many candidates candidatesFor makes for a person with these titles (the same conditions). */
function personCandidateCount(now: Holding[]): number {
  let singles = 0;
  for (const h of now) if (h.office.single) singles++;
  return (now.length > 0 ? 1 : 0) + (singles > 1 ? 1 : 0) + 1;
}

function candidatesFor(ctx: DescribeContext, kind: CompletionKind, id: string, typedOffice?: string): Draft[] {
  const { glossary } = ctx;
  switch (kind) {
    case 'document': {
      const d = glossary.documents.get(id)!;
      const citation = memoOf(glossary).cited(id, () => formatCitation(d, glossary));
      return [
        {
          label: `${d.kind} ${d.symbol ?? d.number}`,
          kind,
          insertText: citation,
          detail: citation,
          ref: id,
        },
      ];
    }
    case 'person': {
      const p = glossary.people.get(id)!;
      const titles = titlesNow(ctx, id);
      const singles = titles.filter((h) => h.office.single);
      const items: Draft[] = [];
      const main = mainTitle(titles, singles, typedOffice);
      if (main)
        items.push({
          label: `${titleOf(main)} ${p.name}`,
          kind,
          insertText: `${titleOf(main)} ${p.name}`,
          detail: titleOf(main),
          ref: id,
        });
      if (singles.length > 1) {
        const all = `${singles.map(titleOf).join(', ')} ${p.name}`;
        items.push({
          label: all,
          kind,
          insertText: all,
          detail: singles.map(titleOf).join(', '),
          ref: id,
        });
      }
      items.push({
        label: p.name,
        kind,
        insertText: p.name,
        detail: main && titleOf(main),
        ref: id,
      });
      return items;
    }
    case 'office': {
      const o = glossary.offices.get(id)!;
      return [
        {
          label: o.title,
          kind,
          insertText: o.title,
          detail: glossary.bodyName(o.body),
          ref: id,
        },
      ];
    }
    case 'body': {
      const b = glossary.bodies.get(id)!;
      return [{ label: b.name, kind, insertText: b.name, ref: id }];
    }
    case 'term': {
      const t = glossary.terms.get(id)!;
      return [
        {
          label: t.canonical,
          kind,
          insertText: t.canonical,
          detail: t.category,
          ref: id,
        },
      ];
    }
  }
}
