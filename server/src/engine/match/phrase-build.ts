/**
 * Building the phrase index (phrase-index.ts) and writing its compact form. The trie being built is numbers in
 * growable typed arrays: nodes are ids, edges one open-addressing hash table from (node, syllable key id) to child,
 * endings columns linked per node, targets interned as they are added. Adding a form allocates nothing per node or
 * ending, and encoding only counts, sorts small groups and copies: no Map per node and no object per ending to walk.
 *
 * The compact form is canonical: nodes numbered breadth first with each node's children in key-id order, key ids in
 * order of first addition, every other string, gap pattern and target in order of first use in that walk. So adding
 * forms after a search (the compact form thawed back into a builder) gives the same arrays as adding them all first.
 */
import * as tokenModule from '../text/tokens';
import { normalizeText, syllableKey } from '../text/normalize';
import { kindOf, TARGET_TYPES, type MentionTarget } from './mention';

// Local copies: an imported binding may be a getter.
const { gapClass, tokenize } = tokenModule;

/**
 * How much capitalization a form needs to count as a mention: names need every syllable
 * capitalized ("tô" and "lâm" in prose stay words); official body names need at least one
 * ("cán bộ ngoại giao" is not "Bộ Ngoại giao"); titles and terms need none.
 */
export type CaseRule = 'all' | 'any' | 'none';

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

export const FORMAT = 1;
export const HEADER = 10;
export { TARGET_TYPES };
export const CASE_RULES: readonly CaseRule[] = ['none', 'any', 'all'];

