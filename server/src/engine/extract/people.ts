/**
 * Title + name pairs and what the sentence says about them. Pairs come from the engine's title links (title before
 * the name, chains, apposition, "nguyên"/"cố"/"tân"/"quyền") and from appointment sentences, where the title follows a
 * verb ("ông X được bổ nhiệm làm Bộ trưởng …", "Quốc hội bầu ông X làm …", "miễn nhiệm chức vụ … đối với ông X").
 * A verb right before a title (over "làm", "giữ chức", "chức vụ" …) gives the event: start, end, or simply held.
 */
import { sentenceAt, type Analysis } from '../analysis';
import type { Mention } from '../match/phrase-index';
import type { TitleLink } from '../match/title-links';
import { syllableKey } from '../text/normalize';
import { numberValue } from '../text/numbers';
import { firstIndex } from './search';
import type { TenureEvent } from './types';

export interface PersonReading {
  person: Mention & { target: { type: 'person'; id: string } };
  title: Mention;
  event: TenureEvent;
  acting: boolean;
  /** Where the statement is dated (normalized offset): the title. */
  at: number;
  /** Span read (normalized offsets), title and name. */
  start: number;
  end: number;
  qualifier?: string;
}

interface Cue {
  event: TenureEvent;
  acting?: boolean;
  /** The subject may stand before the verb only in the passive ("được bổ nhiệm", "bị miễn nhiệm"). */
  passive: boolean;
}

const key = (s: string) => s.split(' ').map(syllableKey).join(' ');

/** Verbs that say something about the title that follows them. */
const CUES = new Map<string, Cue>([
  [key('bổ nhiệm'), { event: 'appointed', passive: true }],
  [key('phê chuẩn'), { event: 'appointed', passive: true }],
  [key('chỉ định'), { event: 'appointed', passive: true }],
  [key('điều động'), { event: 'appointed', passive: true }],
  [key('bầu'), { event: 'elected', passive: true }],
  [key('trúng cử'), { event: 'elected', passive: false }],
  [key('miễn nhiệm'), { event: 'left', passive: true }],
  [key('bãi nhiệm'), { event: 'left', passive: true }],
  [key('cách chức'), { event: 'left', passive: true }],
  [key('thôi'), { event: 'left', passive: false }],
  [key('từ chức'), { event: 'left', passive: false }],
  [key('giữ quyền'), { event: 'holds', acting: true, passive: false }],
  [key('đảm nhiệm'), { event: 'holds', passive: false }],
  [key('đảm nhận'), { event: 'holds', passive: false }],
]);
/** Ends every title the person was just named with: "ông X, Bộ trưởng …, nghỉ hưu từ …". */
const RETIRE = [key('nghỉ hưu'), key('nghỉ chế độ')];
/** Words between a verb and its title. */
const CONNECTORS = new Set(['làm', 'giữ', 'chức', 'vụ', 'vào', 'vị', 'trí', 'là', 'lại', 'nhiệm'].map(syllableKey));
const HOLD = syllableKey('giữ');
const PAST = new Set([key('từng'), key('đã từng'), key('nguyên')]);
const PASSIVE = new Set(['được', 'bị'].map(syllableKey));
const TOWARDS = key('đối với');
/** How far (in tokens) a verb may stand before its title, and a subject before its verb. */
const MAX_CONNECTORS = 5;
const MAX_SUBJECT_DISTANCE = 30;

interface CueAt {
  cue: Cue;
  /** Token range of the verb. */
  first: number;
  last: number;
}

/** The verb governing a title that starts at token `first`, scanning back over connectors. */
export function cueBefore(analysis: Analysis, first: number): CueAt | undefined {
  const { tokens, text } = analysis;
  let holdAt = -1;
  for (let k = first - 1, steps = 0; k >= 0 && steps <= MAX_CONNECTORS; k--, steps++) {
    // Punctuation between words ends the phrase: a verb in another clause is not this title's.
    if (/[^\p{L}\p{M}\p{N} \t]/u.test(text.norm.slice(tokens[k].end, tokens[k + 1].start))) break;
    for (const len of [2, 1]) {
      if (k - len + 1 < 0) continue;
      const words = tokens
        .slice(k - len + 1, k + 1)
        .map((t) => t.key)
        .join(' ');
      const cue = CUES.get(words);
      if (cue) return { cue: pastened(analysis, k - len + 1, cue), first: k - len + 1, last: k + 1 };
    }
    if (!CONNECTORS.has(tokens[k].key) && !/^\d+$/.test(tokens[k].text)) break;
    if (tokens[k].key === HOLD) holdAt = k;
  }
  // "ông X giữ chức Y": held on the date (or before it: "từng giữ chức").
  if (holdAt >= 0)
    return { cue: pastened(analysis, holdAt, { event: 'holds', passive: false }), first: holdAt, last: holdAt + 1 };
  return undefined;
}

