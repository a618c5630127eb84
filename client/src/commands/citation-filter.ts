/**
 * Filtering the citation picker without diacritics: "chi thi 12" finds "Chỉ thị 12-CT/TW". VS Code's own quick-pick
 * filter compares letters as typed, so the picker shows every item and asks this module which ones match.
 * Pure (no vscode import) so it is tested directly.
 */

export interface Searchable {
  label: string;
  citation: string;
  detail?: string;
}

/** Lower case, no tone or vowel marks, đ → d, punctuation as spaces: what a user types without a Vietnamese IME. */
export function foldForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The items that match every word of the query, best first: the query as a phrase at the start of the label, then
 * anywhere in the label, then words found anywhere (citation, subject).
 */
export function filterCitations<T extends Searchable>(items: readonly T[], query: string): T[] {
  const q = foldForSearch(query);
  if (!q) return [...items];
  const words = q.split(' ');
  const scored: { item: T; score: number; order: number }[] = [];
  items.forEach((item, order) => {
    const label = ` ${foldForSearch(item.label)} `;
    const all = ` ${label} ${foldForSearch(item.citation)} ${foldForSearch(item.detail ?? '')} `;
    // A number must match a whole number ("12" is not "120"); other words may be prefixes.
    const found = (w: string) => (/^\d+$/.test(w) ? all.includes(` ${w} `) : all.includes(` ${w}`));
    if (!words.every(found)) return;
    const score = label.startsWith(` ${q} `) ? 0 : label.includes(` ${q} `) ? 1 : 2;
    scored.push({ item, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.item);
}
