/**
 * Where a pattern whose first words are tagged may start, before a given offset: what `Tokens.starts` lists, cut at
 * `before`. The patterns that use it need a digit after their first words, so nothing starts at or after the
 * paragraph's last digit, and the walk over the tokens stops there instead of at the paragraph's end.
 */
import type { Tokens } from '../text/tokens';

export function tagStartsBefore(tokens: Tokens, tag: number, before: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const start = tokens.start(i);
    if (start >= before) break;
    if (tokens.tagged(i, tag)) out.push(start);
    // After a number inside a token ("5Luật") a pattern may start too, as a search of the text would find it.
    else if (tokens.letterAfterNumber(i)) for (let k = start + 1; k < tokens.end(i) && k < before; k++) out.push(k);
  }
  return out;
}
