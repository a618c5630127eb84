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
  const n = raw.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const cls = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    first[k] = raw[k].first;
    last[k] = raw[k].last;
    cls[k] = classIndex(raw[k].target);
  }
  const kept = new Int32Array(n);
  const count = keptIndexes(n, first, last, cls, kept);
  const out: Mention[] = [];
  for (let k = 0; k < count; k++) out.push(raw[kept[k]]);
  return out;
}

// Per class (classIndex): where its last kept mention ends (token index), and that mention's index; the classes'
// ranks in the order they first appear. Reused by every call (nothing in a call calls it again).
const ends = new Int32Array(5);
const lastKept = new Int32Array(5);
const rank = new Int32Array(5);

/**
 * resolveOverlaps over raw mentions given as parallel arrays (first token, last token, classIndex of the target), n
 * of them in the trie walk's order: writes the indexes of those that stand into `kept`, in their final order, and
 * returns how many. The phrase index calls it on arrays it reuses, and makes objects only for the mentions kept.
 */
export function keptIndexes(n: number, first: Int32Array, last: Int32Array, cls: Uint8Array, kept: Int32Array): number {
  if (n < 2) {
    for (let k = 0; k < n; k++) kept[k] = k;
    return n;
  }
  ends.fill(-1);
  lastKept.fill(-1);
  // Classes in the order they first appear: mentions of the same span keep that order among themselves.
  rank.fill(-1);
  let ranked = 0;
  for (let k = 0; k < n && ranked < rank.length; k++) if (rank[cls[k]] < 0) rank[cls[k]] = ranked++;
  let count = 0;
  for (let g = 0; g < n;) {
    let gEnd = g + 1;
    while (gEnd < n && first[gEnd] === first[g]) gEnd++;
    // Same first token: longest span first; a span's mentions in the order they were found.
    for (let hi = gEnd; hi > g;) {
      let lo = hi - 1;
      while (lo > g && last[lo - 1] === last[hi - 1]) lo--;
      const from = count;
      for (let k = lo; k < hi; k++) {
        const c = cls[k];
        if (first[k] < ends[c]) {
          const prev = lastKept[c];
          if (prev >= 0 && first[prev] === first[k] && last[prev] === last[k]) kept[count++] = k;
          continue;
        }
        kept[count++] = k;
        lastKept[c] = k;
        ends[c] = last[k];
      }
      if (count - from > 1) sortSpanByClass(kept, from, count, cls);
      hi = lo;
    }
    g = gEnd;
  }
  return count;
}

/** Mentions of one span (a handful at most), by class rank then as found: a stable insertion sort in place. */
function sortSpanByClass(list: Int32Array, from: number, to: number, cls: Uint8Array): void {
  for (let i = from + 1; i < to; i++) {
    const m = list[i];
    const r = rank[cls[m]];
    let j = i;
    while (j > from && rank[cls[list[j - 1]]] > r) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = m;
  }
}

/** mentionClass as a number (name, title, body, term, enum), for arrays instead of maps. */
export function classIndex(t: Pick<MentionTarget, 'type'>): number {
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
