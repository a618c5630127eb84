/**
 * Personal names the glossary does not know, written with a title it does know: "Bộ trưởng Bộ Công Thương
 * Nguyễn Hồng Diên", "ông Nguyễn Văn A, Thứ trưởng Bộ Ngoại giao", "Thủ tướng Nhật Bản Kishida Fumio". Reported so
 * that a team sees which people to add. A Vietnamese name is two to five capitalized syllables starting with a
 * family name; after a foreign office any run of one to four capitalized words that is not a known name counts.
 */
import type { Tokens } from '../text/tokens';
import { syllableKey } from '../text/normalize';
import { mentionClass, type Mention } from './phrase-index';
import type { TitleLink } from './title-links';

export interface UnknownName {
  title: Mention;
  /** Offsets of the name in the normalized text; token range [first, last). */
  start: number;
  end: number;
  first: number;
  last: number;
}

const SURNAMES = new Set(
  (
    'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lương Lâm Mai ' +
    'Tô Hà Tạ Thái Cao Châu Chu Đinh Đàm Đồng Giang Hứa Kiều La Lại Lưu Mạc Nghiêm Phùng Quách Quan Tăng Thân Triệu Từ ' +
    'Khuất Khổng Âu Bạch Bế Cù Diệp Doãn Giáp Hầu Kim Lò Lục Nông Tôn Tòng Lữ Nhữ Ninh Sầm Thạch Thiều Tống Trình Ứng Hàn ' +
    'Khúc Lã Lạc Liêu Mã Nhan Ôn Phí Tiêu Lò Y Bế Đàm'
  )
    .split(' ')
    .map(syllableKey),
);
/** Capitalized words after a title that are places or institutions, not the start of a name. */
const NOT_NAMES = new Set(
  [
    'Hà Nội',
    'Hà Tĩnh',
    'Hà Giang',
    'Hà Nam',
    'Cao Bằng',
    'Lâm Đồng',
    'Thái Bình',
    'Thái Nguyên',
    'Lào Cai',
    'Kim Sơn',
  ].map((n) => n.split(' ').map(syllableKey).join(' ')),
);
/** Letters of names in Latin script without Vietnamese tone marks or letters (ă â đ ê ô ơ ư). */
const LATIN_NAME = /^[A-Za-zÀ-ÖØ-öø-ÿ'’-]+$/u;
// Combining marks listed on their own (text may be NFD), not as part of a letter.
const VIETNAMESE_ONLY =
  // eslint-disable-next-line no-misleading-character-class
  /[ăâđêôơưĂÂĐÊÔƠƯ\u0300-\u036f]|[àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu;
const ADDRESS = new Set(['ông', 'bà', 'ngài'].map(syllableKey));
const COMMA_GAP = /^\s*,\s*$/;
const DONG_CHI = [syllableKey('đồng'), syllableKey('chí')];

/**
 * Per-token arrays for one call, reused: a typed array of its own per paragraph costs a buffer allocation each time.
 * Nothing a call does can call findUnknownNames again, so one pair serves every call; a huge unit gets its own.
 */
let takenScratch = new Uint8Array(1024);
let nameEndScratch = new Int32Array(1024);
function scratchFor(n: number): { taken: Uint8Array; nameEnd: Int32Array } {
  if (n > 1 << 16) return { taken: new Uint8Array(n), nameEnd: new Int32Array(n).fill(-1) };
  if (takenScratch.length < n) {
    const size = Math.max(n, takenScratch.length * 2);
    takenScratch = new Uint8Array(size);
    nameEndScratch = new Int32Array(size);
  }
  takenScratch.fill(0, 0, n);
  nameEndScratch.fill(-1, 0, n);
  return { taken: takenScratch, nameEnd: nameEndScratch };
}

/** Mention classes as findUnknownNames reads them. */
const OTHER = 0;
const NAME = 1;
/** An office's title (its words are taken: they cannot be part of a name) or another title (a role: not taken). */
const TITLE = 2;
const OTHER_TITLE = 3;
/** Per-mention classes, reused like the per-token arrays above. */
let classScratch = new Uint8Array(256);
function classScratchFor(n: number): Uint8Array {
  if (n > 1 << 16) return new Uint8Array(n);
  if (classScratch.length < n) classScratch = new Uint8Array(Math.max(n, classScratch.length * 2));
  return classScratch;
}

export function findUnknownNames(
  norm: string,
  tokens: Tokens,
  mentions: Mention[],
  links: TitleLink[],
  isForeignTitle: (m: Mention) => boolean,
): UnknownName[] {
  // Each mention's class, read once (a target's type is read through many shapes: slow, and it was read four times).
  const cls = classScratchFor(mentions.length);
  let titles = 0;
  for (let k = 0; k < mentions.length; k++) {
    const c = mentionClass(mentions[k].target);
    if (c === 'title') titles++;
    cls[k] = c === 'title' ? (mentions[k].target.type === 'office' ? TITLE : OTHER_TITLE) : c === 'name' ? NAME : OTHER;
  }
  if (titles === 0) return [];
  // Titles linked to a known person: asked only of a title that could have an unknown name after it (few).
  let linkedTitles: Set<Mention> | undefined;
  const linked = (title: Mention) => (linkedTitles ??= new Set(links.map((l) => l.title))).has(title);
  // Tokens inside a name, body or term the glossary knows cannot be part of an unknown name.
  const { taken, nameEnd } = scratchFor(tokens.length + 1);
  for (let k = 0; k < mentions.length; k++) {
    if (cls[k] === OTHER_TITLE) continue;
    const m = mentions[k];
    for (let t = m.first; t < m.last; t++) taken[t] = 1;
  }
  for (let k = 0; k < mentions.length; k++) {
    if (cls[k] !== NAME) continue;
    const m = mentions[k];
    for (let t = m.first; t < m.last; t++) nameEnd[t] = Math.max(nameEnd[t], m.last);
  }
  const out: UnknownName[] = [];
  // Where the names found start (made only when one is found).
  let seen: Set<number> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const title = mentions[k];
    if (
      (cls[k] !== TITLE && cls[k] !== OTHER_TITLE) ||
      title.last >= tokens.length ||
      nameEnd[title.first] >= title.last ||
      !tokens.plainBefore(title.last) ||
      linked(title)
    )
      continue;
    // Forward: "Bộ trưởng Bộ Công Thương [ông] Nguyễn Hồng Diên".
    let j = title.last;
    if (ADDRESS.has(tokens.key(j)) && j + 1 < tokens.length && tokens.plainBefore(j + 1)) j++;
    else if (tokens.key(j) === DONG_CHI[0] && j + 2 < tokens.length && tokens.key(j + 1) === DONG_CHI[1]) j += 2;
    // No name can start at j (nameRun's first test): whether the title is foreign (glossary look-ups) is not asked.
    if (!nameMayStart(tokens, j, taken)) continue;
    const run = nameRun(norm, tokens, j, isForeignTitle(title), taken);
    if (run && !seen?.has(run.first)) {
      (seen ??= new Set<number>()).add(run.first);
      out.push({ title, ...run });
    }
  }
  // Apposition: "ông Nguyễn Văn A, Thứ trưởng Bộ Ngoại giao".
  for (let k = 0; k < mentions.length; k++) {
    const title = mentions[k];
    if ((cls[k] !== TITLE && cls[k] !== OTHER_TITLE) || title.first < 3) continue;
    if (!COMMA_GAP.test(tokens.gap(title.first - 1, title.first)) || linked(title)) continue;
    let first = title.first - 1;
    while (
      first > 0 &&
      tokens.upper(first - 1) &&
      !ADDRESS.has(tokens.key(first - 1)) &&
      tokens.plainBefore(first) &&
      title.first - first < 5
    )
      first--;
    if (first === 0 || !ADDRESS.has(tokens.key(first - 1)) || !tokens.plainBefore(first)) continue;
    const run = nameRun(norm, tokens, first, false, taken);
    if (run && run.last === title.first && !seen?.has(run.first)) {
      (seen ??= new Set<number>()).add(run.first);
      out.push({ title, ...run });
    }
  }
  return out;
}

/** A capitalized token j outside every known name, body and term: where nameRun may find a name. */
function nameMayStart(tokens: Tokens, j: number, taken: Uint8Array): boolean {
  return j < tokens.length && tokens.upper(j) && !taken[j];
}

/** The personal name starting at token j (a family name and one to four more capitalized syllables), if any. */
export function nameRun(
  norm: string,
  tokens: Tokens,
  j: number,
  foreign: boolean,
  taken: Uint8Array,
): { start: number; end: number; first: number; last: number } | undefined {
  if (!nameMayStart(tokens, j, taken)) return undefined;
  // A foreign name is either written the Vietnamese way (Vương Hộ Ninh) or in plain Latin letters (Kishida Fumio).
  const latin = foreign && !SURNAMES.has(tokens.key(j));
  if (!foreign && !SURNAMES.has(tokens.key(j))) return undefined;
  let last = j + 1;
  const max = foreign ? 4 : 5;
  while (last < tokens.length && last - j < max && tokens.upper(last) && !tokens.numeric(last)) {
    if (!(tokens.plainBefore(last) || tokens.gap(last - 1, last) === '-') || taken[last]) break;
    last++;
  }
  const n = last - j;
  if (n < (latin ? 1 : 2)) return undefined;
  for (let k = j; k < last; k++) {
    const text = tokens.text(k);
    if (tokens.numeric(k) || text.length === 1 || (text.length > 1 && text === text.toUpperCase())) return undefined;
  }
  if (latin)
    for (let k = j; k < last; k++)
      if (!LATIN_NAME.test(tokens.text(k)) || VIETNAMESE_ONLY.test(tokens.text(k))) return undefined;
  if (NOT_NAMES.has(tokens.keys(j, Math.min(last, j + 2)))) return undefined;
  return { start: tokens.start(j), end: tokens.end(last - 1), first: j, last };
}
