/**
 * Shared by outdated-title and wrong-title: for each title written with a known person, did the
 * person hold it on the dates the sentence is about?
 */
import { datesFor, sentenceAt, type Sentence } from '../analysis';
import { overlaps, type Holding } from '../glossary/glossary';
import type { Person } from '../glossary/model';
import type { TitleLink } from '../match/title-links';
import { isOffice, isPerson } from '../match/mention';
import { phraseKey, syllableKey } from '../text/normalize';
import { tagKeys } from '../text/tokens';
import { dayNumber, partialWindow, type DayWindow } from '../time/dates';
import type { CheckContext } from './types';
import { MemoSlot } from '../memo';
import { ownCopy } from './name-capitalization';

export interface TitleVerdict {
  link: TitleLink;
  personId: string;
  /** The person's holdings of this title (any time), acting ones included. */
  matching: Holding[];
  windows: DayWindow[];
  stated: boolean;
  /**
   * still-held: written "nguyên" (former) while the person certainly still held it.
   * acting-only: written without "Quyền" while the person was only acting; no-longer-acting: written "Quyền" after
   * the person became the full holder.
   */
  status: 'ok' | 'never' | 'not-on-date' | 'still-held' | 'acting-only' | 'no-longer-acting';
  /** For not-on-date: the tenure to describe (closest to the date). */
  closest?: Holding;
  notYet?: boolean;
  /** The person died in this office and the text names them by it afterwards (usage allows it; "cố" is better). */
  diedInOffice?: boolean;
}

/** Both title checks read the same verdicts: compute them once per analysis. */
const VERDICTS = new MemoSlot<readonly TitleVerdict[]>();

export function evaluateTitles(ctx: CheckContext): readonly TitleVerdict[] {
  return VERDICTS.of(ctx.analysis, () => computeVerdicts(ctx));
}

/**
 * Words that make a sentence about a change of post: the title written with the name may be the post being left
 * ("miễn nhiệm Chủ tịch nước X", "điều động ông X, Thứ trưởng …, giữ chức …"), so a title the person held up to that
 * date is right.
 */
