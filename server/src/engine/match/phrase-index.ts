/**
 * Every glossary surface form in a trie of syllable keys. Finding all mentions is one walk per
 * token that stops as soon as no phrase continues, so the cost grows with the text, not with the
 * glossary (see bench/REPORT.md).
 */
import * as tokenModule from '../text/tokens';
import type { Tokens } from '../text/tokens';
import type { Mention, MentionTarget } from './mention';
import { classIndex, keptIndexes } from './overlaps';
import {
  sectionsOf,
  TARGET_TYPES,
  TrieBuilder,
  type CaseRule,
  type CompactPhrases,
  type Sections,
} from './phrase-build';

// Local copies: read per token, and an imported binding may be a getter.
const { GAP_SPACE, gapClass } = tokenModule;

export { mentionClass, type Mention, type MentionClass, type MentionTarget } from './mention';
export type { CaseRule, CompactPhrases } from './phrase-build';

/**
 * What lookups learn as they go, per vocabulary of text syllables: for each syllable id, the trie's key id + 1
 * (0: not looked up yet, -1: no phrase has that syllable) and the root's child for it + 1 (-1: no phrase starts so).
 */
interface VocabularyMemo {
  steps: Int32Array;
}

export class PhraseIndex {
  /** The trie while forms are being added (phrase-build.ts); turned into the compact form by the first search. */
  private builder: TrieBuilder | undefined = new TrieBuilder();
  private compact: CompactPhrases | undefined;
  private sections: Sections | undefined;
  /** Syllable key → key id, made on the first search. */
  private keyIds: Map<string, number> | undefined;
  /** Gap patterns as strings, made on the first search (a handful). */
  private gapPatterns: string[][] | undefined;
  private targets: MentionTarget[] = [];
  /** classIndex of each target (by its type), made on the first search. */
  private targetClasses: Uint8Array | undefined;
  private memos = new WeakMap<object, VocabularyMemo>();

  /** An index read back from its compact form (toCompact); throws when the form is not this build's layout. */
  static fromCompact(compact: CompactPhrases): PhraseIndex {
    const index = new PhraseIndex();
    index.sections = sectionsOf(compact);
    index.compact = compact;
    index.builder = undefined;
    return index;
  }

  add(phrase: string, target: MentionTarget, caseRule: CaseRule = 'none'): void {
    this.thaw().add(phrase, target, caseRule);
  }

  /** The index as two plain values (an Int32Array and a string) that a structured clone stores as they are. */
  toCompact(): CompactPhrases {
    this.freeze();
    return this.compact!;
  }

  /** All mentions, then per class the longest non-overlapping ones. Cost: one trie walk per token. */
  find(norm: string, tokens: Tokens): Mention[] {
    const s = this.freeze();
    const tClass = (this.targetClasses ??= Uint8Array.from(s.tType, (t) => classIndex({ type: TARGET_TYPES[t] })));
    // Raw mentions as numbers (first token, last token, target, its class) in arrays reused by every search: only the
    // mentions that stand are made into objects (most raw ones are shorter forms inside a longer one).
    let raw = 0;
    const n = tokens.length;
    let memo = this.memos.get(tokens.vocabulary);
    if (!memo) this.memos.set(tokens.vocabulary, (memo = { steps: new Int32Array(2048) }));
    const { childStart, edgeKey, edgeNode, endStart, endTarget, endGaps, endCase, endCaps, capsBits } = s;
    const gapPatterns = this.gapPatterns!;
    // Room for every id of the vocabulary as it is now (ids of these tokens are below its size), once per search.
    if (memo.steps.length < 2 * tokens.vocabularySize) {
      const grown = new Int32Array(Math.max(2 * tokens.vocabularySize, memo.steps.length * 2));
      grown.set(memo.steps);
      memo.steps = grown;
    }
    const steps = memo.steps;
    for (let i = 0; i < n; i++) {
      // The root's child for token i's syllable, read from the memo (most syllables start no phrase).
      const id = tokens.id(i);
      let first = steps[2 * id + 1];
      if (first === 0) first = this.learn(steps, tokens, i);
      if (first < 0) continue;
      let node = first - 1;
      let j = i;
      for (;;) {
        for (let e = endStart[node]; e < endStart[node + 1]; e++) {
          const gaps = gapPatterns[endGaps[e]];
          let ok = true;
          for (let k = 0; k < gaps.length && ok; k++) ok = gapIs(norm, tokens, i + k + 1, gaps[k]);
          const rule = endCase[e];
          if (ok && rule === 2) {
            const caps = endCaps[e];
            for (let k = i; k <= j && ok; k++)
              ok = tokens.upper(k) || capsBits[caps + k - i] === 0 || tokens.numeric(k);
          }
          if (ok && rule === 1) {
            ok = false;
            for (let k = i; k <= j && !ok; k++) ok = tokens.upper(k);
          }
          if (ok) {
            if (raw === rawFirst.length) growRaw();
            rawFirst[raw] = i;
            rawLast[raw] = j + 1;
            rawTarget[raw] = endTarget[e];
            rawClass[raw++] = tClass[endTarget[e]];
          }
        }
        if (++j >= n) break;
        const jd = tokens.id(j);
        let key = steps[2 * jd];
        if (key === 0) {
          this.learn(steps, tokens, j);
          key = steps[2 * jd];
        }
        if (key < 0) break;
        node = childOf(childStart, edgeKey, edgeNode, node, key - 1);
        if (node < 0) break;
      }
    }
    if (kept.length < raw) kept = new Int32Array(rawFirst.length);
    const count = keptIndexes(raw, rawFirst, rawLast, rawClass, kept);
    const mentions: Mention[] = [];
    for (let k = 0; k < count; k++) {
      const m = kept[k];
      const first = rawFirst[m];
      const last = rawLast[m];
      mentions.push({
        start: tokens.start(first),
        end: tokens.end(last - 1),
        first,
        last,
        target: this.target(rawTarget[m]),
        kind: s.tType[rawTarget[m]],
      });
    }
    if (rawFirst.length > RAW_KEEP) dropRaw();
    return mentions;
  }

