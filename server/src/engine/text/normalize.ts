/**
 * The one place that knows how Vietnamese text is normalized. Everything that compares
 * text (matcher, checks, completion) goes through here.
 *
 * - Text arrives as NFC, NFD or a mix (PDF paste, macOS, legacy converters); we match on NFC
 *   and keep an offset map back to the original, because NFD is longer ("Nghị quyết" is 10
 *   UTF-16 units in NFC and 13 in NFD) and findings must point into the original text.
 * - Old and new tone placement (hoà/hòa, thuỷ/thủy) are different NFC strings; keys move the
 *   tone mark out of the syllable so both spellings give the same key.
 * - Look-alikes (Icelandic Ð, en dash, fraction slash, NBSP, zero-width) are folded.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = /\p{M}/gu;

/** Characters that look like others and break matching; '' removes the character. */
const CONFUSABLES: Record<string, string> = {
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
// The class lists single code points, ZWJ among them, to fold; it is not matching a joined sequence.
const CONFUSABLE_RE =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00D0\u00F0\u00A0\u202F\u2007\u2009\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2010-\u2014\u2212\u2215\u2044\uFF0F]/u;

/** Combining marks, and the few precomposed characters NFC replaces (Ω, K, Å signs; Hangul jamo). */
const MAY_DECOMPOSE_RE = /[\p{M}\u2126\u212A\u212B\u1100-\u11FF]/u;

// eslint-disable-next-line no-misleading-character-class -- single code points (ZWJ among them), as above
const LENGTH_CHANGING_RE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/u;

export interface PreparedText {
  /** The original text. */
  original: string;
  /** NFC text with look-alikes folded; all matching runs on this. */
  norm: string;
  /** Offset in `original` for an offset in `norm` (0..norm.length). */
  toOriginal: (normOffset: number) => number;
}

/** Normalize a whole document once, keeping the way back to original offsets. */
export function prepareText(original: string): PreparedText {
  // Text without combining marks is NFC already; asking normalize() would cost time quadratic in a long run of marks.
  if (!MAY_DECOMPOSE_RE.test(original)) {
    if (!CONFUSABLE_RE.test(original)) return { original, norm: original, toOriginal: (i) => i };
    // Look-alikes that are replaced one for one (NBSP, dashes, Ð) keep every offset.
    if (!LENGTH_CHANGING_RE.test(original)) return { original, norm: foldConfusables(original), toOriginal: (i) => i };
  }
  const parts: string[] = [];
  // map[i] = original offset of norm offset i; built piece by piece.
  const map: number[] = [];
  // A "piece" is a run of letters and digits, each with the marks that follow it (at most 16: a longer run is garbage
  // pasted from a broken source, and normalizing it whole is quadratic), or one other character.
  const pieceRe =
    /(?:[\p{L}\p{N}][\p{M}\u200B-\u200D\u2060\u00AD]{0,16})+|[\p{M}\u200B-\u200D\u2060\u00AD]{1,16}|[^]/gu;
  let m: RegExpExecArray | null;
  let normLen = 0;
  while ((m = pieceRe.exec(original))) {
    const raw = m[0];
    const start = m.index;
    let out = raw;
    if (raw.length === 1) out = CONFUSABLES[raw] ?? raw;
    else out = foldConfusables(raw).normalize('NFC');
    for (let k = 0; k < out.length; k++) map.push(start + Math.min(k, raw.length));
    parts.push(out);
    normLen += out.length;
  }
  map.push(original.length);
  const norm = parts.join('');
  const toOriginal = (i: number) => map[Math.max(0, Math.min(i, normLen))];
  return { original, norm, toOriginal };
}

function foldConfusables(s: string): string {
  if (!CONFUSABLE_RE.test(s)) return s;
  let out = '';
  for (const ch of s) out += CONFUSABLES[ch] ?? ch;
  return out;
}

/** Clean a glossary string the same way document text is cleaned. */
export function normalizeText(s: string): string {
  return foldConfusables(s).normalize('NFC');
}

/**
 * Matching key of one syllable: lower case, tone mark moved to the end, so that
 * "Hoà", "hòa" and "HOÀ" share a key but "hoa" and "hòa" do not.
 */
const keyCache = new Map<string, string>();

export function syllableKey(syllable: string): string {
  // The syllable inventory of Vietnamese is small (a few thousand), so keys are memoized.
  let key = keyCache.get(syllable);
  if (key === undefined) {
    key = computeSyllableKey(syllable);
    if (keyCache.size > 100_000) keyCache.clear();
    keyCache.set(syllable, key);
  }
  return key;
}

function computeSyllableKey(syllable: string): string {
  const d = syllable.normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (!tones) return syllable.normalize('NFC').toLowerCase();
  const base = d.replace(TONE_MARKS, '').normalize('NFC').toLowerCase();
  return base + tones.join('');
}

/** Diacritic-insensitive key for completion: "Tổng Bí thư" → "tong bi thu"; đ → d. */
export function foldKey(s: string): string {
  return s.normalize('NFD').replace(ALL_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Case- and tone-placement-insensitive key of a whole phrase (for maps keyed by text). */
export function phraseKey(s: string): string {
  return normalizeText(s)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(syllableKey)
    .join(' ');
}
