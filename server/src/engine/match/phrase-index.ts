/**
 * Every glossary surface form in a trie of syllable keys. Finding all mentions is one walk per
 * token that stops as soon as no phrase continues, so the cost grows with the text, not with the
 * glossary (see bench/REPORT.md).
 */
import * as tokenModule from '../text/tokens';
import type { Tokens } from '../text/tokens';
import { normalizeText } from '../text/normalize';
import type { Mention, MentionTarget } from './mention';
import { resolveOverlaps } from './overlaps';

// Local copies: read per token, and an imported binding may be a getter.
const { GAP_SPACE, gapClass, tokenize } = tokenModule;

export { mentionClass, type Mention, type MentionClass, type MentionTarget } from './mention';

/**
 * How much capitalization a form needs to count as a mention: names need every syllable
 * capitalized ("tô" and "lâm" in prose stay words); official body names need at least one
 * ("cán bộ ngoại giao" is not "Bộ Ngoại giao"); titles and terms need none.
 */
export type CaseRule = 'all' | 'any' | 'none';

/** One way a phrase ends at a node of the trie being built. */
interface Ending {
  gaps: string[];
  target: MentionTarget;
  caseRule: CaseRule;
  /** For 'all': which syllables the phrase itself capitalizes ("Han Duck-soo" leaves "soo" lower case). */
  caps: boolean[];
}

/** Both made when first needed: most nodes of a 50,000-entry trie are leaves or have one ending, and a Map each
 * for the leaves was most of what building it allocated. */
interface BuildNode {
  next: Map<string, BuildNode> | undefined;
  endings: Ending[] | undefined;
}

const newNode = (): BuildNode => ({ next: undefined, endings: undefined });

/**
 * The index as it is searched and stored: one Int32Array (sections below, in this order) and one string holding
 * every string the index needs (syllable keys, ids, roles, gap classes) back to back. A compiled-glossary snapshot
 * stores these two values as they are and reading them back creates no object per node, form or target: a 50,000
 * entry glossary's trie (a million objects as Maps) is two allocations. Targets are made on first match.
 *
 * Sections (counts in the header): strStart[S+1] (where string i starts in `strings`); keyStr[K] (syllable key k's
 * string); childStart[N+1], edgeKey[E], edgeNode[E] (node n's children: keys ascending, for binary search; node 0 is
 * the root); endStart[N+1] and per ending endTarget[M], endGaps[M] (gap pattern), endCase[M] (0 none, 1 any, 2 all),
 * endCaps[M] (-1, or where its capitalization flags start in capsBits); gapStart[G+1], gapStr[…] (string per gap);
 * capsBits[C]; targets tType[T], tA[T] (string: id, person, role, term id; -1 absent, -2 present but undefined),
 * tB[T] (a discouraged form's index).
 */
export interface CompactPhrases {
  strings: string;
  ints: Int32Array;
}

const FORMAT = 1;
const HEADER = 10;
const TARGET_TYPES: ReadonlyArray<MentionTarget['type']> = [
  'person',
  'honorific',
  'office',
  'role',
  'body',
  'term',
  'discouraged',
  'enum-head',
];
const CASE_RULES: readonly CaseRule[] = ['none', 'any', 'all'];

/** The sections of a compact index, as views of its one buffer. */
interface Sections {
  strStart: Int32Array;
  keyStr: Int32Array;
  childStart: Int32Array;
  edgeKey: Int32Array;
  edgeNode: Int32Array;
  endStart: Int32Array;
  endTarget: Int32Array;
  endGaps: Int32Array;
  endCase: Int32Array;
  endCaps: Int32Array;
  gapStart: Int32Array;
  gapStr: Int32Array;
  capsBits: Int32Array;
  tType: Int32Array;
  tA: Int32Array;
  tB: Int32Array;
}

function sectionSizes(h: ArrayLike<number>): Array<[keyof Sections, number]> {
  const [, S, K, N, E, M, G, GP, C, T] = Array.from({ length: HEADER }, (_, i) => h[i]);
  return [
    ['strStart', S + 1],
    ['keyStr', K],
    ['childStart', N + 1],
    ['edgeKey', E],
    ['edgeNode', E],
    ['endStart', N + 1],
    ['endTarget', M],
    ['endGaps', M],
    ['endCase', M],
    ['endCaps', M],
    ['gapStart', G + 1],
    ['gapStr', GP],
    ['capsBits', C],
    ['tType', T],
    ['tA', T],
    ['tB', T],
  ];
}