  /**
   * Looks token i's syllable up for the first time: writes its trie key id + 1 (-1: no phrase has it) and the root's
   * child for it + 1 (-1: no phrase starts with it) into the memo at its id, and returns the latter.
   */
  private learn(steps: Int32Array, tokens: Tokens, i: number): number {
    const id = tokens.id(i);
    const s = this.sections!;
    const key = this.keyIds!.get(tokens.key(i)) ?? -1;
    steps[2 * id] = key < 0 ? -1 : key + 1;
    const child = key < 0 ? -1 : childOf(s.childStart, s.edgeKey, s.edgeNode, 0, key);
    return (steps[2 * id + 1] = child < 0 ? -1 : child + 1);
  }

  private string(i: number): string {
    const s = this.sections!;
    return this.compact!.strings.slice(s.strStart[i], s.strStart[i + 1]);
  }

  /** Target t as an object, made once. */
  private target(t: number): MentionTarget {
    let target = this.targets[t];
    if (target) return target;
    const s = this.sections!;
    const type = TARGET_TYPES[s.tType[t]];
    const a = s.tA[t] >= 0 ? this.string(s.tA[t]) : undefined;
    if (type === 'honorific') target = s.tA[t] === -1 ? { type } : { type, person: a };
    else if (type === 'role') target = { type, role: a! };
    else if (type === 'discouraged') target = { type, termId: a!, index: s.tB[t] };
    else target = { type, id: a! };
    return (this.targets[t] = target);
  }

  /** Turns the trie being built into the compact form (once; adding again thaws it). */
  private freeze(): Sections {
    if (this.sections && !this.builder) {
      this.keyIds ??= this.readKeyIds();
      this.gapPatterns ??= this.readGapPatterns();
      return this.sections;
    }
    this.compact = this.builder!.encode();
    this.sections = sectionsOf(this.compact);
    this.builder = undefined;
    this.targets = [];
    this.targetClasses = undefined;
    this.memos = new WeakMap();
    this.keyIds = this.readKeyIds();
    this.gapPatterns = this.readGapPatterns();
    return this.sections;
  }

  private readGapPatterns(): string[][] {
    const s = this.sections!;
    const out: string[][] = [];
    for (let g = 0; g + 1 < s.gapStart.length; g++)
      out.push(Array.from(s.gapStr.subarray(s.gapStart[g], s.gapStart[g + 1]), (i) => this.string(i)));
    return out;
  }

  private readKeyIds(): Map<string, number> {
    const ids = new Map<string, number>();
    const s = this.sections!;
    for (let k = 0; k < s.keyStr.length; k++) ids.set(this.string(s.keyStr[k]), k);
    return ids;
  }

  /** The trie as a builder again, to add to it (rare: indexes are built once, then only searched). */
  private thaw(): TrieBuilder {
    if (this.builder) return this.builder;
    this.builder = TrieBuilder.fromCompact(this.compact!, this.sections!);
    this.compact = this.sections = this.keyIds = this.gapPatterns = this.targetClasses = undefined;
    this.targets = [];
    this.memos = new WeakMap();
    return this.builder;
  }
}

/** find's raw mentions (see there), shared by every index: a search never starts another. */
const RAW_START = 256;
/** Past this many, a search's arrays are not kept for the next one. */
const RAW_KEEP = 1 << 16;
let rawFirst = new Int32Array(RAW_START);
let rawLast = new Int32Array(RAW_START);
let rawTarget = new Int32Array(RAW_START);
let rawClass = new Uint8Array(RAW_START);
let kept = new Int32Array(RAW_START);

function growRaw(): void {
  const size = rawFirst.length * 2;
  const grownInts = (a: Int32Array) => {
    const b = new Int32Array(size);
    b.set(a);
    return b;
  };
  rawFirst = grownInts(rawFirst);
  rawLast = grownInts(rawLast);
  rawTarget = grownInts(rawTarget);
  const c = new Uint8Array(size);
  c.set(rawClass);
  rawClass = c;
}

function dropRaw(): void {
  rawFirst = new Int32Array(RAW_START);
  rawLast = new Int32Array(RAW_START);
  rawTarget = new Int32Array(RAW_START);
  rawClass = new Uint8Array(RAW_START);
  kept = new Int32Array(RAW_START);
}

/** Node n's child for key id `key` (children sorted by key), or -1. */
function childOf(childStart: Int32Array, edgeKey: Int32Array, edgeNode: Int32Array, n: number, key: number): number {
  let lo = childStart[n];
  let hi = childStart[n + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const k = edgeKey[mid];
    if (k === key) return edgeNode[mid];
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** Whether the gap before token t has the class a phrase asks for (most ask for a plain space: no string is built). */
function gapIs(norm: string, tokens: Tokens, t: number, wanted: string): boolean {
  if (wanted === '') return (tokens.gapFlags(t) & GAP_SPACE) !== 0;
  return gapClass(norm, tokens.end(t - 1), tokens.start(t)) === wanted;
}
