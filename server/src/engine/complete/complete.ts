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
import { completionIndex, withPrefix, type IndexedKey } from './completion-index';

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
  if (kind === 'person') return hasTitle ? (foreign ? 2 : 1) : 4;
  return { document: 0, office: 3, body: 5, term: 6 }[kind];
}
const WORST_RANK = 6;

/** An index key that gives candidates: their rank, and the place of its first candidate in index order. */
interface RankedHit {
  key: IndexedKey;
  rank: number;
  first: number;
  /** A person's titles on the as-of day. */
  now?: Holding[];
}

/**
 * Ranks the entries found (each once, at its first key) without making their candidates: a person's rank needs only
 * the titles held on the date. `count` is how many candidates they would give in all.
 */
function rankHits(ctx: DescribeContext, hits: readonly IndexedKey[]): { hits: RankedHit[]; count: number } {
  const seen = new Set<string>();
  const ranked: RankedHit[] = [];
  let count = 0;
  for (const key of hits) {
    const entry = `${key.kind}:${key.id}`;
    if (seen.has(entry)) continue;
    seen.add(entry);
    if (key.kind !== 'person') {
      ranked.push({ key, rank: rank(key.kind, false, false), first: count });
      count++;
      continue;
    }
    const now = titlesNow(ctx, key.id, key.office);
    if (!now) continue;
    const foreign = !!ctx.glossary.people.get(key.id)?.country;
    ranked.push({ key, rank: rank('person', now.length > 0, foreign), first: count, now });
    count += personCandidateCount(now);
  }
  return { hits: ranked, count };
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
  if (cursor - tokens[tokens.length - 1].end > 1) return none(); // after punctuation or several spaces: nothing is being typed
  const asOfDay = isoToDay(resolveAsOf(text, options).date);
  const ctx = { glossary, locale, asOfDay };
  const keys = completionIndex(glossary);

  for (let k = Math.min(MAX_SYLLABLES, tokens.length); k >= 1; k--) {
    const from = tokens[tokens.length - k].start;
    const query = foldKey(line.norm.slice(from, cursor));
    if (query.trim().length < 2) continue;
    const hits = withPrefix(keys, query, MAX_HITS + 1);
    if (!hits.length) continue;
    const ranked = rankHits(ctx, hits.length > MAX_HITS ? hits.slice(0, MAX_HITS) : hits);
    const replaceStart = lineStart + line.toOriginal(from);
    const memo = memoOf(glossary);
    const candidates: CompletionCandidate[] = [];
    // Best rank first, in index order within a rank (what sorting every candidate by its sortKey gave): only the
    // candidates kept are made.
    for (let r = 0; r <= WORST_RANK && candidates.length < MAX_CANDIDATES; r++)
      for (const h of ranked.hits) {
        if (h.rank !== r) continue;
        const made = candidatesFor(ctx, h.key.kind, h.key.id, h.key.office, h.now);
        for (let j = 0; j < made.length && candidates.length < MAX_CANDIDATES; j++) {
          const c = made[j];
          const documentation = how.documentation === false ? undefined : describeMemo(ctx, c.kind, c.ref);
          candidates.push({
            ...c,
            ...(documentation !== undefined ? { documentation } : {}),
            replaceStart,
            replaceEnd: offset,
            filterText: `${query} ${memo.folded(c.label)}`,
            sortKey: `${r}${String(h.first + j).padStart(4, '0')}`,
          });
        }
        if (candidates.length >= MAX_CANDIDATES) break;
      }
    return { candidates, incomplete: hits.length > MAX_HITS || ranked.count > MAX_CANDIDATES, asOfDay };
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

/**
 * What completion derives from the glossary and would otherwise redo at every request: the folded form of a label
 * (its filter text), a document's citation and an entry's description (its documentation, for one as-of day and locale). A writer asks for
 * completion at every few letters and is offered mostly the same candidates, so each request made the same strings
 * again and the garbage collector paid for them in the slowest requests.
 */
interface Memo {
  folded(label: string): string;
  /** A document's full citation (what it inserts), by its id. */
  cited(id: string, cite: () => string): string;
  described(key: string, describe: () => string | undefined): string | undefined;
}
const memos = new WeakMap<Glossary, Memo>();

function memoOf(glossary: Glossary): Memo {
  let memo = memos.get(glossary);
  if (memo) return memo;
  const folded = new Map<string, string>();
  const described = new Map<string, string | undefined>();
  const cited = new Map<string, string>();
  memo = {
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

/** A person's titles on the as-of day; undefined when the writer typed a title the person does not hold then. */
function titlesNow(ctx: DescribeContext, id: string, typedOffice: string | undefined): Holding[] | undefined {
  const day = { first: ctx.asOfDay, last: ctx.asOfDay };
  const now = ctx.glossary
    .titlesOn(id, day)
    .filter((h) => h.core.first <= ctx.asOfDay || h.window.first <= ctx.asOfDay);
  // The writer typed a title: offer the person with it only if they hold it on the date.
  return typedOffice && !now.some((h) => h.office.id === typedOffice) ? undefined : now;
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

function candidatesFor(
  ctx: DescribeContext,
  kind: CompletionKind,
  id: string,
  typedOffice: string | undefined,
  now: Holding[] | undefined,
): Draft[] {
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
      const titles = now ?? [];
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
