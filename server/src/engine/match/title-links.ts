/**
 * Which titles go with which person. Drafts write titles before the name
 * ("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn"), in apposition after it
 * ("ông Bùi Thanh Sơn, Bộ trưởng Bộ Ngoại giao, cho biết"), in chains joined by commas or "kiêm",
 * and with a prefix: nguyên (former), cố (late), tân (newly appointed), quyền (acting).
 */
import { GAP_SPACE, type Tokens } from '../text/tokens';
import { syllableKey } from '../text/normalize';
import { isPerson } from './mention';
import { mentionClass, type Mention } from './phrase-index';

export type TitleModifier = 'nguyên' | 'cố' | 'tân' | 'quyền';

export interface TitleLink {
  person: Mention;
  title: Mention;
  modifier?: { kind: TitleModifier; start: number; end: number };
  /** The title was written after the name. */
  apposition: boolean;
  /** Place in a chain of titles: 0 is next to the name; further ones may belong to someone else. */
  position: number;
  /**
   * A chain title after "của"/"thay mặt": "… của Tổng Bí thư, Chủ tịch nước Tập Cận Bình" is his, "thừa ủy quyền của
   * Thủ tướng, Phó Thủ tướng X" is not X's. Checked when held, never reported as a title the person did not hold.
   */
  shared?: boolean;
  /**
   * "khóa XIII" or "nhiệm kỳ 2016-2021" right after the title: the writer dates the title, so it is a historical
   * reference (term) or is checked against that period.
   */
  qualifier?: TitleQualifier;
}

export interface TitleQualifier {
  kind: 'term' | 'period';
  start: number;
  end: number;
  /** Years of a period, inclusive. */
  years?: [number, number];
}

