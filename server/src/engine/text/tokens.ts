/** Syllable tokens. Vietnamese words are space-separated syllables, so a syllable is our unit. */
import { syllableKey } from './normalize';

export interface Token {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  key: string;
  /** True when the first letter is upper case (names, proper titles). */
  upper: boolean;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function tokenize(norm: string): Token[] {
  const tokens: Token[] = [];
  WORD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(norm))) {
    const text = m[0];
    const first = text[0];
    tokens.push({
      start: m.index,
      end: m.index + text.length,
      text,
      key: syllableKey(text),
      upper: first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/**
 * What separates two tokens, reduced to a comparable class: "" for plain spaces,
 * otherwise the punctuation itself without spaces ("-", ",", "/").
 */
export function gapClass(norm: string, from: number, to: number): string {
  const gap = norm.slice(from, to);
  if (/^[ \t]+$/.test(gap)) return '';
  return gap.replace(/\s+/g, '');
}

/** Tokens and gaps of a glossary phrase, matched against text tokens. */
export interface PhrasePattern {
  keys: string[];
  gaps: string[];
}

export function phrasePattern(phrase: string): PhrasePattern {
  const toks = tokenize(phrase);
  const gaps: string[] = [];
  for (let i = 1; i < toks.length; i++) gaps.push(gapClass(phrase, toks[i - 1].end, toks[i].start));
  return { keys: toks.map((t) => t.key), gaps };
}
