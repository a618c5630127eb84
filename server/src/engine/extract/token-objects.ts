/**
 * Extraction reads an article once, off the typing path, and walks its tokens back and forth: it takes them as plain
 * objects (start, end, text, key, upper) rather than the analysis' packed form. Converted once per analysis.
 */
import type { Token, Tokens } from '../text/tokens';

const converted = new WeakMap<Tokens, Token[]>();

export function tokenObjects(tokens: Tokens): Token[] {
  let out = converted.get(tokens);
  if (!out) {
    out = new Array<Token>(tokens.length);
    for (let i = 0; i < tokens.length; i++)
      out[i] = {
        start: tokens.start(i),
        end: tokens.end(i),
        text: tokens.text(i),
        key: tokens.key(i),
        upper: tokens.upper(i),
      };
    converted.set(tokens, out);
  }
  return out;
}