const MODIFIERS = new Map<string, TitleModifier>(
  (['nguyên', 'cố', 'tân', 'quyền'] as TitleModifier[]).map((m) => [syllableKey(m), m]),
);
/** Address words as syllable keys, compared token by token (no joined key string per person). */
const ADDRESS = ['ông', 'bà', 'đồng chí', 'ngài'].map((w) => w.split(' ').map(syllableKey));
const ADDRESS_LAST = new Set(ADDRESS.map((w) => w[w.length - 1]));
/** A title after one of these words is someone else's rank or a different office ("Phó …", "Trợ lý …"). */
const FOREIGN_HEADS = new Set(
  ['phó', 'trợ', 'lý', 'thư', 'ký', 'viên', 'đại', 'diện', 'nhân', 'vợ', 'chồng', 'phu'].map(syllableKey),
);
const JOINERS = new Set([syllableKey('kiêm')]);
/** A title right after these words is another person's ("thừa ủy quyền của Thủ tướng, Phó Thủ tướng X"). */
const OTHERS_BEFORE = new Set(['của', 'thay mặt'].map((w) => w.split(' ').map(syllableKey).join(' ')));
/** The gaps the walk tests, made once (a regular expression literal in a loop is a new object each time). */
const SPACES_OR_COMMAS = /^[\s,]*$/;
const PLAIN_OR_COMMA = /^[ \t]+$|^,\s*$/;
const COMMA_OR_PLAIN = /^,\s*$|^[ \t]+$/;
const COMMA = /^,\s*$/;
const PLAIN = /^[ \t]+$/;
const CLOSING_BRACKET = /^\)\s+$/;
const OPENING_BRACKET = /^\s*\($/;
const ADDRESS_LENGTHS = [2, 1];
/** Apposition: "Lê Hoài Trung, Trưởng Ban …", "Lê Hoài Trung – Trưởng Ban …", "Nguyễn Hòa Bình (Phó Thủ tướng …)". */
const APPOSITION_GAP = /^\s*,\s*$|^\s+[-–—]\s+$|^\s*\(\s*$/;

export function linkTitles(norm: string, tokens: Tokens, mentions: Mention[]): TitleLink[] {
  if (!mentions.some(isPerson)) return [];
  const titleByLast = titleReadings(mentions, 'last');
  // By first token: read only for a title after the name, past a comma or a dash (see below), so made then.
  let titleByFirst: Map<number, Mention[]> | undefined;
  const links: TitleLink[] = [];
  // Needed only to step over a title we do not know, which is rare: built then.
  let personStarts: Set<number> | undefined;

  for (const person of mentions) {
    if (!isPerson(person)) continue;
    // Before the name: skip an address word ("ông", "đồng chí"), then walk the chain backwards.
    let at = person.first;
    // Every address word ends with one of a few syllables: only then is the two- and one-word look-up worth its key.
    if (at > 0 && ADDRESS_LAST.has(tokens.key(at - 1))) {
      for (const len of ADDRESS_LENGTHS) {
        if (at - len >= 0 && isAddress(tokens, at - len, at) && spacesOrCommasBefore(tokens, at - len)) {
          at -= len;
          break;
        }
      }
    }
    // "Bộ trưởng Bộ Thông tin và Truyền thông (Bộ TT&TT) Nguyễn Mạnh Hùng": an abbreviation in brackets.
    let expectGap = PLAIN_OR_COMMA;
    // Most gaps are plain spaces (GAP_* flags): a gap string is sliced only for the others.
    if (at > 1 && !tokens.plainBefore(at) && CLOSING_BRACKET.test(tokens.gap(at - 1, at))) {
      for (let j = at - 1; j > 0 && at - j <= 5; j--) {
        if (OPENING_BRACKET.test(tokens.gap(j - 1, j))) {
          if (titleByLast.has(j)) {
            at = j;
            expectGap = OPENING_BRACKET;
          }
          break;
        }
      }
    }
    let position = 0;
    for (;;) {
      const q = qualifierEndingAt(norm, tokens, at);
      const titleEnd = q ? q.first : at;
      const titles = titleByLast.get(titleEnd);
      if (!titles || titleEnd === 0) break;
      const qualifier = q?.qualifier;
      // A plain gap passes PLAIN_OR_COMMA and COMMA_OR_PLAIN, not OPENING_BRACKET.
      if (tokens.plainBefore(at) ? expectGap === OPENING_BRACKET : !expectGap.test(tokens.gap(at - 1, at))) break;
      if (q && !tokens.plainBefore(titleEnd)) break;
      const title = titles[0];
      if (title.first > 0 && FOREIGN_HEADS.has(tokens.key(title.first - 1)) && tokens.plainBefore(title.first)) break;
      const shared = position > 0 && ownedByOther(norm, tokens, title.first);
      for (const t of titles) {
        links.push({
          person,
          title: t,
          modifier: modifierBefore(norm, tokens, t),
          apposition: false,
          position,
          qualifier,
          shared,
        });
      }
      position++;
      const mod = modifierBefore(norm, tokens, title);
      at = mod ? title.first - 1 : title.first;
      // Further titles of the chain are separated by a comma or "kiêm".
      if (at > 0 && JOINERS.has(tokens.key(at - 1))) at--;
      expectGap = COMMA_OR_PLAIN;
      if (at > 0 && !titleByLast.has(at) && !qualifierEndingAt(norm, tokens, at)) break;
    }
    // After the name: ", Bộ trưởng Bộ Ngoại giao," — only when the chain ends the phrase.
    let next = person.last;
    // Reused from person to person (most persons have no title after them): no two lists per person.
    const chain = CHAIN;
    chain.length = 0;
    // Rare ("khóa XIII" after a title in apposition): made when the first one is met.
    let qualifiers: Map<Mention, TitleQualifier> | undefined;
    /** Where the chain ended after each element: a longer chain that runs into an unknown title is cut back. */
    const ends = CHAIN_ENDS;
    ends.length = 0;
    // A plain gap is neither COMMA nor APPOSITION_GAP.
    while (
      next < tokens.length &&
      !tokens.plainBefore(next) &&
      (chain.length ? COMMA : APPOSITION_GAP).test(tokens.gap(next - 1, next))
    ) {
      const byFirst = (titleByFirst ??= titleReadings(mentions, 'first'));
      let first = next;
      let modTitles = byFirst.get(first);
      if (!modTitles && MODIFIERS.has(tokens.key(first))) modTitles = byFirst.get(++first);
      if (!modTitles && chain.length) {
        // A title we do not know ("Phó Bí thư Quân ủy Trung ương") between known ones: step over it.
        const after = unknownTitleEnd(norm, tokens, first);
        const run = after === undefined ? [] : Array.from({ length: after - first }, (_, k) => first + k);
        personStarts ??= new Set(mentions.filter(isPerson).map((m) => m.first));
        const starts = personStarts;
        const titled = run.some((k) => byFirst.has(k)) && !run.some((k) => starts.has(k));
        if (after !== undefined && titled && byFirst.has(after)) modTitles = byFirst.get((first = after));
      }
      if (!modTitles) break;
      chain.push(modTitles[0]);
      next = modTitles[0].last;
      // "Bộ trưởng Bộ Quốc phòng Việt Nam": the country of a Vietnamese office changes nothing.
      if (next + 1 < tokens.length && tokens.key(next) === VIET && tokens.key(next + 1) === NAM) next += 2;
      const q = qualifierStartingAt(norm, tokens, next);
      if (q) {
        (qualifiers ??= new Map()).set(modTitles[0], q.qualifier);
        next = q.last;
      }
      if (next < tokens.length && JOINERS.has(tokens.key(next)) && byFirst.has(next + 1)) {
        ends.push(next);
        chain.push(...(byFirst.get(next + 1) ?? []).slice(0, 1));
        next = chain[chain.length - 1].last;
      }
      ends.push(next);
    }
    // "…, Chủ tịch nước, Chủ tịch Hội đồng Quốc phòng …": the last element is the start of a title we do not know;
    // what came before it still stands if it ended at a comma.
    while (chain.length > 1 && !endsPhrase(norm, tokens, next)) {
      chain.pop();
      ends.pop();
      next = ends[ends.length - 1];
    }
    if (chain.length && endsPhrase(norm, tokens, next)) {
      chain.forEach((t, position) => {
        // Every reading of the same words (two offices written alike), as before the name.
        const same = (titleByFirst?.get(t.first) ?? []).filter((o) => o.last === t.last);
        for (const o of same.length ? same : [t]) {
          links.push({
            person,
            title: o,
            modifier: modifierBefore(norm, tokens, o),
            apposition: true,
            position,
            qualifier: qualifiers?.get(t),
          });
        }
      });
    }
  }
  return links;
}

const CHAIN: Mention[] = [];
const CHAIN_ENDS: number[] = [];
/**
 * The title mentions by their first or last token, each list in reading order: an office reading before a bare-role
 * reading of the same words ("Ủy viên Bộ Chính trị" is first our office).
 */
function titleReadings(mentions: Mention[], end: 'first' | 'last'): Map<number, Mention[]> {
  const byToken = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (mentionClass(m.target) !== 'title') continue;
    // A list starts as [m]: an empty one's first push reserves room for 17 readings, where there are one to three.
    const list = byToken.get(m[end]);
    if (list) list.push(m);
    else byToken.set(m[end], [m]);
  }
  // (Array.prototype.sort allocates per call: these lists hold one to three readings, put in order in place; Map's
  // forEach with a function made once makes no iterator object.)
  byToken.forEach(sortReadings);
  return byToken;
}

const sortReadings = (list: Mention[]): void => {
  insertionSort(list, officeFirst);
};

/** Tokens [from, to) are one of the ADDRESS words. */
function isAddress(tokens: Tokens, from: number, to: number): boolean {
  for (const words of ADDRESS) {
    if (words.length !== to - from) continue;
    let k = 0;
    while (k < words.length && tokens.key(from + k) === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** SPACES_OR_COMMAS holds for the gap before token t (none before the first): white space is read from its flags. */
function spacesOrCommasBefore(tokens: Tokens, t: number): boolean {
  return t === 0 || (tokens.gapFlags(t) & GAP_SPACE) !== 0 || SPACES_OR_COMMAS.test(tokens.gap(t - 1, t));
}

/** An office reading before a bare-role reading of the same words. */
function officeFirst(a: Mention, b: Mention): number {
  return Number(b.target.type === 'office') - Number(a.target.type === 'office');
}

const KHOA = new Set(['khóa', 'khoá'].map(syllableKey));
const NHIEM = syllableKey('nhiệm');
const KY = syllableKey('kỳ');
const ROMAN_OR_NUMBER = /^(?:[IVXLC]+|\d{1,2})$/;
const FOUR_DIGITS = /^\d{4}$/;
/** "khóa XIII" is two tokens, "nhiệm kỳ 2016-2021" four. */
const QUALIFIER_LENGTHS = [2, 4];
const DASH = /^\s*-\s*$/;

/** "khóa XIII" / "nhiệm kỳ 2016-2021" starting at token i: the qualifier and the token after it. */
function qualifierStartingAt(
  norm: string,
  tokens: Tokens,
  i: number,
): { qualifier: TitleQualifier; last: number } | undefined {
  if (i >= tokens.length || !plainAfter(tokens, i - 1)) return undefined;
  if (KHOA.has(tokens.key(i)) && plainAfter(tokens, i) && ROMAN_OR_NUMBER.test(tokens.text(i + 1))) {
    return { qualifier: { kind: 'term', start: tokens.start(i), end: tokens.end(i + 1) }, last: i + 2 };
  }
  if (
    tokens.key(i) === NHIEM &&
    i + 1 < tokens.length &&
    tokens.key(i + 1) === KY &&
    plainAfter(tokens, i) &&
    i + 3 < tokens.length
  ) {
    const [a, b] = [tokens.text(i + 2), tokens.text(i + 3)];
    if (FOUR_DIGITS.test(a) && FOUR_DIGITS.test(b) && DASH.test(tokens.gap(i + 2, i + 3))) {
      return {
        qualifier: { kind: 'period', start: tokens.start(i), end: tokens.end(i + 3), years: [Number(a), Number(b)] },
        last: i + 4,
      };
    }
  }
  return undefined;
}

/** Only spaces and tabs between token a and token a + 1 (false when either is missing). */
function plainAfter(tokens: Tokens, a: number): boolean {
  return a >= 0 && a + 1 < tokens.length && tokens.plainBefore(a + 1);
}

/** The qualifier that ends right before token `at`, with the token where it starts. */
function qualifierEndingAt(
  norm: string,
  tokens: Tokens,
  at: number,
): { qualifier: TitleQualifier; first: number } | undefined {
  for (const len of QUALIFIER_LENGTHS) {
    const first = at - len;
    if (first < 1) continue;
    const q = qualifierStartingAt(norm, tokens, first);
    if (q && q.last === at) return { qualifier: q.qualifier, first };
  }
  return undefined;
}

const VIET = syllableKey('việt');
const NAM = syllableKey('nam');

/** A run of capitalized words ending at a comma (an office we do not know): the token after the comma. */
function unknownTitleEnd(norm: string, tokens: Tokens, first: number): number | undefined {
  for (let k = first; k < tokens.length && k - first < 7; k++) {
    if (!tokens.upper(k) && !tokens.numeric(k) && k === first) return undefined;
    if (k + 1 < tokens.length && tokens.plainBefore(k + 1)) continue;
    const gapAfter = k + 1 < tokens.length ? tokens.gap(k, k + 1) : '';
    if (COMMA.test(gapAfter)) return k + 1;
    if (!PLAIN.test(gapAfter)) return undefined;
  }
  return undefined;
}

const NOT_WORDS = /[^\p{L}\p{M} \t]/u;

function ownedByOther(norm: string, tokens: Tokens, first: number): boolean {
  let at = first;
  if (at > 0 && MODIFIERS.has(tokens.key(at - 1))) at--;
  for (const len of [1, 2]) {
    if (at - len < 0) break;
    if (NOT_WORDS.test(norm.slice(tokens.start(at - len), tokens.start(at)))) break;
    if (OTHERS_BEFORE.has(tokens.keys(at - len, at))) return true;
  }
  return false;
}

function modifierBefore(norm: string, tokens: Tokens, title: Mention): TitleLink['modifier'] {
  const t = title.first - 1;
  if (t < 0 || !tokens.plainBefore(title.first)) return undefined;
  const kind = MODIFIERS.get(tokens.key(t));
  return kind ? { kind, start: tokens.start(t), end: tokens.end(t) } : undefined;
}

/** After an apposition the phrase must end, or a lower-case verb follow (not "của": that is someone else's title). */
const CUA = syllableKey('của');
const PHRASE_END = /[,.;:!?)\]"”\n]/u;

function endsPhrase(norm: string, tokens: Tokens, next: number): boolean {
  if (next >= tokens.length) return true;
  // A plain gap holds no phrase end.
  if (!tokens.plainBefore(next) && PHRASE_END.test(norm.slice(tokens.end(next - 1), tokens.start(next)))) return true;
  return !tokens.upper(next) && tokens.key(next) !== CUA && !tokens.numeric(next);
}

/** A stable sort in place for lists of a few elements. */
function insertionSort<T>(list: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    let j = i;
    while (j > 0 && order(list[j - 1], x) > 0) {
      list[j] = list[j - 1];
      j--;
    }
    list[j] = x;
  }
}
