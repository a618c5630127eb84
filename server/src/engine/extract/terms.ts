/**
 * Official terms written in quotation marks: “ngoại giao cây tre”, "Đối tác chiến lược toàn diện". A quotation of
 * speech is not a term, so only short quoted phrases count (two to sixteen syllables, no first person, not a whole
 * clause), not a document's subject ("về …") nor a name the glossary knows. A word before it that introduces a term
 * ("phương châm", "khái niệm", "khẩu hiệu", …) makes it more likely one.
 */
import type { Analysis } from '../analysis';
import { mentionClass } from '../match/phrase-index';
import { phraseKey } from '../text/normalize';
import { firstIndex } from './search';

export interface TermReading {
  /** Normalized offsets of the quoted words (without the marks). */
  start: number;
  end: number;
  term: string;
  cue?: string;
}

const QUOTE_RE = /[“"«]([^“”"«»\n]{2,120})[”"»]/gu;
const MIN_SYLLABLES = 2;
const MAX_SYLLABLES = 16;
/** Words that introduce a term. */
const CUES = [
  'phương châm',
  'khẩu hiệu',
  'quan điểm',
  'tinh thần',
  'chủ trương',
  'thuật ngữ',
  'khái niệm',
  'cụm từ',
  'mô hình',
  'chiến lược',
  'trường phái',
  'tư tưởng',
  'nguyên tắc',
  'thông điệp',
  'phong trào',
  'cơ chế',
  'quan hệ',
  'tầm nhìn',
  'định hướng',
  'cách tiếp cận',
  'danh hiệu',
  'hình ảnh',
  'khuôn khổ',
  'nâng cấp lên',
  'nâng lên',
].map((words) => ({ words, key: phraseKey(words) }));
/** A quotation with these is someone speaking or judging, not a term. */
const SPEECH = new Set(
  [
    'tôi',
    'chúng tôi',
    'chúng ta',
    'mình',
    'bạn',
    'các bạn',
    'rất',
    'hết sức',
    'vô cùng',
    'cực kỳ',
    'chưa từng',
    'đang',
    'sẽ',
  ].map(phraseKey),
);

export function readTerms(analysis: Analysis): TermReading[] {
  const norm = analysis.text.norm;
  const out: TermReading[] = [];
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previous: TermReading | undefined;
  while ((m = QUOTE_RE.exec(norm))) {
    const raw = m[1];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/[,;:]+$/u, '');
    const start = m.index + 1 + lead;
    const end = start + text.length;
    const words = phraseKey(text).split(' ').filter(Boolean);
    if (words.length < MIN_SYLLABLES || words.length > MAX_SYLLABLES) continue;
    if (/[.!?…]/u.test(text) || /^\d/u.test(text)) continue;
    if (words.some((w, i) => SPEECH.has(w) || SPEECH.has(`${w} ${words[i + 1] ?? ''}`))) continue;
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    // The subject of a cited document, or a title of a work ("bài viết “…”"), is not a term.
    if (/(?:về|về việc|bài viết|cuốn sách|tác phẩm|chủ đề|với tiêu đề)\s*$/iu.test(before)) continue;
    if (knownWhole(analysis, start, end)) continue;
    const beforeKey = phraseKey(before);
    // In a list of quoted terms ("cơ chế “…”, “…” và “…”") the word before the first one introduces them all.
    const listed =
      previous && /^[”"»]?\s*(?:,|và)\s*$/u.test(norm.slice(previous.end, m.index)) ? previous.cue : undefined;
    const cue = CUES.find((c) => beforeKey.endsWith(` ${c.key}`) || beforeKey === c.key)?.words ?? listed;
    previous = { start, end, term: text, ...(cue ? { cue } : {}) };
    out.push(previous);
  }
  return out;
}

/** The quoted words are all one thing the glossary knows (a term, a name, a body, an office). */
function knownWhole(analysis: Analysis, start: number, end: number): boolean {
  const { mentions } = analysis;
  // Mentions are sorted by start; one that covers the quote starts at most a long phrase before it.
  for (let i = firstIndex(mentions, (m) => m.start < start - LONGEST_MENTION); i < mentions.length; i++) {
    const m = mentions[i];
    if (m.start > start) break;
    if (m.end >= end && (mentionClass(m.target) !== 'title' || m.target.type === 'office')) return true;
  }
  return false;
}

/** Characters: far longer than any glossary form (the longest bundled one, a foreign-policy line, has 150). */
const LONGEST_MENTION = 400;
