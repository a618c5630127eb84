/**
 * Which of the phrase index's raw mentions stand: per class, the longest of those that overlap (a title inside a
 * longer title gives way); two targets written with the same words both stand, so checks can choose.
 */
import type { Mention, MentionTarget } from './mention';

/**
 * `raw` comes in the order the trie walk finds it: by first token, then by last token, shortest first. Read in that
 * order, groups of the same first token backwards, it is already in the order the choice needs (first token, longest
 * first), so nothing is sorted: a sort per paragraph cost more in allocations than the choice itself.
 */
export function resolveOverlaps(raw: Mention[]): Mention[] {
  if (raw.length < 2) return raw;
  // Per class (classIndex): where its last kept mention ends (token index), and that mention.
  const ends = [-1, -1, -1, -1, -1];
  const lastKept: Array<Mention | undefined> = [undefined, undefined, undefined, undefined, undefined];
  // Classes in the order they first appear: mentions of the same span keep that order among themselves.
  const rank = [-1, -1, -1, -1, -1];
  let ranked = 0;
  for (let k = 0; k < raw.length && ranked < rank.length; k++) {
    const c = classIndex(raw[k].target);
    if (rank[c] < 0) rank[c] = ranked++;
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
        const c = classIndex(m.target);
        if (m.first < ends[c]) {
          const prev = lastKept[c];
          if (prev && prev.first === m.first && prev.last === m.last) kept.push(m);
          continue;
        }
        kept.push(m);
        lastKept[c] = m;
        ends[c] = m.last;
      }
      if (kept.length - from > 1) sortSpanByClass(kept, from, rank);
      hi = lo;
    }
    g = gEnd;
  }
  return kept;
}

/** Mentions of one span (a handful at most), by class rank then as found: a stable insertion sort in place. */
function sortSpanByClass(list: Mention[], from: number, rank: readonly number[]): void {
  for (let i = from + 1; i < list.length; i++) {
    const m = list[i];
    const r = rank[classIndex(m.target)];
    let j = i;
    while (j > from && rank[classIndex(list[j - 1].target)] > r) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = m;
  }
}

/** mentionClass as a number (name, title, body, term, enum), for arrays instead of maps. */
function classIndex(t: MentionTarget): number {
  switch (t.type) {
    case 'person':
    case 'honorific':
      return 0;
    case 'office':
    case 'role':
      return 1;
    case 'body':
      return 2;
    case 'enum-head':
      return 4;
    default:
      return 3;
  }
}
