/**
 * Every glossary surface form, indexed by its first syllable key. Finding all mentions is one
 * pass over the tokens with a hash look-up per token, so the cost grows with the text, not with
 * the glossary (see scripts/bench.ts).
 */
import { gapClass, phrasePattern, type PhrasePattern, type Token } from '../text/tokens';
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

interface Entry {
  pattern: PhrasePattern;
  target: MentionTarget;
  /** Names only match when written with capitals, so "tô" and "lâm" in prose stay words. */
  capitalized: boolean;
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Entry[]>();

  add(phrase: string, target: MentionTarget, capitalized = false): void {
    const pattern = phrasePattern(normalizeText(phrase));
    if (pattern.keys.length === 0) return;
    const list = this.byFirst.get(pattern.keys[0]) ?? [];
    // One entry per distinct pattern+target is enough.
    if (list.some((e) => e.pattern.keys.join(' ') === pattern.keys.join(' ') && e.pattern.gaps.join('|') === pattern.gaps.join('|') && JSON.stringify(e.target) === JSON.stringify(target))) return;
    list.push({ pattern, target, capitalized });
    list.sort((a, b) => b.pattern.keys.length - a.pattern.keys.length);
    this.byFirst.set(pattern.keys[0], list);
  }

  /** All mentions, then per class the longest non-overlapping ones. */
  find(norm: string, tokens: Token[]): Mention[] {
    const raw: Mention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const entries = this.byFirst.get(tokens[i].key);
      if (!entries) continue;
      for (const e of entries) {
        const n = e.pattern.keys.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const t = tokens[i + k];
          ok = t.key === e.pattern.keys[k] && gapClass(norm, tokens[i + k - 1].end, t.start) === e.pattern.gaps[k - 1];
        }
        if (ok && e.capitalized) for (let k = 0; k < n && ok; k++) ok = tokens[i + k].upper || /^\p{N}/u.test(tokens[i + k].text);
        if (ok) raw.push({ start: tokens[i].start, end: tokens[i + n - 1].end, first: i, last: i + n, target: e.target });
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