/** "từng giữ chức", "đã từng đảm nhiệm": the title is in the past. */
function pastened(analysis: Analysis, first: number, cue: Cue): Cue {
  if (cue.event !== 'holds') return cue;
  const before = (n: number) =>
    analysis.tokens
      .slice(Math.max(0, first - n), first)
      .map((t) => t.key)
      .join(' ');
  return PAST.has(before(1)) || PAST.has(before(2)) ? { ...cue, event: 'former' } : cue;
}

function isPerson(m: Mention): m is PersonReading['person'] {
  return m.target.type === 'person';
}

/** Every title + name pair of the article with its event. */
export function readPeople(analysis: Analysis): PersonReading[] {
  const { tokens, text } = analysis;
  const out: PersonReading[] = [];
  const people = analysis.mentions.filter(isPerson);
  const linkedTitles = new Set<Mention>();
  const add = (person: PersonReading['person'], title: Mention, event: TenureEvent, acting: boolean, q?: string) => {
    const start = Math.min(person.start, title.start);
    const end = Math.max(person.end, title.end);
    out.push({ person, title, event, acting, at: title.start, start, end, ...(q ? { qualifier: q } : {}) });
  };

  for (const link of analysis.links) {
    if (link.shared || !isPerson(link.person)) continue;
    linkedTitles.add(link.title);
    // "… bầu Chủ tịch nước, Phó Chủ tịch Quốc hội X cho biết": a title after a verb is the verb's, not the chain's.
    if (link.position > 0 && !link.apposition && cueBefore(analysis, link.title.first)) continue;
    const { event, acting } = linkEvent(analysis, link);
    const q = link.qualifier ? text.norm.slice(link.qualifier.start, link.qualifier.end) : undefined;
    add(link.person, link.title, event, acting, q);
  }

  // Titles after a verb that no link pairs with a name: the name is the verb's subject or object.
  // People are sorted by position (mentions are), so each look-up below is a binary search.
  const appositions = new Map<Mention, Mention[]>();
  for (const l of analysis.links) {
    if (!l.apposition) continue;
    const own = appositions.get(l.person);
    if (own) own.push(l.title);
    else appositions.set(l.person, [l.title]);
  }
  for (const title of analysis.mentions) {
    if ((title.target.type !== 'office' && title.target.type !== 'role') || linkedTitles.has(title)) continue;
    const cue = cueBefore(analysis, title.first);
    if (!cue) continue;
    const sentence = sentenceAt(analysis, title.start);
    if (!sentence) continue;
    const inSentence = (m: Mention | undefined): m is PersonReading['person'] =>
      !!m && m.start >= sentence.start && m.end <= sentence.end;
    // Object: "bổ nhiệm ông X làm …" (the name between the verb and the title).
    const afterCue = people[firstIndex(people, (p) => p.first < cue.last)];
    let person = inSentence(afterCue) && afterCue.last <= title.first ? afterCue : undefined;
    // Towards: "miễn nhiệm chức vụ Chủ tịch nước … đối với ông X".
    const afterTitle = people[firstIndex(people, (p) => p.first < title.last)];
    if (!person && inSentence(afterTitle) && afterTitle.first - title.last <= MAX_SUBJECT_DISTANCE) {
      const between = tokens
        .slice(title.last, afterTitle.first)
        .map((t) => t.key)
        .join(' ');
      if (` ${between} `.includes(` ${TOWARDS} `)) person = afterTitle;
    }
    // Subject: "ông X (, …,) được bổ nhiệm làm …", "ông X thôi giữ chức …".
    if (!person) {
      let verbStart = cue.first;
      if (cue.cue.passive) {
        const passive = [1, 2, 3, 4].map((n) => cue.first - n).find((k) => k >= 0 && PASSIVE.has(tokens[k].key));
        if (passive === undefined) continue;
        verbStart = passive;
      }
      const nearest = people[firstIndex(people, (p) => p.last <= verbStart) - 1];
      if (
        inSentence(nearest) &&
        verbStart - nearest.last <= MAX_SUBJECT_DISTANCE &&
        onlyAbout(analysis, nearest, verbStart, appositions.get(nearest) ?? [])
      )
        person = nearest;
    }
    if (person) add(person, title, cue.cue.event, cue.cue.acting === true);
  }

  const read = new Set(out.map((r) => `${r.person.start}|${r.title.start}|${r.title.end}`));
  for (const r of listReadings(analysis, people))
    if (!read.has(`${r.person.start}|${r.title.start}|${r.title.end}`)) out.push(r);
  retire(analysis, out);
  return out;
}

/**
 * A plural title and the names it introduces: "9 Phó Thủ tướng: A (…), B, C và D", "phê chuẩn 4 Phó Thủ tướng gồm các
 * đồng chí: A (…), B (…)". Each listed name gets the title (and the verb before it, if any).
 */
