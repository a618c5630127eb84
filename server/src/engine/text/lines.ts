/**
 * Lines as LSP and editors count them: a line ends at \r\n, \n or \r. Directives ("the next line") and glossary
 * problem positions both count lines this way, whatever the file's line endings.
 */

/** Offset at which each line starts; index = line number (0-based). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0a || c === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** The line containing `offset` (binary search: starts are increasing). */
export function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** [start, end) of a line without its line break. */
export function lineSpan(text: string, starts: readonly number[], line: number): { start: number; end: number } {
  const start = starts[line];
  let end = line + 1 < starts.length ? starts[line + 1] : text.length;
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return { start, end };
}