/** Views of the sections; throws when the buffer does not have the layout this build writes. */
function sectionsOf(c: CompactPhrases): Sections {
  const ints = c.ints;
  if (!(ints instanceof Int32Array) || typeof c.strings !== 'string' || ints.length < HEADER || ints[0] !== FORMAT)
    throw new Error('not a compact phrase index');
  const out = {} as Sections;
  let at = HEADER;
  for (const [name, size] of sectionSizes(ints)) {
    if (size < 0 || at + size > ints.length) throw new Error('truncated phrase index');
    out[name] = ints.subarray(at, at + size);
    at += size;
  }
  if (at !== ints.length || out.strStart[out.strStart.length - 1] !== c.strings.length)
    throw new Error('phrase index of another size');
  return out;
}

/**
 * What lookups learn as they go, per vocabulary of text syllables: for each syllable id, the trie's key id + 1
 * (0: not looked up yet, -1: no phrase has that syllable) and the root's child for it + 1 (-1: no phrase starts so).
 */
interface VocabularyMemo {
  steps: Int32Array;
}

export class PhraseIndex {
  /** The trie while forms are being added; turned into the compact form by the first search. */
  private builder: { root: BuildNode } | undefined = { root: newNode() };
  private compact: CompactPhrases | undefined;
  private sections: Sections | undefined;
  /** Syllable key → key id, made on the first search. */
  private keyIds: Map<string, number> | undefined;
  /** Gap patterns as strings, made on the first search (a handful). */
  private gapPatterns: string[][] | undefined;
  private targets: MentionTarget[] = [];
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
    const builder = this.thaw();
    const normalized = normalizeText(phrase);
    // The phrase's pattern (tokens.phrasePattern: keys, and the gaps between them) and, for names, which syllables
    // it capitalizes, from one tokenization.
    const toks = tokenize(normalized);
    if (toks.length === 0) return;
    const gaps: string[] = [];
    let node = builder.root;
    for (let i = 0; i < toks.length; i++) {
      if (i > 0) gaps.push(gapOf(normalized, toks[i - 1].end, toks[i].start));
      const key = toks[i].key;
      let child = node.next?.get(key);
      if (!child) (node.next ??= new Map()).set(key, (child = newNode()));
      node = child;
    }
    // The same form for the same target twice (a name repeated as an alias): kept once.
    const endings = (node.endings ??= []);
    if (endings.some((e) => sameTarget(e.target, target) && sameList(e.gaps, gaps))) return;
    endings.push({ gaps, target, caseRule, caps: caseRule === 'all' ? toks.map((t) => t.upper) : [] });
  }

  /** The index as two plain values (an Int32Array and a string) that a structured clone stores as they are. */
  toCompact(): CompactPhrases {
    this.freeze();
    return this.compact!;
  }

  /** All mentions, then per class the longest non-overlapping ones. Cost: one trie walk per token. */
  find(norm: string, tokens: Tokens): Mention[] {
    const s = this.freeze();
    const raw: Mention[] = [];
    const n = tokens.length;
    let memo = this.memos.get(tokens.vocabulary);
    if (!memo) this.memos.set(tokens.vocabulary, (memo = { steps: new Int32Array(2048) }));
    const { childStart, edgeKey, edgeNode, endStart, endTarget, endGaps, endCase, endCaps, capsBits } = s;
    const gapPatterns = this.gapPatterns!;
    for (let i = 0; i < n; i++) {
      let node = this.step(memo, tokens, i, true);
      if (node < 0) continue;
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
            const target = this.target(endTarget[e]);
            raw.push({ start: tokens.start(i), end: tokens.end(j), first: i, last: j + 1, target });
          }
        }
        if (++j >= n) break;
        const key = this.step(memo, tokens, j, false);
        if (key < 0) break;
        node = childOf(childStart, edgeKey, edgeNode, node, key);
        if (node < 0) break;
      }
    }
    return resolveOverlaps(raw);
  }

  /** For token i: the root's child for its syllable (first) or its syllable's key id, -1 when there is none. */
  private step(memo: VocabularyMemo, tokens: Tokens, i: number, first: boolean): number {
    const id = tokens.id(i);
    if (2 * id + 1 >= memo.steps.length) {
      const grown = new Int32Array(Math.max(2 * id + 2, memo.steps.length * 2));
      grown.set(memo.steps);
      memo.steps = grown;
    }
    let v = memo.steps[2 * id];
    if (v === 0) {
      const s = this.sections!;
      const key = this.keyIds!.get(tokens.key(i)) ?? -1;
      memo.steps[2 * id] = v = key < 0 ? -1 : key + 1;
      const child = key < 0 ? -1 : childOf(s.childStart, s.edgeKey, s.edgeNode, 0, key);
      memo.steps[2 * id + 1] = child < 0 ? -1 : child + 1;
    }
    if (v < 0) return -1;
    if (!first) return v - 1;
    const child = memo.steps[2 * id + 1];
    return child < 0 ? -1 : child - 1;
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
    this.compact = encode(this.builder!.root);
    this.sections = sectionsOf(this.compact);
    this.builder = undefined;
    this.targets = [];
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
  private thaw(): { root: BuildNode } {
    if (this.builder) return this.builder;
    this.builder = decode(this.compact!, this.sections!);
    this.compact = this.sections = this.keyIds = this.gapPatterns = undefined;
    this.targets = [];
    this.memos = new WeakMap();
    return this.builder;
  }
}