/** The sections of a compact index, as views of its one buffer. */
export interface Sections {
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
export function sectionsOf(c: CompactPhrases): Sections {
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

/** A column of int32 that grows as it is pushed to. */
class IntColumn {
  data: Int32Array;
  length = 0;

  constructor(capacity = 256) {
    this.data = new Int32Array(capacity);
  }

  push(v: number): number {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = v;
    return this.length++;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** A form as the trie stores it: its syllable keys (ids), its gap pattern (id) and which syllables are capitalized. */
interface Form {
  keys: number[];
  gaps: number;
  upper: boolean[];
}

const NO_FORM: Form = { keys: [], gaps: 0, upper: [] };

/** One token and nothing else (tokens.ts: a letter or digit, then letters, marks and digits). */
const ONE_WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}]*$/u;

const plainGaps: string[][] = [];
/** The gaps of a phrase of words between single spaces: one plain space each. */
function plainGapsOf(count: number): string[] {
  return (plainGaps[count] ??= Array.from({ length: count }, () => ''));
}

/** The trie while forms are being added (see the top of this file). */
export class TrieBuilder {
  /** Syllable key id → key, in order of first addition. */
  private readonly keys: string[] = [];
  private readonly keyIds = new Map<string, number>();
  private readonly wordKeys = new Map<string, number>();
  /** Per node (0 is the root): its parent and the key id of the edge from it; its first and last ending. */
  private readonly parent = new IntColumn();
  private readonly edgeKeyOf = new IntColumn();
  private readonly endHead = new IntColumn();
  private readonly endTail = new IntColumn();
  /** (node, key id) → child, open addressing: slot i holds node, key, child at 3i, 3i + 1, 3i + 2 (node -1: empty). */
  private slots = new Int32Array(3 * 1024).fill(-1);
  private used = 0;
  /** Endings in order of addition, each linked to the next ending of its node (-1: none). */
  private readonly endNode = new IntColumn();
  private readonly endNext = new IntColumn();
  private readonly endTarget = new IntColumn();
  private readonly endGaps = new IntColumn();
  private readonly endCase = new IntColumn();
  private readonly endCaps = new IntColumn();
  private readonly capsBits = new IntColumn();
  /** Gap patterns by id; plain-space patterns are keyed by their length (no string joined). */
  private readonly gapPatterns: string[][] = [];
  private readonly gapIds = new Map<number | string, number>();
  /** Targets by id: type, string (null: absent, undefined: present but undefined), number. */
  private readonly targetType = new IntColumn();
  private readonly targetA: Array<string | null | undefined> = [];
  private readonly targetB = new IntColumn();
  /** Per target type: target id by its string (and number, when not 0). */
  private readonly targetIds: Array<Map<string, number>> = TARGET_TYPES.map(() => new Map<string, number>());

  constructor() {
    this.newNode(-1, -1);
  }

  add(phrase: string, target: MentionTarget, caseRule: CaseRule): void {
    const form = this.formOf(phrase);
    if (form.keys.length === 0) return;
    let node = 0;
    for (const key of form.keys) node = this.child(node, key);
    const t = this.targetId(target);
    // The same form for the same target twice (a name repeated as an alias): kept once.
    for (let e = this.endHead.data[node]; e >= 0; e = this.endNext.data[e])
      if (this.endGaps.data[e] === form.gaps && this.sameTarget(this.endTarget.data[e], t)) return;
    this.addEnding(node, t, form.gaps, caseRule, form.upper);
  }

  /** A builder holding exactly what a compact form holds (to add to an index read back or already searched). */
  static fromCompact(compact: CompactPhrases, s: Sections): TrieBuilder {
    const b = new TrieBuilder();
    const string = (i: number) => compact.strings.slice(s.strStart[i], s.strStart[i + 1]);
    for (let k = 0; k < s.keyStr.length; k++) b.keyId(string(s.keyStr[k]));
    // Node ids stay those of the compact form: nodes are numbered breadth first, so a parent comes before its child.
    for (let n = 1; n < s.childStart.length - 1; n++) b.newNode(-1, -1);
    for (let n = 0; n + 1 < s.childStart.length; n++)
      for (let c = s.childStart[n]; c < s.childStart[n + 1]; c++) {
        b.parent.data[s.edgeNode[c]] = n;
        b.edgeKeyOf.data[s.edgeNode[c]] = s.edgeKey[c];
        b.putEdge(n, s.edgeKey[c], s.edgeNode[c]);
      }
    for (let n = 0; n + 1 < s.endStart.length; n++)
      for (let e = s.endStart[n]; e < s.endStart[n + 1]; e++) {
        const g = s.endGaps[e];
        const gaps = Array.from(s.gapStr.subarray(s.gapStart[g], s.gapStart[g + 1]), string);
        const t = s.endTarget[e];
        const a = s.tA[t] >= 0 ? string(s.tA[t]) : s.tA[t] === -2 ? undefined : null;
        const caseRule = s.endCase[e];
        const at = s.endCaps[e];
        const upper =
          caseRule === 2 ? Array.from(s.capsBits.subarray(at, at + depthOfNode(b.parent.data, n)), Boolean) : [];
        b.addEnding(n, b.rawTargetId(s.tType[t], a, s.tB[t]), b.gapId(gaps), CASE_RULES[caseRule], upper);
      }
    return b;
  }

  /** The compact form (canonical: see the top of this file). */
  encode(): CompactPhrases {
    const nodeCount = this.parent.length;
    const keyCount = this.keys.length;
    // Children grouped by parent (counting sort; node 0 has no parent), then each group in key-id order.
    const kidStart = new Int32Array(nodeCount + 1);
    for (let n = 1; n < nodeCount; n++) kidStart[this.parent.data[n] + 1]++;
    for (let n = 0; n < nodeCount; n++) kidStart[n + 1] += kidStart[n];
    const kids = new Int32Array(Math.max(nodeCount - 1, 0));
    const fill = kidStart.slice(0, nodeCount);
    for (let n = 1; n < nodeCount; n++) kids[fill[this.parent.data[n]]++] = n;
    for (let n = 0; n < nodeCount; n++) sortByKey(kids, kidStart[n], kidStart[n + 1], this.edgeKeyOf.data);
    // Breadth first: a node's children get consecutive numbers as they are queued.
    const order = new Int32Array(nodeCount); // new number → node
    let queued = 1;
    for (let i = 0; i < nodeCount; i++) {
      const n = order[i];
      for (let c = kidStart[n]; c < kidStart[n + 1]; c++) order[queued++] = kids[c];
    }
    // Strings: keys first (string k is key k), then the others in order of first use.
    const strings: string[] = this.keys.slice();
    const stringIds = new Map<string, number>();
    for (let k = 0; k < keyCount; k++) if (!stringIds.has(strings[k])) stringIds.set(strings[k], k);
    const str = (v: string): number => {
      let i = stringIds.get(v);
      if (i === undefined) stringIds.set(v, (i = strings.push(v) - 1));
      return i;
    };
    const keyStr = new Int32Array(keyCount);
    for (let k = 0; k < keyCount; k++) keyStr[k] = stringIds.get(this.keys[k])!;
    const endingCount = this.endNode.length;
    const childStart = new Int32Array(nodeCount + 1);
    const edgeKey = new Int32Array(Math.max(nodeCount - 1, 0));
    const edgeNode = new Int32Array(edgeKey.length);
    const endStart = new Int32Array(nodeCount + 1);
    const endTarget = new Int32Array(endingCount);
    const endGaps = new Int32Array(endingCount);
    const endCase = new Int32Array(endingCount);
    const endCaps = new Int32Array(endingCount);
    const capsBits = new IntColumn(Math.max(this.capsBits.length, 1));
    const gapNew = new Int32Array(this.gapPatterns.length).fill(-1);
    const gapStart = [0];
    const gapStr: number[] = [];
    const targetNew = new Int32Array(this.targetType.length).fill(-1);
    const tType: number[] = [];
    const tA: number[] = [];
    const tB: number[] = [];
    let edges = 0;
    let ends = 0;
    let next = 1; // the number the next queued child gets: order[] is breadth first
    for (let i = 0; i < nodeCount; i++) {
      const n = order[i];
      for (let c = kidStart[n]; c < kidStart[n + 1]; c++) {
        edgeKey[edges] = this.edgeKeyOf.data[kids[c]];
        edgeNode[edges++] = next++;
      }
      childStart[i + 1] = edges;
      for (let e = this.endHead.data[n]; e >= 0; e = this.endNext.data[e]) {
        const g = this.endGaps.data[e];
        if (gapNew[g] < 0) {
          gapNew[g] = gapStart.length - 1;
          for (const gap of this.gapPatterns[g]) gapStr.push(str(gap));
          gapStart.push(gapStr.length);
        }
        const t = this.endTarget.data[e];
        if (targetNew[t] < 0) {
          targetNew[t] = tType.length;
          tType.push(this.targetType.data[t]);
          // Ids are not looked up among the other strings: each target is written once, and ids rarely repeat.
          const a = this.targetA[t];
          tA.push(a === null ? -1 : a === undefined ? -2 : strings.push(a) - 1);
          tB.push(this.targetB.data[t]);
        }
        endTarget[ends] = targetNew[t];
        endGaps[ends] = gapNew[g];
        endCase[ends] = this.endCase.data[e];
        const caps = this.endCaps.data[e];
        endCaps[ends] = caps < 0 ? -1 : capsBits.length;
        if (caps >= 0) {
          const length = depthOfNode(this.parent.data, n);
          for (let k = 0; k < length; k++) capsBits.push(this.capsBits.data[caps + k]);
        }
        ends++;
      }
      endStart[i + 1] = ends;
    }
    const strStart = new Int32Array(strings.length + 1);
    for (let i = 0; i < strings.length; i++) strStart[i + 1] = strStart[i] + strings[i].length;
    const header = [FORMAT, strings.length, keyCount, nodeCount, edges, endingCount];
    header.push(gapStart.length - 1, gapStr.length, capsBits.length, tType.length);
    const parts: ArrayLike<number>[] = [strStart, keyStr, childStart, edgeKey, edgeNode, endStart, endTarget, endGaps];
    parts.push(endCase, endCaps, gapStart, gapStr, capsBits.view(), tType, tA, tB);
    const ints = new Int32Array(parts.reduce((sum, p) => sum + p.length, HEADER));
    ints.set(header);
    let at = HEADER;
    for (const p of parts) {
      ints.set(p, at);
      at += p.length;
    }
    return { strings: strings.join(''), ints };
  }

  /** The keys, gap pattern and capitals of a phrase. */
  private formOf(phrase: string): Form {
    // Most forms are words between single spaces: split on the spaces, each distinct word read once (normalized, is it
    // one token, its key, is it capitalized), it gives the tokens tokenize would find in the normalized form (a space
    // joins nothing in normalization). Anything else is normalized whole and tokenized.
    const words = phrase.split(' ');
    const keys: number[] = [];
    const upper: boolean[] = [];
    for (const word of words) {
      const k = this.wordKeyId(word);
      if (k < 0) break;
      keys.push(k >> 1);
      upper.push((k & 1) === 1);
    }
    if (keys.length === words.length) return { keys, gaps: this.gapId(plainGapsOf(words.length - 1)), upper };
    const normalized = normalizeText(phrase);
    const toks = tokenize(normalized);
    if (toks.length === 0) return NO_FORM;
    const gaps: string[] = [];
    for (let i = 1; i < toks.length; i++) gaps.push(gapOf(normalized, toks[i - 1].end, toks[i].start));
    return { keys: toks.map((t) => this.keyId(t.key)), gaps: this.gapId(gaps), upper: toks.map((t) => t.upper) };
  }

  /** For a word that is one whole token once normalized: its key id times two, plus one when capitalized; else -1. */
  private wordKeyId(raw: string): number {
    let id = this.wordKeys.get(raw);
    if (id === undefined) {
      const word = normalizeText(raw);
      id = ONE_WORD.test(word) ? 2 * this.keyId(syllableKey(word)) + (word[0] !== word[0].toLowerCase() ? 1 : 0) : -1;
      this.wordKeys.set(raw, id);
    }
    return id;
  }

  private keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keys.push(key) - 1));
    return id;
  }

  private gapId(gaps: string[]): number {
    const key = allPlain(gaps) ? gaps.length : gaps.join('\u0000');
    let id = this.gapIds.get(key);
    if (id === undefined) this.gapIds.set(key, (id = this.gapPatterns.push(gaps) - 1));
    return id;
  }

  private targetId(t: MentionTarget): number {
    const a = t.type === 'role' ? t.role : t.type === 'discouraged' ? t.termId : 'id' in t ? t.id : t.person;
    // Absent (null) and present but undefined are told apart, as a structured clone of the target would.
    const present = a ?? ('person' in t ? undefined : null);
    return this.rawTargetId(kindOf(t), present, t.type === 'discouraged' ? t.index : 0);
  }

  /** Targets are equal when their fields are (an absent field equals one set to undefined, as in JSON). */
  private sameTarget(x: number, y: number): boolean {
    if (x === y) return true;
    const [ax, ay] = [this.targetA[x], this.targetA[y]];
    const types = this.targetType.data;
    return types[x] === types[y] && ax == null && ay == null && this.targetB.data[x] === this.targetB.data[y];
  }

  private rawTargetId(type: number, a: string | undefined | null, b: number): number {
    // Ids are plain names: NUL, which no id holds, keeps these keys apart from them.
    const key = a === null ? '\u0000-' : a === undefined ? '\u0000?' : b === 0 ? a : `${a}\u0000${b}`;
    const ids = this.targetIds[type];
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = this.targetType.push(type)));
      this.targetA.push(a);
      this.targetB.push(b);
    }
    return id;
  }

  private addEnding(node: number, target: number, gaps: number, caseRule: CaseRule, upper: boolean[]): void {
    const e = this.endNode.push(node);
    this.endNext.push(-1);
    this.endTarget.push(target);
    this.endGaps.push(gaps);
    this.endCase.push(CASE_RULES.indexOf(caseRule));
    this.endCaps.push(caseRule === 'all' ? this.capsBits.length : -1);
    if (caseRule === 'all') for (const up of upper) this.capsBits.push(up ? 1 : 0);
    if (this.endTail.data[node] < 0) this.endHead.data[node] = e;
    else this.endNext.data[this.endTail.data[node]] = e;
    this.endTail.data[node] = e;
  }

  private newNode(parent: number, key: number): number {
    this.endHead.push(-1);
    this.endTail.push(-1);
    this.edgeKeyOf.push(key);
    return this.parent.push(parent);
  }

  /** The child of `node` for key id `key`, made when missing. */
  private child(node: number, key: number): number {
    const mask = this.slots.length / 3 - 1;
    for (let i = hash(node, key) & mask; ; i = (i + 1) & mask) {
      const at = 3 * i;
      const n = this.slots[at];
      if (n === node && this.slots[at + 1] === key) return this.slots[at + 2];
      if (n < 0) {
        const child = this.newNode(node, key);
        this.putEdge(node, key, child);
        return child;
      }
    }
  }

  private putEdge(node: number, key: number, child: number): void {
    if (2 * (this.used + 1) > this.slots.length / 3) this.grow();
    const mask = this.slots.length / 3 - 1;
    let i = hash(node, key) & mask;
    while (this.slots[3 * i] >= 0) i = (i + 1) & mask;
    this.slots[3 * i] = node;
    this.slots[3 * i + 1] = key;
    this.slots[3 * i + 2] = child;
    this.used++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    this.used = 0;
    for (let at = 0; at < old.length; at += 3) if (old[at] >= 0) this.putEdge(old[at], old[at + 1], old[at + 2]);
  }
}