function listReadings(analysis: Analysis, people: PersonReading['person'][]): PersonReading[] {
  const { tokens, text } = analysis;
  const norm = text.norm;
  const out: PersonReading[] = [];
  for (const title of analysis.mentions) {
    if (title.target.type !== 'office' && title.target.type !== 'role') continue;
    const count = tokens[title.first - 1];
    if (!count || (!/^\d+$/.test(count.text) && numberValue(count.text) === undefined)) continue;
    const opener = LIST_OPENER.exec(norm.slice(title.end, title.end + 40));
    if (!opener) continue;
    const sentence = sentenceAt(analysis, title.start);
    if (!sentence) continue;
    const cue = cueBefore(analysis, title.first - 1);
    let cursor = title.end + opener[0].length;
    for (let i = firstIndex(people, (p) => p.start < cursor); i < people.length; i++) {
      const person = people[i];
      if (person.end > sentence.end || !LIST_GAP.test(norm.slice(cursor, person.start))) break;
      out.push({
        person,
        title,
        event: cue?.cue.event ?? 'holds',
        acting: cue?.cue.acting === true,
        at: title.start,
        start: person.start,
        end: person.end,
      });
      cursor = elementEnd(analysis, person);
    }
  }
  return out;
}

/** After a plural title, what opens the list of names: a colon, "gồm", "là", "các đồng chí". */
const LIST_OPENER =
  /^\s*(?:(?:gồm|là)\s+)?(?:(?:các\s+)?(?:đồng\s+chí|ông|bà)\s*)?:\s*|^\s*(?:gồm|là)\s+(?:(?:các\s+)?(?:đồng\s+chí|ông|bà)\s+)?/iu;
/** Between two listed names: commas, semicolons, "và", a form of address. */
const LIST_GAP = /^[\s,;:]*(?:(?:và|ông|bà|đồng\s+chí)[\s,;:]+)*$/iu;

/** Where a listed name's element ends: after its bracket ("A (Phó Thủ tướng Thường trực)") or its titles in apposition. */
function elementEnd(analysis: Analysis, person: Mention): number {
  const norm = analysis.text.norm;
  const bracket = /^\s*\([^()\n]*\)/u.exec(norm.slice(person.end, person.end + 200));
  let end = person.end + (bracket ? bracket[0].length : 0);
  for (const l of analysis.links) if (l.person === person && l.apposition) end = Math.max(end, l.title.end);
  return end;
}

/**
 * Between a subject and its verb only what describes the subject may stand: its own titles (in apposition), terms
 * ("khóa XIII"), lower-case words. Another title or a capitalized name the glossary lacks means another subject:
 * "X gửi điện chúc mừng Tổng Bí thư Y được bầu lại …" is about Y.
 */
function onlyAbout(
  analysis: Analysis,
  subject: PersonReading['person'],
  verbStart: number,
  own: readonly Mention[],
): boolean {
  const covered = new Set<number>();
  const { mentions } = analysis;
  for (let i = firstIndex(mentions, (m) => m.first < subject.last); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.first >= verbStart) break;
    if (m.last > verbStart) continue;
    const isTitle = m.target.type === 'office' || m.target.type === 'role';
    if (isTitle && !own.some((o) => o.first <= m.first && m.last <= o.last)) return false;
    for (let k = m.first; k < m.last; k++) covered.add(k);
  }
  for (let k = subject.last; k < verbStart; k++) {
    const t = analysis.tokens[k];
    if (t.upper && !covered.has(k) && !/^[IVXLC]+$/.test(t.text)) return false;
  }
  return true;
}

/** The event of a linked title: its modifier ("nguyên", "tân", "quyền"), else a verb right before it. */
function linkEvent(analysis: Analysis, link: TitleLink): { event: TenureEvent; acting: boolean } {
  const acting = link.modifier?.kind === 'quyền';
  if (link.modifier?.kind === 'nguyên' || link.modifier?.kind === 'cố') return { event: 'former', acting };
  if (link.modifier?.kind === 'tân') return { event: 'appointed', acting };
  if (!link.apposition && link.position === 0) {
    const cue = cueBefore(analysis, link.modifier ? link.title.first - 1 : link.title.first);
    if (cue) return { event: cue.cue.event, acting: acting || cue.cue.acting === true };
  }
  return { event: 'holds', acting };
}

/** "… nghỉ hưu": the titles the sentence gives the person just before are ended. */
function retire(analysis: Analysis, readings: PersonReading[]): void {
  const { tokens } = analysis;
  const byEnd = [...readings].sort((a, b) => a.end - b.end);
  for (let k = 0; k + 1 < tokens.length; k++) {
    const pair = `${tokens[k].key} ${tokens[k + 1].key}`;
    if (!RETIRE.includes(pair)) continue;
    const sentence = sentenceAt(analysis, tokens[k].start);
    if (!sentence) continue;
    const at = firstIndex(byEnd, (r) => r.end <= tokens[k].start) - 1;
    const last = byEnd[at];
    if (!last || last.person.start < sentence.start || last.event !== 'holds') continue;
    // The person's titles just before the verb (a chain in apposition is a few hundred characters at most).
    for (let i = at; i >= 0 && byEnd[i].end >= tokens[k].start - RETIRE_REACH; i--) {
      const r = byEnd[i];
      if (r.person.target.id === last.person.target.id && r.person.start >= sentence.start && r.event === 'holds')
        r.event = 'left';
    }
  }
}

const RETIRE_REACH = 400;
