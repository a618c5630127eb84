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
const { GAP_SPACE, gapClass, phrasePattern, tokenize } = tokenModule;

export { mentionClass, type Mention, type MentionClass, type MentionTarget } from './mention';

/**
 * How much capitalization a form needs to count as a mention: names need every syllable
 * capitalized ("tô" and "lâm" in prose stay words); official body names need at least one
 * ("cán bộ ngoại giao" is not "Bộ Ngoại giao"); titles and terms need none.
 */
export type CaseRule = 'all' | 'any' | 'none';

interface Ending {
  gaps: string[];
  target: MentionTarget;
  caseRule: CaseRule;
  /** For 'all': which syllables the phrase itself capitalizes ("Han Duck-soo" leaves "soo" lower case). */
  caps: boolean[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  endings: Ending[];
}

const newNode = (): TrieNode => ({ next: new Map(), endings: [] });

/**
 * What lookups learn as they go, kept beside the index rather than in it: the index stays plain data (a compiled
 * glossary snapshot can store it, and two indexes of the same phrases are equal whatever was looked up in them).
 */
interface LookupMemo {
  /** Per vocabulary, the trie's first step for each syllable id (0: not looked up yet, -1: no phrase starts there). */
  firstSteps: WeakMap<object, { step: Int32Array }>;
  /** The root's children, numbered from 1 for `firstSteps`. */
  firstNodes: TrieNode[];
  numbers: Map<TrieNode, number>;
}
const lookupMemos = new WeakMap<PhraseIndex, LookupMemo>();

export class PhraseIndex {
  private readonly root = newNode();
  private readonly seen = new Set<string>();

  /** The number of the root's child for a key (see firstNodes), -1 when there is none. */
  private firstStep(memo: LookupMemo, key: string): number {
    const node = this.root.next.get(key);
    if (!node) return -1;
    let k = memo.numbers.get(node);
    if (k === undefined) memo.numbers.set(node, (k = memo.firstNodes.push(node)));
    return k;
  }

  add(phrase: string, target: MentionTarget, caseRule: CaseRule = 'none'): void {
    lookupMemos.delete(this);
    const normalized = normalizeText(phrase);
    const pattern = phrasePattern(normalized);
    if (pattern.keys.length === 0) return;
    const id = `${pattern.keys.join(' ')}|${pattern.gaps.join('|')}|${JSON.stringify(target)}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    let node = this.root;
    for (const key of pattern.keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    node.endings.push({
      gaps: pattern.gaps,
      target,
      caseRule,
      caps: caseRule === 'all' ? tokenize(normalized).map((t) => t.upper) : [],
    });
  }

  /** All mentions, then per class the longest non-overlapping ones. Cost: one trie walk per token. */
  find(norm: string, tokens: Tokens): Mention[] {
    const raw: Mention[] = [];
    const n = tokens.length;
    let memo = lookupMemos.get(this);
    if (!memo) lookupMemos.set(this, (memo = { firstSteps: new WeakMap(), firstNodes: [], numbers: new Map() }));
    let steps = memo.firstSteps.get(tokens.vocabulary);
    if (!steps) memo.firstSteps.set(tokens.vocabulary, (steps = { step: new Int32Array(1024) }));
    for (let i = 0; i < n; i++) {
      const id = tokens.id(i);
      if (id >= steps.step.length) {
        const grown = new Int32Array(Math.max(id + 1, steps.step.length * 2));
        grown.set(steps.step);
        steps.step = grown;
      }
      let s = steps.step[id];
      if (s === 0) s = steps.step[id] = this.firstStep(memo, tokens.key(i));
      if (s < 0) continue;
      let node: TrieNode | null = memo.firstNodes[s - 1];
      let j = i;
      while (node) {
        for (const e of node.endings) {
          let ok = true;
          for (let k = 0; k < e.gaps.length && ok; k++) ok = gapIs(norm, tokens, i + k + 1, e.gaps[k]);
          if (ok && e.caseRule === 'all') {
            for (let k = i; k <= j && ok; k++) ok = tokens.upper(k) || !e.caps[k - i] || tokens.numeric(k);
          }
          if (ok && e.caseRule === 'any') {
            ok = false;
            for (let k = i; k <= j && !ok; k++) ok = tokens.upper(k);
          }
          if (ok) raw.push({ start: tokens.start(i), end: tokens.end(j), first: i, last: j + 1, target: e.target });
        }
        if (++j >= n) break;
        node = node.next.get(tokens.key(j)) ?? null;
      }
    }
    return resolveOverlaps(raw);
  }
}

/** Whether the gap before token t has the class a phrase asks for (most ask for a plain space: no string is built). */
function gapIs(norm: string, tokens: Tokens, t: number, wanted: string): boolean {
  if (wanted === '') return (tokens.gapFlags(t) & GAP_SPACE) !== 0;
  return gapClass(norm, tokens.end(t - 1), tokens.start(t)) === wanted;
}
