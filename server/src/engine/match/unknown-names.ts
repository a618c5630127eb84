/**
 * Personal names the glossary does not know, written with a title it does know: "Bộ trưởng Bộ Công Thương
 * Nguyễn Hồng Diên", "ông Nguyễn Văn A, Thứ trưởng Bộ Ngoại giao", "Thủ tướng Nhật Bản Kishida Fumio". Reported so
 * that a team sees which people to add. A Vietnamese name is two to five capitalized syllables starting with a
 * family name; after a foreign office any run of one to four capitalized words that is not a known name counts.
 */
import type { Token } from '../text/tokens';
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
const DONG_CHI = [syllableKey('đồng'), syllableKey('chí')];

export function findUnknownNames(
  norm: string,
  tokens: Token[],
  mentions: Mention[],
  links: TitleLink[],
  isForeignTitle: (m: Mention) => boolean,
): UnknownName[] {
  const linked = new Set(links.map((l) => l.title));
  // Tokens inside a name, body or term the glossary knows cannot be part of an unknown name.
  const taken = new Set<number>();
  for (const m of mentions) {
    if (mentionClass(m.target) === 'title' && m.target.type !== 'office') continue;
    for (let k = m.first; k < m.last; k++) taken.add(k);
  }
  const nameEnd = new Int32Array(tokens.length + 1).fill(-1);
  for (const m of mentions)
    if (mentionClass(m.target) === 'name')
      for (let k = m.first; k < m.last; k++) nameEnd[k] = Math.max(nameEnd[k], m.last);
  const inName = (t: Mention) => nameEnd[t.first] >= t.last;
  const plain = (a: number, b: number) => /^[ \t]+$/.test(norm.slice(tokens[a].end, tokens[b].start));
  const out: UnknownName[] = [];
  const seen = new Set<number>();
  for (const title of mentions) {
    if (mentionClass(title.target) !== 'title' || linked.has(title) || title.last >= tokens.length || inName(title))
      continue;
    const foreign = isForeignTitle(title);
    // Forward: "Bộ trưởng Bộ Công Thương [ông] Nguyễn Hồng Diên".
    let j = title.last;
    if (!plain(j - 1, j)) continue;
    if (ADDRESS.has(tokens[j].key) && j + 1 < tokens.length && plain(j, j + 1)) j++;
    else if (tokens[j].key === DONG_CHI[0] && tokens[j + 1]?.key === DONG_CHI[1] && j + 2 < tokens.length) j += 2;
    const run = nameRun(norm, tokens, j, foreign, taken);
    if (run && !seen.has(run.first)) {
      seen.add(run.first);
      out.push({ title, ...run });
    }
  }
  // Apposition: "ông Nguyễn Văn A, Thứ trưởng Bộ Ngoại giao".
  for (const title of mentions) {
    if (mentionClass(title.target) !== 'title' || linked.has(title) || title.first < 3) continue;
    if (!/^\s*,\s*$/.test(norm.slice(tokens[title.first - 1].end, tokens[title.first].start))) continue;
    let first = title.first - 1;
    while (
      first > 0 &&
      tokens[first - 1].upper &&
      !ADDRESS.has(tokens[first - 1].key) &&
      plain(first - 1, first) &&
      title.first - first < 5
    )
      first--;
    if (first === 0 || !ADDRESS.has(tokens[first - 1].key) || !plain(first - 1, first)) continue;
    const run = nameRun(norm, tokens, first, false, taken);
    if (run && run.last === title.first && !seen.has(run.first)) {
      seen.add(run.first);
      out.push({ title, ...run });
    }
  }
  return out;
}

/** The personal name starting at token j (a family name and one to four more capitalized syllables), if any. */
export function nameRun(
  norm: string,
  tokens: Token[],
  j: number,
  foreign: boolean,
  taken: Set<number>,
): { start: number; end: number; first: number; last: number } | undefined {
  if (j >= tokens.length || !tokens[j].upper || taken.has(j)) return undefined;
  // A foreign name is either written the Vietnamese way (Vương Hộ Ninh) or in plain Latin letters (Kishida Fumio).
  const latin = foreign && !SURNAMES.has(tokens[j].key);
  if (!foreign && !SURNAMES.has(tokens[j].key)) return undefined;
  let last = j + 1;
  const max = foreign ? 4 : 5;
  while (last < tokens.length && last - j < max && tokens[last].upper && !/^\p{N}/u.test(tokens[last].text)) {
    const gap = norm.slice(tokens[last - 1].end, tokens[last].start);
    if (!/^[ \t]+$|^-$/.test(gap) || taken.has(last)) break;
    last++;
  }
  const n = last - j;
  const run = tokens.slice(j, last);
  if (n < (latin ? 1 : 2)) return undefined;
  if (
    run.some(
      (t) => /^\p{N}/u.test(t.text) || t.text.length === 1 || (t.text.length > 1 && t.text === t.text.toUpperCase()),
    )
  )
    return undefined;
  if (latin && run.some((t) => !LATIN_NAME.test(t.text) || VIETNAMESE_ONLY.test(t.text))) return undefined;
  if (
    NOT_NAMES.has(
      tokens
        .slice(j, Math.min(last, j + 2))
        .map((t) => t.key)
        .join(' '),
    )
  )
    return undefined;
  return { start: tokens[j].start, end: tokens[last - 1].end, first: j, last };
}
