/**
 * Completion while typing, without diacritics if the writer likes: the last few syllables before
 * the cursor are folded and looked up as a prefix. A person is offered with the title valid on
 * the as-of date; a document inserts its full citation.
 */
import type { CheckOptions, CompletionCandidate, CompletionKind, Locale } from '../api';
import { titleOf, type Glossary } from '../glossary/glossary';
import { prepareText } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { resolveAsOf } from '../time/as-of';
import { isoToDay } from '../time/dates';
import { foldKey } from '../text/normalize';
import { formatCitation } from '../format/citation';
import { describeBody, describeDocument, describeOffice, describePerson, describeTerm } from '../hover/describe';
import { completionIndex, withPrefix } from './completion-index';

const MAX_SYLLABLES = 8;
/** Characters before the cursor that can hold what is being typed (MAX_SYLLABLES syllables and then some). */
const TYPED_WINDOW = 256;
/**
 * Candidates returned at most, best ranked first. An editor shows a dozen; the writer narrows by typing. With a
 * large glossary a short prefix matches hundreds of entries, and describing each (the documentation markdown)
 * was most of the cost: only the candidates kept are described.
 */
export const MAX_CANDIDATES = 40;
/** Documents first (the longest thing to type), then people who hold a title on the date (ours before foreign ones). */
function rank(kind: CompletionKind, hasTitle: boolean, foreign: boolean): number {
  if (kind === 'person') return hasTitle ? (foreign ? 2 : 1) : 4;
  return { document: 0, office: 3, body: 5, term: 6 }[kind];
}

export function complete(
  text: string,
  offset: number,
  glossary: Glossary,
  options: CheckOptions = {},
): CompletionCandidate[] {
  const locale: Locale = options.locale ?? 'vi';
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
  if (tokens.length === 0) return [];
  const cursor = line.norm.length;
  if (cursor - tokens[tokens.length - 1].end > 1) return []; // after punctuation or several spaces: nothing is being typed
  const asOfDay = isoToDay(resolveAsOf(text, options).date);
  const ctx = { glossary, locale, asOfDay };
  const keys = completionIndex(glossary);

  for (let k = Math.min(MAX_SYLLABLES, tokens.length); k >= 1; k--) {
    const from = tokens[tokens.length - k].start;
    const query = foldKey(line.norm.slice(from, cursor));
    if (query.trim().length < 2) continue;
    const hits = withPrefix(keys, query);
    if (!hits.length) continue;
    const seen = new Set<string>();
    const drafts: Array<Draft & { sortKey: string }> = [];
    for (const h of hits) {
      const key = `${h.kind}:${h.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const foreign = h.kind === 'person' && !!glossary.people.get(h.id)?.country;
      for (const c of candidatesFor(ctx, h.kind, h.id, h.office))
        drafts.push({
          ...c,
          sortKey: `${rank(h.kind, !!c.detail, foreign)}${String(drafts.length).padStart(4, '0')}`,
        });
    }
    drafts.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    const replaceStart = lineStart + line.toOriginal(from);
    const memo = memoOf(glossary);
    return drafts.slice(0, MAX_CANDIDATES).map(({ describe, ...c }) => {
      const documentation = memo.described(`${c.kind}\u0000${c.ref}\u0000${asOfDay}\u0000${locale}`, describe);
      return {
        ...c,
        ...(documentation !== undefined ? { documentation } : {}),
        replaceStart,
        replaceEnd: offset,
        filterText: `${query} ${memo.folded(c.label)}`,
      };
    });
  }
  return [];
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

/** A candidate before it is kept: its documentation is written only if it is. */
type Draft = Omit<CompletionCandidate, 'replaceStart' | 'replaceEnd' | 'filterText' | 'sortKey' | 'documentation'> & {
  describe: () => string | undefined;
};

function candidatesFor(
  ctx: { glossary: Glossary; locale: Locale; asOfDay: number },
  kind: CompletionKind,
  id: string,
  typedOffice?: string,
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
          describe: () => describeDocument(ctx, d),
          ref: id,
        },
      ];
    }
    case 'person': {
      const p = glossary.people.get(id)!;
      const doc = once(() => describePerson(ctx, id));
      const day = { first: ctx.asOfDay, last: ctx.asOfDay };
      const now = glossary
        .titlesOn(id, day)
        .filter((h) => h.core.first <= ctx.asOfDay || h.window.first <= ctx.asOfDay);
      // The writer typed a title: offer the person with it only if they hold it on the date.
      if (typedOffice && !now.some((h) => h.office.id === typedOffice)) return [];
      const singles = now.filter((h) => h.office.single);
      const items: Draft[] = [];
      const main = now.find((h) => h.office.id === typedOffice) ?? singles[0] ?? now[0];
      if (main)
        items.push({
          label: `${titleOf(main)} ${p.name}`,
          kind,
          insertText: `${titleOf(main)} ${p.name}`,
          detail: titleOf(main),
          describe: doc,
          ref: id,
        });
      if (singles.length > 1) {
        const all = `${singles.map(titleOf).join(', ')} ${p.name}`;
        items.push({
          label: all,
          kind,
          insertText: all,
          detail: singles.map(titleOf).join(', '),
          describe: doc,
          ref: id,
        });
      }
      items.push({
        label: p.name,
        kind,
        insertText: p.name,
        detail: main && titleOf(main),
        describe: doc,
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
          describe: () => describeOffice(ctx, id),
          ref: id,
        },
      ];
    }
    case 'body': {
      const b = glossary.bodies.get(id)!;
      return [{ label: b.name, kind, insertText: b.name, describe: () => describeBody(ctx, id), ref: id }];
    }
    case 'term': {
      const t = glossary.terms.get(id)!;
      return [
        {
          label: t.canonical,
          kind,
          insertText: t.canonical,
          detail: t.category,
          describe: () => describeTerm(ctx, id),
          ref: id,
        },
      ];
    }
  }
}

/** A function that computes its value on the first call only (a person's description serves all its items). */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [fn(), true];
    return value;
  };
}
