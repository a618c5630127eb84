/**
 * dissolved-body: a body named as existing on a date after it ceased to exist (merged, dissolved,
 * renamed). Not flagged where the text itself marks the past: "nguyên", "trước đây", "(cũ)",
 * a dated past sentence, a citation's issuer, or a former title of a known person (outdated-title says it).
 */
import { containment, datesFor, sentenceAt, type Sentence } from '../analysis';
import type { Locale } from '../api';
import type { Glossary } from '../glossary/glossary';
import type { Body, Office } from '../glossary/model';
import type { Mention } from '../match/phrase-index';
import { isBody, isOffice } from '../match/mention';
import { messages, t } from '../i18n/messages';
import { formatDay, formatPartial, partialWindow, type DayWindow } from '../time/dates';
import { normalizeText, phraseKey } from '../text/normalize';
import { tokenize } from '../text/tokens';
import { NO_FINDINGS, type Check, type RawFinding, type RawFix } from './types';

const PAST_BEFORE = /(?:nguyên|trước\s+đây|trước\s+kia|từng|thời\s+kỳ|cố)\s+(?:[\p{L}\p{M}]+\s+){0,4}$/iu;
const PAST_AFTER =
  /^\s*(?:\(?\s*(?:cũ|trước\s+đây|nay\s+là|đã\s+giải\s+thể|đã\s+sáp\s+nhập|đã\s+hợp\s+nhất|giải\s+thể|sáp\s+nhập|hợp\s+nhất|kết\s+thúc\s+hoạt\s+động)(?![\p{L}\p{M}]))/iu;
/** Anywhere in the sentence, these make it a sentence about the ending itself or the hand-over of its work. */
const ABOUT_ENDING =
  /(?<![\p{L}\p{M}])(?:giải\s+thể|sáp\s+nhập|hợp\s+nhất|chấm\s+dứt\s+hoạt\s+động|kết\s+thúc\s+hoạt\s+động|sắp\s+xếp|tinh\s+gọn|tiếp\s+nhận\s+(?:các\s+|một\s+số\s+)?(?:chức\s+năng|nhiệm\s+vụ)|chuyển\s+giao|bàn\s+giao|kế\s+thừa)(?![\p{L}\p{M}])/iu;

/**
 * The bodies that ended, by id, with when: read once per glossary's bodies (they live as long as the glossary), so a
 * body mention costs one look-up, and a paragraph of a glossary with no ended body none.
 */
const endedByBodies = new WeakMap<ReadonlyMap<string, Body>, Map<string, { body: Body; until: DayWindow }>>();
function endedBodies(bodies: ReadonlyMap<string, Body>): Map<string, { body: Body; until: DayWindow }> {
  let ended = endedByBodies.get(bodies);
  if (!ended) {
    ended = new Map();
    for (const [id, body] of bodies) {
      const until = partialWindow(body.until);
      if (until) ended.set(id, { body, until });
    }
    endedByBodies.set(bodies, ended);
  }
  return ended;
}

export const dissolvedBody: Check = ({ glossary, analysis, locale }) => {
  if (analysis.mentions.length === 0) return NO_FINDINGS;
  const ended = endedBodies(glossary.bodies);
  if (ended.size === 0) return NO_FINDINGS;
  // Made at the first finding: most paragraphs have none.
  let out: RawFinding[] | undefined;
  const norm = analysis.text.norm;
  // Indexes built once, so each body mention asks in logarithmic time what a scan of every citation and title would;
  // built when a body first needs them (most ended bodies are named on dates before their end, and stop earlier).
  let inIssuer: ((start: number, end: number) => boolean) | undefined;
  let inLinkedTitle: ((start: number, end: number) => boolean) | undefined;
  let offices: Mention[] | undefined;
  // Made when a mention first gets that far: most paragraphs name no ended body.
  let aboutEnding: Map<Sentence | undefined, boolean> | undefined;
  const { mentions } = analysis;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (!isBody(m)) continue;
    const end = ended.get(m.target.id);
    if (!end) continue;
    const { body, until } = end;
    const { windows } = datesFor(analysis, m.start);
    if (!allAfter(windows, until.last)) continue;
    inIssuer ??= containment(analysis.citations.flatMap((c) => (c.issuer ? [c.issuer] : [])));
    if (inIssuer(m.start, m.end)) continue;
    // (containment sorts a copy by start when they are not in order already.)
    inLinkedTitle ??= containment(analysis.links.map((l) => l.title));
    if (inLinkedTitle(m.start, m.end)) continue;
    if (PAST_BEFORE.test(norm.slice(Math.max(0, m.start - 60), m.start))) continue;
    if (PAST_AFTER.test(norm.slice(m.end, m.end + 40))) continue;
    // "Việc hợp nhất Ban Tuyên giáo Trung ương và Ban Dân vận Trung ương …": the sentence is about the ending.
    const sentence = sentenceAt(analysis, m.start);
    aboutEnding ??= new Map<Sentence | undefined, boolean>();
    let ending = aboutEnding.get(sentence);
    if (ending === undefined)
      aboutEnding.set(
        sentence,
        (ending = ABOUT_ENDING.test(norm.slice(sentence?.start ?? 0, sentence?.end ?? norm.length))),
      );
    if (ending) continue;
    const { message, successors } = endedMessage(glossary, body, windows[0].first, locale);
    // Inside a title ("Trưởng Ban Đối ngoại Trung ương"), swapping the body gives no real title: offer "nguyên …"
    // or the title of the same role in a successor body, when the glossary has one.
    offices ??= analysis.mentions.filter(isOffice);
    const title = officeAround(offices, m);
    if (title) {
      const written = norm.slice(title.start, title.end);
      const office = title.target.type === 'office' ? glossary.offices.get(title.target.id) : undefined;
      const heir = office && successorOffice(glossary, body.successors ?? [], office.role);
      const fixes: RawFix[] = [
        {
          title: t(messages.fixFormer, locale, { word: 'nguyên', title: written }),
          edits: [{ start: title.start, end: title.start, newText: 'nguyên ' }],
          preferred: true,
        },
      ];
      if (heir)
        fixes.push({
          title: t(messages.fixReplaceTitle, locale, { title: heir.title }),
          edits: [{ start: title.start, end: title.end, newText: heir.title }],
        });
      (out ??= []).push({
        code: 'dissolved-body',
        start: title.start,
        end: title.end,
        message,
        fixes,
        confidence: body.confidence,
        refs: [body.id],
      });
      continue;
    }
    (out ??= []).push({
      code: 'dissolved-body',
      start: m.start,
      end: m.end,
      message,
      fixes: successors.map((s, i) => ({
        title: t(messages.fixReplace, locale, { text: s }),
        edits: [{ start: nameStart(analysis, m, body.name), end: m.end, newText: s }],
        preferred: i === 0,
      })),
      confidence: body.confidence,
      refs: [body.id],
    });
  }
  return out ?? NO_FINDINGS;
};

