/**
 * Syllable tokens. Vietnamese words are space-separated syllables, so a syllable is our unit.
 *
 * A document's tokens are offsets in typed arrays plus an id into a shared vocabulary of the syllables seen (text,
 * matching key, capitals): a megabyte holds a couple of hundred thousand syllables but only a few thousand distinct
 * ones, so no object and no key is built per token.
 */
import * as chars from './chars';
import { syllableKey } from './normalize';

// Local copies: the loop below reads them per character, and an imported binding may be a getter.
const { LETTER, MARK, NUMBER, SPACE, SPACE_OR_TAB, SPECIAL, CLASSES, charClass, codePointClass } = chars;

export interface Token {
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  text: string;
  key: string;
  /** True when the first letter is upper case (names, proper titles). */
  upper: boolean;
}

const UPPER = 1;
/** The first character is a number (\p{N}). */
const NUMERIC = 2;
/** Holds an ASCII digit somewhere. */
const DIGITS = 4;
/** A letter right after a number inside the syllable ("5Luật"): a pattern may start there, not only at its start. */
const NUMBER_LETTER = 8;

/**
 * Distinct syllables with their key and flags, found by a hash of their characters computed while they are read: a
 * syllable seen before costs no string. A generation is replaced when full, so hostile text cannot grow it.
 */
class Vocabulary {
  readonly texts: string[] = [];
  readonly keys: string[] = [];
  flags = new Uint8Array(1024);
  tags = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** Open addressing: id + 1, 0 for a free slot. */
  private slots = new Int32Array(4096);
  /**
   * The syllables' characters, one after another (syllable id's at [starts[id], starts[id + 1])): a lookup compares
   * typed-array cells with the text instead of reading another string's characters.
   */
  private chars = new Uint16Array(8192);
  private starts = new Int32Array(1025);
  /**
   * Each syllable's first six code units packed three by three into two numbers (packedUnits): a lookup compares a
   * syllable of up to six units in two steps, where a loop over its units, exiting at a length that varies from one
   * token to the next, cost about a fifth of the tokenizer.
   */
  private packed = new Float64Array(2048);

  get size(): number {
    return this.texts.length;
  }

