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
import * as chars from './chars';
import { lineAt } from './lines';

// Local copies: the loops below read them per character, and an imported binding may be a getter.
const { CONFUSABLES, LETTER, MARK, NUMBER, SPECIAL, CLASSES, charClass, isZeroWidth } = chars;

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const ALL_MARKS = /\p{M}/gu;
// The class lists single code points, ZWJ among them, to fold; it is not matching a joined sequence.
const CONFUSABLE_ALL =
  // eslint-disable-next-line no-misleading-character-class
  /[\u00D0\u00F0\u00A0\u202F\u2007\u2009\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2010-\u2014\u2212\u2215\u2044\uFF0F]/gu;

/**
 * Any character outside the ranges known to hold no SPECIAL character (chars.ts): ASCII and Latin-1 but NBSP, the soft
 * hyphen, Ð and ð; the Latin extensions (Vietnamese letters are precomposed there); punctuation after the dashes and
 * spaces, but the fraction slash. text.test.ts checks every character of these ranges against the table.
 */
export const MAYBE_SPECIAL =
  // eslint-disable-next-line no-control-regex -- from U+0000 on purpose: control characters never change
  /[^\x00-\x9f\xa1-\xac\xae-\xcf\xd1-\xef\xf1-\u02ff\u1e00-\u1eff\u2015-\u2027\u2030-\u2043\u2045-\u205f]/;

export interface PreparedText {
  /** The original text. */
  original: string;
  /** NFC text with look-alikes folded; all matching runs on this. */
  norm: string;
  /** Offset in `original` for an offset in `norm` (0..norm.length). */
  toOriginal: (normOffset: number) => number;
}

const identity = (original: string, norm: string): PreparedText => ({
  original,
  norm,
  toOriginal: (i) => Math.max(0, Math.min(i, norm.length)),
});

/**
 * A text none of whose characters normalization could change (no code unit of class SPECIAL, chars.ts) as its own
 * normal form: what prepareText returns for it, for a caller that has checked every character already.
 */
export function unchangedText(original: string): PreparedText {
  return identity(original, original);
}

/**
 * A "piece" is a run of letters and digits, each with the marks that follow it (at most 16: a longer run is garbage
 * pasted from a broken source, and normalizing it whole is quadratic), or a run of marks, or one other character.
 * Each piece is normalized on its own, so normalizing never looks further than a piece and the offset map is exact
 * at every piece boundary.
 */
const PIECE_RE = /(?:[\p{L}\p{N}][\p{M}\u200B-\u200D\u2060\u00AD]{0,16})+|[\p{M}\u200B-\u200D\u2060\u00AD]{1,16}|[^]/gu;

/**
 * Normalize a document once, keeping the way back to original offsets. Cost: one look at each character; only the
 * pieces around a character that normalization can change (a mark, a look-alike, a composing character) are cut
 * out and normalized, the rest is copied as it is.
 */
export function prepareText(original: string): PreparedText {
  // Most paragraphs hold only characters that never change (ASCII, Vietnamese letters, common punctuation): a regular
  // expression finds that faster than a loop can.
  if (!MAYBE_SPECIAL.test(original)) return identity(original, original);
  const n = original.length;
  let folds = false;
  let i = 0;
  for (; i < n; i++) {
    const c = original.charCodeAt(i);
    if (!((CLASSES[c] || charClass(c)) & SPECIAL)) continue;
    // A look-alike replaced one for one (NBSP, dashes, Ð) keeps every offset.
    if (CONFUSABLES[original[i]]?.length === 1) folds = true;
    else break;
  }
  if (i === n) return identity(original, folds ? original.replace(CONFUSABLE_ALL, fold) : original);
  return byPieces(original);
}

const fold = (ch: string): string => CONFUSABLES[ch] ?? ch;

/** Letters, digits, marks, zero-width characters and surrogates: what a piece other than a lone character is made of. */
const inPiece = (c: number): boolean =>
  (charClass(c) & (LETTER | NUMBER | MARK)) !== 0 || isZeroWidth(c) || (c >= 0xd800 && c <= 0xdfff);