/** Every window starts after `day` (a loop: no closure made per mention). */
function allAfter(windows: readonly DayWindow[], day: number): boolean {
  for (const w of windows) if (w.first <= day) return false;
  return true;
}

/** What a finding on an ended body says as of a day, and the names of its successors. */
interface Ended {
  glossary: Glossary;
  day: number;
  locale: Locale;
  message: string;
  successors: string[];
}

/**
 * The same few ended bodies are named on the same dates down a document: their message is worked out once per body,
 * day and locale and kept with the body (bounded), with the glossary its successors were named from.
 */
const endedMessages = new WeakMap<Body, Ended[]>();
function endedMessage(glossary: Glossary, body: Body, day: number, locale: Locale): Ended {
  let known = endedMessages.get(body);
  if (!known) endedMessages.set(body, (known = []));
  for (const e of known) if (e.day === day && e.locale === locale && e.glossary === glossary) return e;
  if (known.length >= 64) known.length = 0;
  const successors = (body.successors ?? []).map((id) => glossary.bodyName(id)).filter(Boolean);
  const message = t(messages.bodyEnded, locale, {
    body: body.name,
    date: formatPartial(body.until, locale),
    successors,
    asOf: formatDay(day, locale),
  });
  const e: Ended = { glossary, day, locale, message, successors };
  known.push(e);
  return e;
}

/** "UBND tỉnh Bình Phước" names the body by a longer form: replace only the name, keep "UBND". */
function nameStart(
  analysis: Parameters<Check>[0]['analysis'],
  m: { start: number; first: number; last: number },
  name: string,
): number {
  const keys = nameKeys(name);
  const n = keys.length;
  if (m.last - m.first <= n) return m.start;
  const t = analysis.tokens;
  for (let i = 0; i < n; i++) if (t.key(m.last - n + i) !== keys[i]) return m.start;
  return t.start(m.last - n);
}

/** A body name's syllable keys, once per name (the same few bodies are named at every finding; bounded). */
const keysOfName = new Map<string, string[]>();
function nameKeys(name: string): string[] {
  let keys = keysOfName.get(name);
  if (!keys) {
    if (keysOfName.size >= 4096) keysOfName.clear();
    keysOfName.set(name, (keys = tokenize(normalizeText(name)).map((tk) => tk.key)));
  }
  return keys;
}

/**
 * The first office mention (in mention order) that holds m and is longer than it. Titles do not overlap one another
 * (same spans aside), so only the last office starting at or before m, and its twins of the same span, can hold it.
 */
function officeAround(offices: Mention[], m: Mention): Mention | undefined {
  let lo = 0;
  let hi = offices.length - 1;
  if (hi < 0 || offices[0].start > m.start) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offices[mid].start <= m.start) lo = mid;
    else hi = mid - 1;
  }
  let first = lo;
  while (first > 0 && offices[first - 1].start === offices[lo].start && offices[first - 1].end === offices[lo].end)
    first--;
  for (let i = first; i <= lo; i++) {
    const o = offices[i];
    if (o.start <= m.start && m.end <= o.end && (o.start < m.start || m.end < o.end)) return o;
  }
  return undefined;
}

/** Offices by body and role key, first in glossary order: the same role in a successor body, in constant time. */
const officeByBodyRole = new WeakMap<Glossary, Map<string, { office: Office; index: number }>>();
function successorOffice(glossary: Glossary, successors: string[], role: string): Office | undefined {
  let index = officeByBodyRole.get(glossary);
  if (!index) {
    index = new Map();
    glossary.data.offices.forEach((o, i) => {
      const key = `${o.body ?? ''}|${phraseKey(o.role)}`;
      if (!index!.has(key)) index!.set(key, { office: o, index: i });
    });
    officeByBodyRole.set(glossary, index);
  }
  let best: { office: Office; index: number } | undefined;
  for (const s of successors) {
    const hit = index.get(`${s}|${phraseKey(role)}`);
    if (hit && (!best || hit.index < best.index)) best = hit;
  }
  return best?.office;
}
