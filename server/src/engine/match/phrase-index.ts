/**
 * Every glossary surface form in a trie of syllable keys. Finding all mentions is one walk per
 * token that stops as soon as no phrase continues, so the cost grows with the text, not with the
 * glossary (see bench/REPORT.md).
 */
import { gapClass, phrasePattern, tokenize, type Token } from '../text/tokens';
import { normalizeText } from '../text/normalize';

export type MentionTarget =
  | { type: 'person'; id: string }
  | { type: 'honorific'; person?: string }
  | { type: 'office'; id: string }
  | { type: 'role'; role: string }
  | { type: 'body'; id: string }
  | { type: 'term'; id: string }
  | { type: 'discouraged'; termId: string; index: number }
  | { type: 'enum-head'; id: string };

export type MentionClass = 'name' | 'title' | 'body' | 'term' | 'enum';

export function mentionClass(t: MentionTarget): MentionClass {
  switch (t.type) {
    case 'person':
    case 'honorific':
      return 'name';
    case 'office':
    case 'role':
      return 'title';
    case 'body':
      return 'body';
    case 'enum-head':
      return 'enum';
    default:
      return 'term';
  }
}

export interface Mention {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  target: MentionTarget;
}

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

export class PhraseIndex {
  private readonly root = newNode();
  private readonly seen = new Set<string>();

  add(phrase: string, target: MentionTarget, caseRule: CaseRule = 'none'): void {
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
  find(norm: string, tokens: Token[]): Mention[] {
    const raw: Mention[] = [];
    const gaps: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      let node = this.root.next.get(tokens[i].key);
      let j = i;
      gaps.length = 0;
      while (node) {
        for (const e of node.endings) {
          let ok = true;
          for (let k = 0; k < e.gaps.length && ok; k++) ok = e.gaps[k] === gaps[k];
          if (ok && e.caseRule === 'all') {
            for (let k = i; k <= j && ok; k++) ok = tokens[k].upper || !e.caps[k - i] || /^\p{N}/u.test(tokens[k].text);
          }
          if (ok && e.caseRule === 'any') ok = tokens.slice(i, j + 1).some((t) => t.upper);
          if (ok) raw.push({ start: tokens[i].start, end: tokens[j].end, first: i, last: j + 1, target: e.target });
        }
        if (++j >= tokens.length) break;
        gaps.push(gapClass(norm, tokens[j - 1].end, tokens[j].start));
        node = node.next.get(tokens[j].key);
      }
    }
    return resolveOverlaps(raw);
  }
}

function resolveOverlaps(raw: Mention[]): Mention[] {
  const byClass = new Map<MentionClass, Mention[]>();
  for (const m of raw) {
    const c = mentionClass(m.target);
    const list = byClass.get(c) ?? [];
    list.push(m);
    byClass.set(c, list);
  }
  const kept: Mention[] = [];
  for (const list of byClass.values()) {
    list.sort((a, b) => a.first - b.first || b.last - a.last);
    let end = -1;
    for (const m of list) {
      if (m.first < end) {
        // Same span, other target (two offices written alike): keep both so checks can choose.
        const prev = kept[kept.length - 1];
        if (prev && prev.first === m.first && prev.last === m.last) kept.push(m);
        continue;
      }
      kept.push(m);
      end = m.last;
    }
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}
