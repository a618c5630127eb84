/**
 * Character classes by code unit, looked up in a table instead of testing a regular expression per character: the
 * hot loops (normalization, tokenization) read each character of a document once through here.
 * Each class is exactly its regular expression's (\p{L}, \p{N}, \p{M}, JavaScript's \s, …); a character is classified
 * the first time it is seen, so only the few hundred characters a text uses are ever computed.
 */

export const LETTER = 1; // \p{L}
export const NUMBER = 2; // \p{N}
export const MARK = 4; // \p{M}
export const SPACE = 8; // JavaScript's \s
export const SPACE_OR_TAB = 16; // [ \t]
export const DIGIT = 32; // [0-9]
/**
 * A character the normalizer must look at: a mark or a zero-width character (they join the piece before them), a
 * look-alike to fold, a character NFC may change, or half of a surrogate pair (classified by its code point).
 */
export const SPECIAL = 64;
const KNOWN = 128;

/** Look-alikes folded before matching; '' removes the character. Single code points only. */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  '\u00D0': '\u0110', // Ð (eth) → Đ
  '\u00F0': '\u0111', // ð → đ
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u00AD': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2215': '/',
  '\u2044': '/',
  '\uFF0F': '/',
};

/** Zero-width characters and the soft hyphen: they ride on the letter before them like marks do. */
export const isZeroWidth = (c: number): boolean =>
  c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0x00ad;

/**
 * Class bits by UTF-16 code unit, 0 for a character not seen yet. Hot loops read it directly (a module-level alias
 * of it, so no export getter sits in the loop) and call `charClass` only on a 0.
 */
export const CLASSES = new Uint8Array(0x10000);

/** The class bits of a UTF-16 code unit (a surrogate half is SPECIAL and nothing else). */
export function charClass(c: number): number {
  const v = CLASSES[c];
  return v !== 0 ? v : (CLASSES[c] = classify(c));
}

function classify(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return KNOWN | SPECIAL;
  const s = String.fromCharCode(c);
  let v = KNOWN;
  if (/\p{L}/u.test(s)) v |= LETTER;
  if (/\p{N}/u.test(s)) v |= NUMBER;
  if (/\p{M}/u.test(s)) v |= MARK;
  if (/\s/.test(s)) v |= SPACE;
  if (c === 0x20 || c === 0x09) v |= SPACE_OR_TAB;
  if (c >= 0x30 && c <= 0x39) v |= DIGIT;
  if (v & MARK || isZeroWidth(c) || s in CONFUSABLES || s.normalize('NFC') !== s || isComposingJamo(c)) v |= SPECIAL;
  return v;
}

/** Hangul jamo compose under NFC although each one alone is stable. */
const isComposingJamo = (c: number): boolean => c >= 0x1100 && c <= 0x11ff;

const astral = new Map<number, number>();

/** The class bits of a code point above the BMP (letters, digits and marks of other scripts, emoji). */
export function codePointClass(cp: number): number {
  let v = astral.get(cp);
  if (v === undefined) {
    const s = String.fromCodePoint(cp);
    v = KNOWN;
    if (/\p{L}/u.test(s)) v |= LETTER;
    if (/\p{N}/u.test(s)) v |= NUMBER;
    if (/\p{M}/u.test(s)) v |= MARK;
    if (astral.size < 10_000) astral.set(cp, v);
  }
  return v;
}

/** Class bits of the code point at i (a surrogate pair read whole) and its length in code units. */
export function classAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const v = charClass(c);
  if (!(v & SPECIAL) || c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return v;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return v;
  return codePointClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
}

/**
 * (?<![\p{L}\p{M}]) at i: the code point before i is not a letter or a mark. Patterns that must not start inside a
 * word test this by hand, because a regular expression that starts with a lookbehind tries it at every position.
 */
export function letterOrMarkBefore(s: string, i: number): boolean {
  if (i === 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff)
      return (codePointClass(((h - 0xd800) << 10) + (c - 0xdc00) + 0x10000) & (LETTER | MARK)) !== 0;
  }
  return (charClass(c) & (LETTER | MARK)) !== 0;
}