function byPieces(original: string): PreparedText {
  const n = original.length;
  const parts: string[] = [];
  // Segments of the offset map, four numbers each: norm start, original start, original length, norm length.
  // Inside a segment, norm offset k maps to original start + min(k, original length).
  const seg: number[] = [];
  let normLen = 0;
  const emit = (start: number, raw: number, out: string) => {
    if (out.length === 0) return;
    parts.push(out);
    const last = seg.length - 4;
    // Pieces that keep their length map offset for offset: one segment covers a whole run of them.
    if (
      last >= 0 &&
      out.length === raw &&
      seg[last + 2] === seg[last + 3] &&
      seg[last] + seg[last + 3] === normLen &&
      seg[last + 1] + seg[last + 2] === start
    ) {
      seg[last + 2] += raw;
      seg[last + 3] += raw;
    } else seg.push(normLen, start, raw, out.length);
    normLen += out.length;
  };
  let pos = 0;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (!((CLASSES[c] || charClass(c)) & SPECIAL)) {
      i++;
      continue;
    }
    // Back to where the piece holding this character starts: after a lone character, or where the last piece ended.
    let q = i;
    while (q > pos && inPiece(original.charCodeAt(q - 1))) q--;
    if (q > pos) emit(pos, q - pos, original.slice(pos, q));
    PIECE_RE.lastIndex = q;
    let end = q;
    do {
      const m = PIECE_RE.exec(original)!;
      const raw = m[0];
      emit(m.index, raw.length, raw.length === 1 ? (CONFUSABLES[raw] ?? raw) : normalizePiece(raw));
      end = m.index + raw.length;
    } while (end <= i);
    pos = i = end;
  }
  if (n > pos) emit(pos, n - pos, original.slice(pos, n));
  const norm = parts.join('');
  const starts = new Int32Array(seg.length / 4);
  for (let k = 0; k < starts.length; k++) starts[k] = seg[k * 4];
  const toOriginal = (offset: number): number => {
    if (offset >= normLen) return n;
    if (offset <= 0) return seg.length ? Math.min(seg[1], n) : 0;
    // The last piece starting at or before `offset`: the same search as a line's.
    const k = lineAt(starts, offset);
    return seg[k * 4 + 1] + Math.min(offset - starts[k], seg[k * 4 + 2]);
  };
  return { original, norm, toOriginal };
}

/** Syllables repeat: a piece seen before is not normalized again (bounded, so hostile text cannot grow it). */
const pieceCache = new Map<string, string>();
function normalizePiece(raw: string): string {
  let out = pieceCache.get(raw);
  if (out === undefined) {
    out = foldConfusables(raw).normalize('NFC');
    if (pieceCache.size >= 50_000) pieceCache.clear();
    if (raw.length <= 40) pieceCache.set(raw, out);
  }
  return out;
}

function foldConfusables(s: string): string {
  CONFUSABLE_ALL.lastIndex = 0;
  return CONFUSABLE_ALL.test(s) ? s.replace(CONFUSABLE_ALL, fold) : s;
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
/**
 * Longer than any syllable: such a "word" (a run of letters glued to marks pasted from a broken source, a code) is
 * keyed by its lower case alone. It matches no glossary syllable either way, and normalizing a long run of marks costs
 * time quadratic in its length.
 */
const LONGEST_SYLLABLE = 48;
export function syllableKey(syllable: string): string {
  if (syllable.length > LONGEST_SYLLABLE) return syllable.toLowerCase();
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

/**
 * Case- and tone-placement-insensitive key of a whole phrase (for maps keyed by text). Checks ask for the keys of the
 * same glossary titles and names at every mention, so keys are memoized (bounded).
 */
const phraseCache = new Map<string, string>();
export function phraseKey(s: string): string {
  let key = phraseCache.get(s);
  if (key === undefined) {
    key = normalizeText(s)
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(Boolean)
      .map(syllableKey)
      .join(' ');
    if (phraseCache.size >= 20_000) phraseCache.clear();
    if (s.length <= 200) phraseCache.set(s, key);
  }
  return key;
}