/** Targets are equal when their fields are (an absent field equals one set to undefined, as in JSON). */
function sameTarget(a: MentionTarget, b: MentionTarget): boolean {
  if (a.type !== b.type) return false;
  const x = a as Partial<Record<string, unknown>>;
  const y = b as Partial<Record<string, unknown>>;
  return x.id === y.id && x.person === y.person && x.role === y.role && x.termId === y.termId && x.index === y.index;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
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

/** The compact form of a built trie: nodes numbered breadth first, keys and strings in order of first use. */
function encode(root: BuildNode): CompactPhrases {
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const str = (v: string): number => {
    let i = stringIds.get(v);
    if (i === undefined) stringIds.set(v, (i = strings.push(v) - 1));
    return i;
  };
  const keyIds = new Map<string, number>();
  const keyStr: number[] = [];
  const keyOf = (k: string): number => {
    let i = keyIds.get(k);
    if (i === undefined) keyIds.set(k, (i = keyStr.push(str(k)) - 1));
    return i;
  };
  // Breadth first: a node's children are numbered as they are queued, so no map from node to number is needed.
  const nodes: BuildNode[] = [root];
  const childStart = [0];
  const edgeKey: number[] = [];
  const edgeNode: number[] = [];
  const endStart = [0];
  const ends = { target: [] as number[], gaps: [] as number[], rule: [] as number[], caps: [] as number[] };
  const gapIds = new Map<number | string, number>();
  const gapStart = [0];
  const gapStr: number[] = [];
  const capsBits: number[] = [];
  const targetIds = new Map<number | string, number>();
  const tType: number[] = [];
  const tA: number[] = [];
  const tB: number[] = [];
  const targetOf = (t: MentionTarget): number => {
    const a = t.type === 'role' ? t.role : t.type === 'discouraged' ? t.termId : 'id' in t ? t.id : t.person;
    const ia = a !== undefined ? str(a) : 'person' in t ? -2 : -1;
    const type = TARGET_TYPES.indexOf(t.type);
    const b = t.type === 'discouraged' ? t.index : 0;
    // A number when it fits (no string per ending): string ids are below 2^24, discouraged forms' indexes small.
    const key = b < 64 ? ((ia + 2) * 8 + type) * 64 + b : `${type} ${ia} ${b}`;
    let i = targetIds.get(key);
    if (i !== undefined) return i;
    targetIds.set(key, (i = tType.length));
    tType.push(type);
    tA.push(ia);
    tB.push(b);
    return i;
  };
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n];
    const first = edgeKey.length;
    let sorted = true;
    node.next?.forEach((child, k) => {
      const key = keyOf(k);
      if (edgeKey.length > first && key < edgeKey[edgeKey.length - 1]) sorted = false;
      edgeKey.push(key);
      edgeNode.push(nodes.push(child) - 1);
    });
    if (!sorted) sortEdges(edgeKey, edgeNode, first);
    childStart.push(edgeKey.length);
    const endings = node.endings;
    if (endings)
      for (const e of endings) {
        // Most phrases have plain spaces only: keyed by their count, without joining them.
        const gapKey = allPlain(e.gaps) ? e.gaps.length : e.gaps.join('\u0000');
        let g = gapIds.get(gapKey);
        if (g === undefined) {
          gapIds.set(gapKey, (g = gapStart.length - 1));
          for (const gap of e.gaps) gapStr.push(str(gap));
          gapStart.push(gapStr.length);
        }
        ends.target.push(targetOf(e.target));
        ends.gaps.push(g);
        ends.rule.push(CASE_RULES.indexOf(e.caseRule));
        ends.caps.push(e.caseRule === 'all' ? capsBits.length : -1);
        if (e.caseRule === 'all') for (const c of e.caps) capsBits.push(c ? 1 : 0);
      }
    endStart.push(ends.target.length);
  }
  const strStart = [0];
  for (const s of strings) strStart.push(strStart[strStart.length - 1] + s.length);
  const header = [FORMAT, strings.length, keyStr.length, nodes.length, edgeKey.length, ends.target.length];
  header.push(gapStart.length - 1, gapStr.length, capsBits.length, tType.length);
  const parts = [strStart, keyStr, childStart, edgeKey, edgeNode, endStart, ends.target, ends.gaps, ends.rule];
  parts.push(ends.caps, gapStart, gapStr, capsBits, tType, tA, tB);
  const ints = new Int32Array(parts.reduce((sum, p) => sum + p.length, HEADER));
  ints.set(header);
  let at = HEADER;
  for (const p of parts) {
    ints.set(p, at);
    at += p.length;
  }
  return { strings: strings.join(''), ints };
}

