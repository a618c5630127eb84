/**
 * Binary search over arrays sorted by position (mentions by start, readings by end), so that asking "the nearest name
 * before this verb" costs a logarithm, not a walk over a long document's every name (a 2 MB text with no full stop
 * is one sentence).
 */

/** The first index at which `before` is false; `before` must be true for a prefix of `items` and false after. */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
