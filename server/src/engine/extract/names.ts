/**
 * Personal names the glossary does not know, found where a name is certain enough to read: after a title the
 * glossary knows (the engine's own "not in the glossary" reading, Vietnamese or foreign) and after a form of address
 * ("ông", "bà", "đồng chí", "ngài"). They are added as bare people to the glossary used for reading titles, so that the
 * engine's title linking (chains, apposition, "nguyên", brackets) pairs them with their titles as it does known people.
 */
import { isForeignTitle, type Analysis } from '../analysis';
import type { Glossary } from '../glossary/glossary';
import { mentionClass, type MentionTarget } from '../match/phrase-index';
import { nameRun } from '../match/unknown-names';
import { syllableKey } from '../text/normalize';

export interface CandidateName {
  /** As written (normalized to NFC). */
  name: string;
  foreign: boolean;
  /** Shorter forms of the same name read elsewhere ("Kishida" for "Fumio Kishida"). */
  aliases?: string[];
}

/**
 * A foreign name read once whole and once by one of its words ("Fumio Kishida", "Thủ tướng Kishida") is one person:
 * the single word becomes an alias of the whole name, when exactly one longer name contains it.
 */
export function joinShortForeignNames(names: Map<string, CandidateName>): void {
  const containing = new Map<string, string[]>();
  for (const [key, n] of names) {
    if (!n.foreign || !key.includes(' ')) continue;
    for (const word of new Set(key.split(' '))) {
      const list = containing.get(word);
      if (list) list.push(key);
      else containing.set(word, [key]);
    }
  }
  for (const [key, n] of [...names]) {
    if (!n.foreign || key.includes(' ')) continue;
    const longer = containing.get(key) ?? [];
    if (longer.length !== 1) continue;
    const whole = names.get(longer[0])!;
    whole.aliases = [...(whole.aliases ?? []), n.name];
    names.delete(key);
  }
}

const ADDRESS = [['ông'], ['bà'], ['ngài'], ['đồng', 'chí']].map((words) => words.map(syllableKey));
const AND = syllableKey('và');
const FOREIGN = new Set(['foreign', 'international']);

/** Some office written with these words belongs to a foreign state or organisation. */
function mayBeForeign(glossary: Glossary, t: MentionTarget): boolean {
  const offices =
    t.type === 'office'
      ? [glossary.offices.get(t.id)]
      : t.type === 'role'
        ? (glossary.officesByRole.get(t.role) ?? [])
        : [];
  return offices.some((o) => !!o && FOREIGN.has(glossary.bodies.get(o.body ?? '')?.kind ?? ''));
}

/** Adds the article's candidate names to `into`, keyed by their syllable keys. */
export function candidateNames(analysis: Analysis, glossary: Glossary, into: Map<string, CandidateName>): void {
  const { tokens, mentions, text } = analysis;
  const norm = text.norm;
  const add = (first: number, last: number, foreign: boolean) => {
    const key = tokens
      .slice(first, last)
      .map((t) => t.key)
      .join(' ');
    if (!into.has(key)) into.set(key, { name: norm.slice(tokens[first].start, tokens[last - 1].end), foreign });
  };
  for (const u of analysis.unknownNames) add(u.first, u.last, isForeignTitle(glossary, u.title));
  // Tokens of what the glossary knows (names, bodies, terms, offices) cannot be part of a new name.
  const taken = new Set<number>();
  for (const m of mentions) {
    if (mentionClass(m.target) === 'title' && m.target.type !== 'office') continue;
    for (let k = m.first; k < m.last; k++) taken.add(k);
  }
  // A foreign name after a title that some foreign office is written with ("Thủ tướng Kishida", "Tổng thống Yoon").
  for (const m of mentions) {
    if (m.target.type !== 'office' && m.target.type !== 'role') continue;
    if (m.last >= tokens.length || !/^[ \t]+$/.test(norm.slice(tokens[m.last - 1].end, tokens[m.last].start))) continue;
    if (!mayBeForeign(glossary, m.target)) continue;
    const run = nameRun(norm, tokens, m.last, true, taken);
    if (!run) continue;
    // "Han Duck-soo": a lower-case syllable joined by a hyphen is part of the name.
    let last = run.last;
    while (
      last < tokens.length &&
      norm.slice(tokens[last - 1].end, tokens[last].start) === '-' &&
      /^[a-z]+$/.test(tokens[last].text)
    )
      last++;
    add(run.first, last, true);
  }
  // A name standing in a list or before its title, without "ông"/"bà": "các đồng chí: Trần Văn A, Phó Thủ tướng; Lê Văn B
  // (Bí thư Trung ương Đảng), …". Punctuation on both sides keeps places and institutions out.
  for (let j = 0; j < tokens.length; j++) {
    const before = j === 0 ? '\n' : norm.slice(tokens[j - 1].end, tokens[j].start);
    const afterList = /[:;,(]\s*$|\n\s*$/.test(before) || (j > 0 && tokens[j - 1].key === AND);
    if (!afterList) continue;
    const run = nameRun(norm, tokens, j, false, taken);
    if (!run || run.last - run.first > 4) continue;
    const after = norm.slice(tokens[run.last - 1].end, tokens[run.last]?.start ?? norm.length);
    if (/^\s*[,;().:]|^\s*$|^\s+và\s/u.test(after) || tokens[run.last]?.key === AND) add(run.first, run.last, false);
  }
  for (let i = 0; i < tokens.length; i++) {
    for (const words of ADDRESS) {
      const j = i + words.length;
      if (j >= tokens.length || !words.every((w, k) => tokens[i + k].key === w)) continue;
      if (!/^[ \t]+$/.test(norm.slice(tokens[j - 1].end, tokens[j].start))) continue;
      const run = nameRun(norm, tokens, j, false, taken);
      if (run) add(run.first, run.last, false);
    }
  }
}