  /** The id of src[start, end), whose hash is `hash` (see tokenizeText) and first character's class `firstClass`. */
  intern(src: string, start: number, end: number, hash: number, firstClass: number, p0: number, p1: number): number {
    const mask = this.slots.length - 1;
    const len = end - start;
    const { chars, starts, hashes, slots, packed } = this;
    let slot = hash & mask;
    for (;;) {
      const e = slots[slot];
      if (e === 0) break;
      const id = e - 1;
      if (hashes[id] === hash) {
        const from = starts[id];
        if (starts[id + 1] - from === len && packed[2 * id] === p0 && packed[2 * id + 1] === p1) {
          if (len <= PACKED_UNITS) return id;
          // The rest of the syllable's characters, as the tokenizer copied them while reading (`read`), when it could.
          let k = PACKED_UNITS;
          if (len <= READ_MAX) while (k < len && chars[from + k] === read[k]) k++;
          else while (k < len && chars[from + k] === src.charCodeAt(start + k)) k++;
          if (k === len) return id;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.add(src, start, end, hash, firstClass, slot);
  }

  private add(src: string, start: number, end: number, hash: number, firstClass: number, slot: number): number {
    const id = this.texts.length;
    const text = src.slice(start, end);
    this.texts.push(text);
    this.keys.push(syllableKey(text));
    if (id >= this.flags.length) {
      this.flags = grownBytes(this.flags, this.flags.length * 2);
      const tags = new Int32Array(this.tags.length * 2);
      tags.set(this.tags);
      this.tags = tags;
      const h = new Int32Array(this.hashes.length * 2);
      h.set(this.hashes);
      this.hashes = h;
      const st = new Int32Array(this.hashes.length + 1);
      st.set(this.starts);
      this.starts = st;
      const p = new Float64Array(this.hashes.length * 2);
      p.set(this.packed);
      this.packed = p;
    }
    let at = this.starts[id];
    if (at + text.length > this.chars.length) {
      const c = new Uint16Array(Math.max(this.chars.length * 2, at + text.length));
      c.set(this.chars);
      this.chars = c;
    }
    for (let k = 0; k < text.length; k++) this.chars[at++] = text.charCodeAt(k);
    this.starts[id + 1] = at;
    this.hashes[id] = hash;
    const [p0, p1] = packedUnits(text);
    this.packed[2 * id] = p0;
    this.packed[2 * id + 1] = p1;
    const first = text[0];
    this.flags[id] =
      (first !== first.toLowerCase() ? UPPER : 0) |
      (firstClass & NUMBER ? NUMERIC : 0) |
      (/[0-9]/.test(text) ? DIGITS : 0) |
      (/\p{N}\p{L}/u.test(text) ? NUMBER_LETTER : 0);
    this.tags[id] = keyTags.get(this.keys[id]) ?? 0;
    this.slots[slot] = id + 1;
    if ((id + 1) * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.texts.length; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** How many code units of a syllable `packed` holds: three per number, 16 bits each (48 bits: exact in a double). */
const PACKED_UNITS = 6;

/**
 * A text's first six code units as two numbers, u0·2³² + u1·2¹⁶ + u2 and the same of u3…u5 (0 when there are none):
 * two texts of the same length up to six units are equal exactly when these are. The tokenizer computes the same as it
 * reads (the test compares both).
 */
export function packedUnits(text: string): [number, number] {
  let p0 = 0;
  let p1 = 0;
  for (let k = 0; k < text.length && k < PACKED_UNITS; k++) {
    if (k < 3) p0 = p0 * 65536 + text.charCodeAt(k);
    else p1 = p1 * 65536 + text.charCodeAt(k);
  }
  return [p0, p1];
}

/**
 * Tags: a bit per registered set of keys, so a pass can ask "any of these words here?" per token by a bit test and skip
 * the regular expression over text that cannot hold its match. Registering starts a new vocabulary generation, so
 * every syllable is tagged whatever the order modules load in.
 */
const VOCABULARY_LIMIT = 200_000;
let vocabulary = new Vocabulary();
const keyTags = new Map<string, number>();
let tagCount = 0;
export function tagKeys(keys: readonly string[]): number {
  if (tagCount >= 31) throw new Error('too many token tags');
  const bit = 1 << tagCount++;
  for (const k of keys) keyTags.set(k, (keyTags.get(k) ?? 0) | bit);
  vocabulary = new Vocabulary();
  return bit;
}

function grownBytes(a: Uint8Array, cap: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}

/** The gap before a token is spaces and tabs only (/^[ \t]+$/). */
export const GAP_PLAIN = 1;
/** The gap before a token is white space only (/^\s+$/): it compares equal to a plain space in a phrase. */
export const GAP_SPACE = 2;
/** Internal: some character was seen since the last token. */
const GAP_SEEN = 4;

/** Token i is the four numbers at 4i: start, end, vocabulary id, GAP_* flags of the text before it. */
const STRIDE = 4;

export class Tokens {
  readonly length: number;
  /** lastDigitEnd, once asked (-2 before). */
  private digitsEnd = -2;

  constructor(
    readonly norm: string,
    private readonly data: Int32Array,
    private readonly vocab: Vocabulary,
  ) {
    this.length = data.length / STRIDE;
  }

  /** The vocabulary the ids refer to: ids are stable within it, so a cache keyed by it can index by id. */
  get vocabulary(): object {
    return this.vocab;
  }
  /** How many syllables `vocabulary` holds: every id of these tokens is below it. */
  get vocabularySize(): number {
    return this.vocab.size;
  }
  /** The id of token i's syllable in `vocabulary` (equal ids, equal text). */
  id(i: number): number {
    return this.data[i * STRIDE + 2];
  }
  start(i: number): number {
    return this.data[i * STRIDE];
  }
  end(i: number): number {
    return this.data[i * STRIDE + 1];
  }
  text(i: number): string {
    return this.vocab.texts[this.data[i * STRIDE + 2]];
  }
  key(i: number): string {
    return this.vocab.keys[this.data[i * STRIDE + 2]];
  }
  upper(i: number): boolean {
    return (this.vocab.flags[this.data[i * STRIDE + 2]] & UPPER) !== 0;
  }
  /** Starts with a number (/^\p{N}/u). */
  numeric(i: number): boolean {
    return (this.vocab.flags[this.data[i * STRIDE + 2]] & NUMERIC) !== 0;
  }
  /** Holds an ASCII digit. */
  hasDigit(i: number): boolean {
    return (this.vocab.flags[this.data[i * STRIDE + 2]] & DIGITS) !== 0;
  }
  /** A letter right after a number inside token i ("5Luật"): a pattern may start inside it. */
  letterAfterNumber(i: number): boolean {
    return (this.vocab.flags[this.data[i * STRIDE + 2]] & NUMBER_LETTER) !== 0;
  }
  /** Whether token i's key is in the set registered as `tag` (tagKeys). */
  tagged(i: number, tag: number): boolean {
    return (this.vocab.tags[this.data[i * STRIDE + 2]] & tag) !== 0;
  }
  /**
   * Where a pattern that starts with one of the words tagged `tag`, not after a letter or mark, may start: those
   * tokens' starts, and every position of a syllable with a letter right after a number ("5Luật"). In order, and
   * only those before `before`: a pattern that needs a digit after its first words stops at `lastDigitEnd()`.
   */
  starts(tag: number, before = Infinity): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.length; i++) {
      const start = this.start(i);
      if (start >= before) break;
      const id = this.data[i * STRIDE + 2];
      if (this.vocab.tags[id] & tag) out.push(start);
      else if (this.vocab.flags[id] & NUMBER_LETTER)
        for (let k = start + 1; k < this.end(i) && k < before; k++) out.push(k);
    }
    return out;
  }
  /**
   * Where the last token holding an ASCII digit ends, -1 when none does. Every digit of the text is inside a token, so
   * a pattern that needs a digit after its start cannot start at or after this: searches stop there.
   */
  lastDigitEnd(): number {
    if (this.digitsEnd === -2) {
      let i = this.length - 1;
      while (i >= 0 && !this.hasDigit(i)) i--;
      this.digitsEnd = i >= 0 ? this.end(i) : -1;
    }
    return this.digitsEnd;
  }
  /** GAP_* flags of the text between token i - 1 (or the start) and token i. */
  gapFlags(i: number): number {
    return this.data[i * STRIDE + 3];
  }
  /** Only spaces and tabs between token i - 1 and token i. */
  plainBefore(i: number): boolean {
    return (this.data[i * STRIDE + 3] & GAP_PLAIN) !== 0;
  }
  /** The text between the end of token a and the start of token b. */
  gap(a: number, b: number): string {
    return this.norm.slice(this.end(a), this.start(b));
  }
  /** Keys of tokens [from, to) joined by spaces. */
  keys(from: number, to: number): string {
    let s = '';
    for (let k = from; k < to; k++) s += k > from ? ` ${this.key(k)}` : this.key(k);
    return s;
  }
  /** The first token whose start is at or after `offset`. */
  firstFrom(offset: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.start(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The characters of the syllable being read, copied as they are read (up to READ_MAX): the vocabulary compares them
 * with a typed array's cells, not by reading the text again (charCodeAt on a paragraph, a slice of the document, is
 * slower than a typed array's cell).
 */
const READ_MAX = 64;
const read = new Uint16Array(READ_MAX);

/** Where the tokens of a paragraph too long for a slab are gathered, then copied out at their final size. */
let scratch = new Int32Array(4096);

/**
 * The syllables of a normalized text: runs of letters, digits and marks that start with a letter or digit, exactly
 * /[\p{L}\p{N}][\p{L}\p{M}\p{N}]* /gu, read by character class in one pass.
 */
export function tokenizeText(norm: string): Tokens {
  return tokenizeWith(norm, norm, 0, false)!;
}

/**
 * tokenizeText of a text none of whose characters normalization could change (no code unit of class SPECIAL, chars.ts):
 * such a text is its own normal form. Undefined, at the first character that is SPECIAL. Most paragraphs are plain,
 * so one pass finds that out and reads their syllables, where a search for such characters and then the tokenizer
 * read every character twice.
 */
export function tokenizeIfPlain(text: string, whole = text, offset = 0): Tokens | undefined {
  return tokenizeWith(text, whole, offset, true);
}

/**
 * Reads `norm`'s characters from `src`, where norm is src.slice(offset, offset + norm.length): a paragraph is a slice
 * of its document, and reading the document's flat string is faster (about 15 %) than reading the slice, whose every
 * charCodeAt goes through its parent. Token offsets are relative to `offset`.
 */
function tokenizeWith(norm: string, src: string, offset: number, plainOnly: boolean): Tokens | undefined {
  if (vocabulary.size >= VOCABULARY_LIMIT) vocabulary = new Vocabulary();
  const vocab = vocabulary;
  const n = offset + norm.length;
  // Tokens are written straight into the current slab after what it holds (see roomFor); a paragraph that outgrows it
  // moves to a new slab, or to the scratch buffer once it is too large for one.
  let buf: Int32Array = slab;
  let base = slabUsed;
  let count = 0;
  let gap = 0;
  let i = offset;
  while (i < n) {
    let c = src.charCodeAt(i);
    // A plain space (most gaps are one) keeps every gap class: no class to read, no flags to work out.
    if (c === 32) {
      if (gap === 0) gap = GAP_PLAIN | GAP_SPACE | GAP_SEEN;
      i++;
      continue;
    }
    let v = CLASSES[c] || charClass(c);
    let w = 1;
    if (v & SPECIAL) {
      if (plainOnly) {
        if (buf !== slab) dropScratch(buf);
        return undefined;
      }
      if (c >= 0xd800 && c <= 0xdbff) [v, w] = pairClass(src, i, v);
    }
    if (!(v & (LETTER | NUMBER))) {
      // Between tokens: which gap classes the characters so far still allow.
      gap =
        (gap === 0 ? GAP_PLAIN | GAP_SPACE | GAP_SEEN : gap) &
        ~(v & SPACE_OR_TAB ? 0 : GAP_PLAIN) &
        ~(v & SPACE ? 0 : GAP_SPACE);
      i += w;
      continue;
    }
    const start = i;
    const firstClass = v;
    let hash = c;
    // packedUnits of the syllable, as it is read (see Vocabulary.packed).
    let p0 = c;
    let p1 = 0;
    read[0] = c;
    if (w === 2) {
      const d = src.charCodeAt(i + 1);
      read[1] = d;
      p0 = p0 * 65536 + d;
    }
    i += w;
    while (i < n) {
      c = src.charCodeAt(i);
      v = CLASSES[c] || charClass(c);
      w = 1;
      if (v & SPECIAL) {
        if (plainOnly) {
          if (buf !== slab) dropScratch(buf);
          return undefined;
        }
        if (c >= 0xd800 && c <= 0xdbff) [v, w] = pairClass(src, i, v);
      }
      if (!(v & (LETTER | MARK | NUMBER))) break;
      hash = (Math.imul(hash, 31) + c) | 0;
      let k = i - start;
      if (k < READ_MAX) read[k] = c;
      if (k < 3) p0 = p0 * 65536 + c;
      else if (k < PACKED_UNITS) p1 = p1 * 65536 + c;
      if (w === 2) {
        const d = src.charCodeAt(i + 1);
        hash = (Math.imul(hash, 31) + d) | 0;
        if (++k < READ_MAX) read[k] = d;
        if (k < 3) p0 = p0 * 65536 + d;
        else if (k < PACKED_UNITS) p1 = p1 * 65536 + d;
      }
      i += w;
    }
    let at = base + count * STRIDE;
    if (at + STRIDE > buf.length) {
      buf = roomFor(buf, base, count * STRIDE);
      base = 0;
      at = count * STRIDE;
    }
    buf[at++] = start - offset;
    buf[at++] = i - offset;
    buf[at++] = vocab.intern(src, start, i, hash, firstClass, p0, p1);
    buf[at] = gap & (GAP_PLAIN | GAP_SPACE);
    count++;
    gap = 0;
  }
  const length = count * STRIDE;
  let data: Int32Array;
  if (buf === slab) {
    data = slab.subarray(base, base + length);
    slabUsed = base + length;
  } else {
    data = buf.slice(0, length);
    dropScratch(buf);
  }
  return new Tokens(norm, data, vocab);
}

/** A huge text's buffer is not kept for the next one. */
function dropScratch(buf: Int32Array): void {
  if (buf.length > 1 << 20) scratch = new Int32Array(4096);
}

/** Class and length of a surrogate pair read as one code point (a lone surrogate keeps its own class). */
function pairClass(s: string, i: number, own: number): [number, number] {
  const d = s.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return [own, 1];
  return [codePointClass(((s.charCodeAt(i) - 0xd800) << 10) + (d - 0xdc00) + 0x10000), 2];
}

/**
 * Token arrays are cut from shared slabs: a view on a slab costs a small object, where an array of its own costs a
 * buffer allocation per paragraph. A slab (64 KB, some twenty paragraphs) lives as long as a view on it: the few
 * analyses kept for hover pin a couple of megabytes at most; a large token array gets a buffer of its own. The
 * tokenizer writes into the slab after `slabUsed` and takes its part only when done, so no token is copied.
 */
const SLAB_INTS = 1 << 14;
let slab = new Int32Array(SLAB_INTS);
let slabUsed = 0;

/**
 * Where the `length` ints written so far at buf[base…] go on when buf is full: a new slab while they fit in a quarter
 * of one, then the scratch buffer (grown as needed). They are copied to its start.
 */
function roomFor(buf: Int32Array, base: number, length: number): Int32Array {
  if (buf !== slab) return (scratch = grow(buf, buf.length * 2));
  let next: Int32Array;
  if (length + STRIDE <= SLAB_INTS >> 2) {
    next = slab = new Int32Array(SLAB_INTS);
    slabUsed = 0;
  } else next = scratch.length >= 2 * length ? scratch : (scratch = new Int32Array(2 * length));
  next.set(buf.subarray(base, base + length));
  return next;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/**
 * Tokens as objects, for short strings (glossary phrases, the line being completed). Kept apart from tokenizeText on
 * purpose: glossary strings come in every internal string shape, and feeding them to the document loop would make it
 * slower for documents. Both cut exactly the same tokens (tokens.test.ts).
 */
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