const CHANGE_OF_POST_VERBS = [
  'miễn nhiệm',
  'cho thôi',
  'thôi giữ chức',
  'thôi giữ các chức vụ',
  'nghỉ công tác',
  'thôi chức',
  'thôi làm',
  'rời nhiệm sở',
  'từ chức',
  'nghỉ hưu',
  'điều động',
  'luân chuyển',
  'tiếp nhận (?:ông|bà|đồng chí)',
  'bổ nhiệm',
  'được bầu',
  'bầu (?:ông|bà|đồng chí)',
  'bầu giữ chức',
  'bầu làm',
  'tái đắc cử',
  'đắc cử',
  'phê chuẩn',
  'cách chức',
  'chuyển công tác',
  'về công tác tại',
  'nhận nhiệm vụ',
  'mãn nhiệm',
  'kết thúc nhiệm kỳ công tác',
  'chia tay',
  'kiện toàn',
];
const CHANGE_OF_POST = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${CHANGE_OF_POST_VERBS.join('|')})(?![\p{L}\p{M}])`,
  'iu',
);
/** The verbs' first words: only where one of them is written can a verb start (the search is tried only there). */
const VERB_START = tagKeys(CHANGE_OF_POST_VERBS.map((v) => syllableKey(v.split(' ')[0])));
/** How long after leaving a post the change is still news: the post being left is named with the name. */
const CHANGE_IS_NEWS_DAYS = 45;

/** The verdicts of a paragraph without links: one shared empty list (callers only read verdicts). */
const NO_VERDICTS: readonly TitleVerdict[] = [];

function computeVerdicts(ctx: CheckContext): readonly TitleVerdict[] {
  const { glossary, analysis } = ctx;
  // Most paragraphs link no title to a person: nothing to judge, nothing to allocate.
  if (analysis.links.length === 0) return NO_VERDICTS;
  const verdicts: TitleVerdict[] = [];
  const norm = analysis.text.norm;
  let memo = matchingMemo.get(glossary);
  if (!memo) matchingMemo.set(glossary, (memo = { people: new Map<string, PersonMatches>(), size: 0 }));
  const asOf: DayWindow = { first: analysis.asOfDay, last: analysis.asOfDay };
  for (const links of spanGroups(analysis.links)) {
    // Judge the span by its office reading when it has one ("Chủ tịch nước" is an office and a role).
    let link = links[0];
    for (const l of links)
      if (isOffice(l.title)) {
        link = l;
        break;
      }
    if (!isPerson(link.person)) continue;
    const personId = link.person.target.id;
    const known = personMatches(glossary, memo, personId);
    const person = known.person;
    if (!person || person.honorific) continue;
    const matched = matchingHoldings(glossary, memo, known, links, norm);
    const matching = matched.matching;
    const dates = datesFor(analysis, link.title.start);
    let windows = dates.windows;
    // "Thủ tướng Chính phủ nhiệm kỳ 2016-2021": the writer dates the title; check it against that period.
    const years = link.qualifier?.years;
    if (years) windows = [{ first: dayNumber(years[0], 1, 1), last: dayNumber(years[1], 12, 31) }];
    const acting = link.modifier?.kind === 'quyền';
    const kind = acting ? matched.acting : matched.full;
    // A date later in the sentence that comes before the person ever held the title is a step in their life told
    // under the title they hold as the text is written ("Bộ trưởng X sinh năm…, vào ngành tháng 2/1985").
    if (!years && dates.trailing && kind.some((h) => overlaps(h.window, asOf))) {
      const firstHeld = kind.reduce((min, h) => Math.min(min, h.window.first), Infinity);
      if (windows.every((w) => w.last < firstHeld)) windows = [asOf];
    }
    // Stated by the qualifier, or by the sentence unless its dates were set aside as a step in the person's life.
    const stated = years !== undefined || (dates.stated && windows === dates.windows);
    const v: TitleVerdict = { link, personId, matching, windows, stated, status: 'ok' };
    if (matching.length === 0) {
      v.status = 'never';
    } else if (link.modifier?.kind === 'cố' || link.qualifier?.kind === 'term') {
      // "cố …", and "Ủy viên Bộ Chính trị khóa XIII": a title the person held, named as of its own time.
      v.status = 'ok';
    } else if (link.modifier?.kind === 'nguyên') {
      // "nguyên X" is right once the person has held X at some point up to the date.
      const latest = lastDay(windows);
      if (!matching.some((h) => h.window.first <= latest)) {
        v.status = 'not-on-date';
        v.notYet = true;
        v.closest = [...matching].sort((a, b) => a.window.first - b.window.first)[0];
      } else {
        const still = matching.find(
          (h) => !h.tenure.acting && windows.every((w) => h.core.first <= w.first && w.last <= h.core.last),
        );
        if (still) {
          v.status = 'still-held';
          v.closest = still;
        }
      }
    } else if (heldOn(kind, windows)) {
      v.status = 'ok';
    } else if (heldOn(matching, windows)) {
      // Held on that date, but as the other kind: acting where the text says full, or full where it says acting.
      v.status = acting ? 'no-longer-acting' : 'acting-only';
      v.closest = matching.find((h) => windows.some((w) => overlaps(h.window, w)));
    } else if (leftPost(analysis, link, windows, matching)) {
      v.status = 'ok';
    } else {
      v.status = 'not-on-date';
      const pool = kind.length ? kind : matching;
      const day = windows[0].first;
      const before = latestBefore(pool, day);
      v.closest = before ?? earliestAfter(pool, day);
      v.notYet = before === undefined;
      const died = person.died ? partialWindow(person.died) : undefined;
      v.diedInOffice =
        !!died && !!v.closest?.tenure.to && partialWindow(v.closest.tenure.to)!.last >= died.first && day >= died.first;
    }
    verdicts.push(v);
  }
  return verdicts;
}

/**
 * The links grouped by span (the person and the title's place), in the order each span first appears: two offices
 * written alike give two links for one span, judged once on all of them. A paragraph holds a handful of links, so a
 * group is found by a scan; a long unit's links are keyed.
 */
function spanGroups(links: readonly TitleLink[]): TitleLink[][] {
  const groups: TitleLink[][] = [];
  const keyed = links.length > 32 ? new Map<string, TitleLink[]>() : undefined;
  for (const l of links) {
    let group: TitleLink[] | undefined;
    if (keyed) {
      const key = `${l.person.start}:${l.title.start}:${l.title.end}`;
      group = keyed.get(key);
      if (!group) keyed.set(key, (group = []));
    } else {
      for (const candidate of groups) {
        const g = candidate[0];
        if (g.person.start === l.person.start && g.title.start === l.title.start && g.title.end === l.title.end) {
          group = candidate;
          break;
        }
      }
      group ??= [];
    }
    if (group.length === 0) groups.push(group);
    group.push(l);
  }
  return groups;
}

/**
 * In a sentence about a change of post, a title the person held up to the date is the post being left. When the verb
 * governs the title or the name directly ("miễn nhiệm Chủ tịch nước X", "điều động ông X, Thứ trưởng …") that holds
 * whenever the change is told; otherwise only while the change is news.
 */
function leftPost(
  analysis: CheckContext['analysis'],
  link: TitleLink,
  windows: DayWindow[],
  matching: Holding[],
): boolean {
  const s = sentenceAt(analysis, link.title.start);
  if (!s) return false;
  const norm = analysis.text.norm;
  const head = link.apposition ? link.person.start : (link.modifier?.start ?? link.title.start);
  const all = verbsIn(analysis, s);
  if (all.length === 0) return false;
  const last = lastVerbBefore(norm, s, all, head);
  const direct = last >= 0 && GOVERNED.test(norm.slice(last, head));
  const latest = lastDay(windows);
  return matching.some((h) => h.window.first <= latest && (direct || h.window.last >= latest - CHANGE_IS_NEWS_DAYS));
}

/**
 * The holding that ended last before `day`, the first of the pool among equals: what filtering those ending before
 * it and sorting them by end, latest first (a stable sort), would put first, without the lists.
 */
export function latestBefore(pool: readonly Holding[], day: number): Holding | undefined {
  let best: Holding | undefined;
  for (let i = 0; i < pool.length; i++) {
    const h = pool[i];
    if (h.window.last < day && (best === undefined || h.window.last > best.window.last)) best = h;
  }
  return best;
}

/** The holding that began first after `day`, the first of the pool among equals (as a stable sort would give). */
export function earliestAfter(pool: readonly Holding[], day: number): Holding | undefined {
  let best: Holding | undefined;
  for (let i = 0; i < pool.length; i++) {
    const h = pool[i];
    if (h.window.first > day && (best === undefined || h.window.first < best.window.first)) best = h;
  }
  return best;
}

function heldOn(hs: Holding[], windows: DayWindow[]): boolean {
  for (let i = 0; i < hs.length; i++) {
    const held = hs[i].window;
    for (let k = 0; k < windows.length; k++) if (overlaps(held, windows[k])) return true;
  }
  return false;
}

function lastDay(windows: DayWindow[]): number {
  let latest = -Infinity;
  for (const w of windows) latest = Math.max(latest, w.last);
  return latest;
}

/** The change-of-post verbs of a sentence ([start, end) in the text), found once per sentence, not once per title. */
const VERBS = new MemoSlot<[number, number][]>();
export function verbsIn(analysis: CheckContext['analysis'], sentence: Sentence): [number, number][] {
  return VERBS.of(sentence, (s) => {
    // The matches of CHANGE_OF_POST_ALL in the sentence's text: every match starts where a verb's first word does,
    // so the search is tried at those tokens only, skipping any inside the match before.
    const { tokens } = analysis;
    const verbs: [number, number][] = [];
    let text: string | undefined;
    let after = s.start;
    const tryAt = (at: number) => {
      if (at < after) return;
      text ??= analysis.text.norm.slice(s.start, s.end);
      VERB_AT.lastIndex = at - s.start;
      const m = VERB_AT.exec(text);
      if (m) verbs.push([at, (after = at + m[0].length)]);
    };
    for (let i = tokens.firstFrom(s.start); i < tokens.length && tokens.start(i) < s.end; i++) {
      if (tokens.tagged(i, VERB_START)) tryAt(tokens.start(i));
      // After a number inside a token ("5miễn nhiệm") a verb may start too, as a search of the text would find it.
      else if (tokens.letterAfterNumber(i)) for (let k = tokens.start(i) + 1; k < tokens.end(i); k++) tryAt(k);
    }
    return verbs;
  });
}

/**
 * Where the last verb before `head` ends (-1 when there is none): the verbs of the sentence up to `head`, as a search
 * of the text from the sentence start to `head` would find them. They are the same unless a verb runs across `head`;
 * then that search is done.
 */
function lastVerbBefore(norm: string, s: Sentence, all: [number, number][], head: number): number {
  // Verbs do not overlap: the last one starting before `head` is the only one that can run across it.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid][0] < head) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return -1;
  const [, end] = all[lo - 1];
  if (end <= head) return end;
  const verbs = [...norm.slice(s.start, head).matchAll(CHANGE_OF_POST_ALL)];
  const v = verbs[verbs.length - 1];
  return v ? s.start + v.index + v[0].length : -1;
}

/** Between a change-of-post verb and the title or name it governs: only address words. */
const GOVERNED = /^\s*(?:(?:đối với|cho|ông|bà|đồng chí|chức|chức vụ)\s+)*$/iu;
export const CHANGE_OF_POST_ALL = new RegExp(CHANGE_OF_POST.source, 'giu');
const VERB_AT = new RegExp(CHANGE_OF_POST.source, 'iuy');

/** A person's holdings of a title as written, split by kind (acting or full); callers do not change the lists. */
interface Matched {
  /** The types and ids (or roles) of the readings of the title, joined. */
  types: string;
  ids: string;
  matching: Holding[];
  acting: Holding[];
  full: Holding[];
}

/** A person, their holdings, and their holdings matching each way a title was written next to them. */
interface PersonMatches {
  person: Person | undefined;
  all: Holding[];
  byWritten: Map<string, Matched[]>;
}

/**
 * Kept per glossary: the same for every mention of a person by the same words read as the same offices, which a
 * document repeats. Bounded: cleared once it holds this many ways of writing.
 */
const matchingMemo = new WeakMap<CheckContext['glossary'], { people: Map<string, PersonMatches>; size: number }>();
const MAX_MATCHING_MEMO = 4096;

function personMatches(
  glossary: CheckContext['glossary'],
  memo: { people: Map<string, PersonMatches>; size: number },
  personId: string,
): PersonMatches {
  let known = memo.people.get(personId);
  if (!known) {
    const all = glossary.holdingsOf.get(personId) ?? [];
    memo.people.set(personId, (known = { person: glossary.people.get(personId), all, byWritten: new Map() }));
  }
  return known;
}

function matchingHoldings(
  glossary: CheckContext['glossary'],
  memo: { people: Map<string, PersonMatches>; size: number },
  known: PersonMatches,
  links: TitleLink[],
  norm: string,
): Matched {
  const { start, end } = links[0].title;
  const text = norm.slice(start, end);
  // One reading (most titles): its type and id as they are, no string made.
  let types = '';
  let ids = '';
  for (const l of links) {
    const t = l.title.target;
    const id = t.type === 'office' ? t.id : t.type === 'role' ? t.role : '';
    types = links.length === 1 ? t.type : `${types}${t.type}\u0001`;
    ids = links.length === 1 ? id : `${ids}${id}\u0001`;
  }
  let entries = known.byWritten.get(text);
  if (entries) {
    for (const e of entries) if (e.types === types && e.ids === ids) return e;
  } else {
    if (memo.size >= MAX_MATCHING_MEMO) {
      for (const p of memo.people.values()) p.byWritten.clear();
      memo.size = 0;
    }
    known.byWritten.set(ownCopy(text), (entries = []));
  }
  const written: WrittenTitle = { norm, start, end, key: undefined };
  const { offices } = glossary;
  const foreign = !!known.person?.country;
  // Loops, not filter/some with closures: this runs for every holding of every person named with a title.
  const matching: Holding[] = [];
  const acting: Holding[] = [];
  const full: Holding[] = [];
  for (const h of known.all)
    for (const l of links)
      if (holdingMatches(h, l, written, offices, foreign)) {
        matching.push(h);
        (h.tenure.acting ? acting : full).push(h);
        break;
      }
  const e: Matched = { types, ids, matching, acting, full };
  entries.push(e);
  memo.size++;
  return e;
}

/** The title as written, keyed only when a holding of another office than the one read asks. */
interface WrittenTitle {
  norm: string;
  start: number;
  end: number;
  key: string | undefined;
}

function holdingMatches(
  h: Holding,
  link: TitleLink,
  writtenTitle: WrittenTitle,
  offices: Map<string, { title: string; role: string; forms?: string[] }>,
  foreign: boolean,
): boolean {
  const t = link.title.target;
  // A bare role is the generic word for any office it heads: "Bộ trưởng" for "Bộ trưởng Bộ Quốc phòng Nhật Bản".
  if (t.type === 'role') {
    const held = keysOf(h.office);
    return held.role === t.role || startsWithWords(held.title, t.role);
  }
  if (t.type !== 'office') return false;
  if (h.office.id === t.id) return true;
  const held = keysOf(h.office);
  const written = (writtenTitle.key ??= phraseKey(writtenTitle.norm.slice(writtenTitle.start, writtenTitle.end)));
  // The bare role of an office the person held ("Chủ tịch nước" for China's President) is that office.
  if (held.role === written || startsWithWords(held.title, written)) return true;
  const o = offices.get(t.id);
  if (!o) return false;
  const other = keysOf(o);
  // The press names a foreign official by the Vietnamese form of the same office ("Bộ trưởng Quốc phòng" for India's).
  if (foreign && (held.role === other.role || startsWithWords(held.role, other.role))) return true;
  // A different office id written with the same words counts as the same title.
  return held.title === other.title;
}

/**
 * `key` starts with the whole words of `words` and goes on (`${key}` starts with `${words} `), without a new
 * string.
 */
function startsWithWords(key: string, words: string): boolean {
  return key.length > words.length && key.charCodeAt(words.length) === 32 && key.startsWith(words);
}

/** An office's title and role as phrase keys, computed once per office (offices live as long as the glossary). */
const officeKeys = new WeakMap<{ title: string; role: string }, { title: string; role: string }>();
function keysOf(office: { title: string; role: string }): { title: string; role: string } {
  let keys = officeKeys.get(office);
  if (!keys) officeKeys.set(office, (keys = { title: phraseKey(office.title), role: phraseKey(office.role) }));
  return keys;
}

/**
 * Range of the title together with the name, as the user reads it; a title further along a chain is its own range,
 * so the findings of one chain do not overlap.
 */
export function titleNameRange(link: TitleLink): { start: number; end: number } {
  const start = link.modifier?.start ?? link.title.start;
  if (link.position > 0) return { start, end: link.title.end };
  if (link.apposition) return { start: link.person.start, end: link.title.end };
  return { start, end: link.person.end };
}