/** Sorts the edges from `first` on by key, keeping each edge's node with its key. */
function sortEdges(edgeKey: number[], edgeNode: number[], first: number): void {
  const count = edgeKey.length - first;
  if (count <= 32) {
    // A handful of children (the usual case): insertion sort in place, no pairs allocated.
    for (let i = first + 1; i < edgeKey.length; i++) {
      const key = edgeKey[i];
      const node = edgeNode[i];
      let j = i - 1;
      for (; j >= first && edgeKey[j] > key; j--) {
        edgeKey[j + 1] = edgeKey[j];
        edgeNode[j + 1] = edgeNode[j];
      }
      edgeKey[j + 1] = key;
      edgeNode[j + 1] = node;
    }
    return;
  }
  const kids = edgeKey
    .slice(first)
    .map((key, i) => [key, edgeNode[first + i]])
    .sort((a, b) => a[0] - b[0]);
  kids.forEach(([key, child], i) => {
    edgeKey[first + i] = key;
    edgeNode[first + i] = child;
  });
}

function allPlain(gaps: readonly string[]): boolean {
  for (const gap of gaps) if (gap !== '') return false;
  return true;
}

/** The builder's trie again from a compact form (the same forms in the same order, so encoding it gives it back). */
function decode(compact: CompactPhrases, s: Sections): { root: BuildNode } {
  const string = (i: number) => compact.strings.slice(s.strStart[i], s.strStart[i + 1]);
  const index = PhraseIndex.fromCompact(compact) as unknown as { target(t: number): MentionTarget };
  const root = newNode();
  const walk = (n: number, node: BuildNode, keys: string[]) => {
    for (let e = s.endStart[n]; e < s.endStart[n + 1]; e++) {
      const g = s.endGaps[e];
      const gaps = Array.from(s.gapStr.subarray(s.gapStart[g], s.gapStart[g + 1]), string);
      const target = { ...index.target(s.endTarget[e]) };
      const caseRule = CASE_RULES[s.endCase[e]];
      const caps =
        caseRule === 'all' ? Array.from(s.capsBits.subarray(s.endCaps[e], s.endCaps[e] + keys.length), Boolean) : [];
      (node.endings ??= []).push({ gaps, target, caseRule, caps });
    }
    for (let c = s.childStart[n]; c < s.childStart[n + 1]; c++) {
      const key = string(s.keyStr[s.edgeKey[c]]);
      const child = newNode();
      (node.next ??= new Map()).set(key, child);
      walk(s.edgeNode[c], child, [...keys, key]);
    }
  };
  walk(0, root, []);
  return { root };
}

/** tokens.gapClass, without a slice for the usual gap of one space. */
function gapOf(norm: string, from: number, to: number): string {
  return to === from + 1 && norm.charCodeAt(from) === 0x20 ? '' : gapClass(norm, from, to);
}

/** Whether the gap before token t has the class a phrase asks for (most ask for a plain space: no string is built). */
function gapIs(norm: string, tokens: Tokens, t: number, wanted: string): boolean {
  if (wanted === '') return (tokens.gapFlags(t) & GAP_SPACE) !== 0;
  return gapClass(norm, tokens.end(t - 1), tokens.start(t)) === wanted;
}
