import type { PreparedText } from './normalize';

/** Normalized offset for an original offset (inverse of toOriginal; binary search, it is monotonic). */
export function toNormOffset(text: PreparedText, original: number): number {
  if (text.norm === text.original) return original;
  let lo = 0;
  let hi = text.norm.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.toOriginal(mid) <= original) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