function hash(node: number, key: number): number {
  return Math.imul(node ^ Math.imul(key, 0x27d4eb2d), 0x9e3779b1) >>> 7;
}

/** How many syllables lead from the root to node n. */
function depthOfNode(parent: Int32Array, n: number): number {
  let depth = 0;
  for (let at = n; at > 0; at = parent[at]) depth++;
  return depth;
}

/** Sorts ids[from, to) by their key (insertion sort for the usual handful, a sort of pairs for the root's many). */
function sortByKey(ids: Int32Array, from: number, to: number, keyOf: Int32Array): void {
  if (to - from <= 32) {
    for (let i = from + 1; i < to; i++) {
      const id = ids[i];
      const key = keyOf[id];
      let j = i - 1;
      for (; j >= from && keyOf[ids[j]] > key; j--) ids[j + 1] = ids[j];
      ids[j + 1] = id;
    }
    return;
  }
  const sorted = Array.from(ids.subarray(from, to)).sort((a, b) => keyOf[a] - keyOf[b]);
  ids.set(sorted, from);
}

function allPlain(gaps: readonly string[]): boolean {
  for (const gap of gaps) if (gap !== '') return false;
  return true;
}

/** tokens.gapClass, without a slice for the usual gap of one space. */
function gapOf(norm: string, from: number, to: number): string {
  return to === from + 1 && norm.charCodeAt(from) === 0x20 ? '' : gapClass(norm, from, to);
}
