/**
 * Which of the phrase index's raw mentions stand: per class, the longest of those that overlap (a title inside a
 * longer title gives way); two targets written with the same words both stand, so checks can choose.
 */
import { mentionClass, type Mention, type MentionClass } from './mention';

/**
 * `raw` comes in the order the trie walk finds it: by first token, then by last token, shortest first. Read in that
 * order, groups of the same first token backwards, it is already in the order the choice needs (first token, longest
 * first), so nothing is sorted: a sort per paragraph cost more in allocations than the choice itself.
 */
export function resolveOverlaps(raw: Mention[]): Mention[] {
  if (raw.length < 2) return raw;
  // Per class: where its last kept mention ends (token index), and that mention.
  const ends = new Map<MentionClass, number>();
  const lastKept = new Map<MentionClass, Mention>();
  // Classes in the order they first appear: mentions of the same span keep that order among themselves.
  const rank = new Map<MentionClass, number>();
  for (const m of raw) {
    const c = mentionClass(m.target);
    if (!rank.has(c)) rank.set(c, rank.size);
  }
  const kept: Mention[] = [];
  for (let g = 0; g < raw.length;) {
    let gEnd = g + 1;
    while (gEnd < raw.length && raw[gEnd].first === raw[g].first) gEnd++;
    // Same first token: longest span first; a span's mentions in the order they were found.
    for (let hi = gEnd; hi > g;) {
      let lo = hi - 1;
      while (lo > g && raw[lo - 1].last === raw[hi - 1].last) lo--;
      const from = kept.length;
      for (let k = lo; k < hi; k++) {
        const m = raw[k];
        const c = mentionClass(m.target);
        if (m.first < (ends.get(c) ?? -1)) {
          const prev = lastKept.get(c);
          if (prev && prev.first === m.first && prev.last === m.last) kept.push(m);
          continue;
        }
        kept.push(m);
        lastKept.set(c, m);
        ends.set(c, m.last);
      }
      if (kept.length - from > 1) sortSpanByClass(kept, from, rank);
      hi = lo;
    }
    g = gEnd;
  }
  return kept;
}

/** Mentions of one span (a handful at most), by class rank then as found: a stable insertion sort in place. */
function sortSpanByClass(list: Mention[], from: number, rank: Map<MentionClass, number>): void {
  for (let i = from + 1; i < list.length; i++) {
    const m = list[i];
    const r = rank.get(mentionClass(m.target))!;
    let j = i;
    while (j > from && rank.get(mentionClass(list[j - 1].target))! > r) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = m;
  }
}
