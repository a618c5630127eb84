/**
 * The official capitals of a body or title ("Bộ Chính trị", "Tổng Bí thư"), used by the capitalization check.
 * Headings in capitals are fine, a capital on the first syllable is fine (a sentence may start there), an
 * all-lower-case phrase is ordinary prose ("các chính phủ", "các bộ trưởng"), and so are the forms official sources
 * print themselves: the head noun of a body in lower case, alone or after a role ("ban Tổ chức Trung ương",
 * "Trưởng ban Đối ngoại Trung ương", "ủy viên Bộ Chính trị").
 */
import type { Glossary } from '../glossary/glossary';
import type { Body } from '../glossary/model';
import type { Mention } from '../match/phrase-index';
import { normalizeText, phraseKey } from '../text/normalize';
import { tokenize, type Token } from '../text/tokens';

/** The official spelling the written form should have, or undefined when it is fine. */
export function officialCapitalization(glossary: Glossary, m: Mention, written: string): string | undefined {
  const entry = formsOf(glossary, m);
  if (!entry) return undefined;
  // Most mentions are written exactly as an official form: no key to compute. (A slice compared with === costs half
  // what startsWith at the mention's offset does.)
  const { forms } = entry;
  for (let i = 0; i < forms.length; i++) if (forms[i].text === written) return undefined;
  // A document writes the same name the same wrong way again and again: judged once per way it is written (bounded).
  const known = entry.judged.get(written);
  if (known !== undefined) return known ?? undefined;
  const official = judge(glossary, m, entry.forms, written);
  if (entry.judged.size >= MAX_JUDGED) entry.judged.clear();
  entry.judged.set(ownCopy(written), official ?? null);
  return official;
}

/**
 * A copy of a slice of a paragraph that does not keep the paragraph alive: V8 makes a longer slice a view into its
 * parent, and a memo that outlives the check would hold every paragraph one of its keys was cut from.
 */
export function ownCopy(slice: string): string {
  return ` ${slice}`.slice(1);
}

/** How many ways of writing one body or office are remembered with their verdict. */
const MAX_JUDGED = 64;

function judge(glossary: Glossary, m: Mention, forms: Form[], written: string): string | undefined {
  const key = phraseKey(written);
  const same = forms.filter((f) => f.key === key);
  if (same.length === 0 || same.some((f) => f.text === written)) return undefined;
  const mine = tokenize(written);
  if (mine.every((t) => t.text === t.text.toUpperCase())) return undefined; // a heading in capitals
  if (mine.every((t) => !t.upper)) return undefined; // prose, not a name
  const heads = bodyHeads(glossary, m);
  for (const { text: form, tokens: theirs } of same) {
    if (theirs.length !== mine.length) continue;
    const lenient = new Set([0, ...heads(theirs.map((t) => t.key))]);
    // Any syllable whose capital differs, except a lower-case head noun and an extra capital on the first syllable.
    const differs = theirs.some(
      (t, i) =>
        t.upper !== mine[i].upper && !(i === 0 && mine[i].upper) && !(lenient.has(i) && t.upper && !mine[i].upper),
    );
    if (differs) return form;
  }
  return undefined;
}

/** Token positions where a body's name starts inside an office's form ("Trưởng [Ban] Đối ngoại Trung ương"). */
function bodyHeads(glossary: Glossary, m: Mention): (keys: string[]) => number[] {
  if (m.target.type !== 'office') return () => [];
  const body = glossary.bodies.get(glossary.offices.get(m.target.id)?.body ?? '');
  const names = body ? bodyNameKeys(body) : [];
  return (keys) => {
    const out: number[] = [];
    for (const n of names) {
      for (let i = 1; i + n.length <= keys.length; i++) if (n.every((k, j) => keys[i + j] === k)) out.push(i);
    }
    return out;
  };
}

function officialForms(glossary: Glossary, m: Mention): string[] | undefined {
  if (m.target.type === 'body') {
    const b = glossary.bodies.get(m.target.id);
    return b && [b.name, ...(b.aliases ?? [])];
  }
  if (m.target.type === 'office') {
    const o = glossary.offices.get(m.target.id);
    return o && [o.title, ...(o.forms ?? [])];
  }
  return undefined;
}

interface Form {
  text: string;
  key: string;
  tokens: Token[];
}

/** A body's or office's official forms, and the verdicts on the other ways it was written (null: fine). */
interface Forms {
  forms: Form[];
  judged: Map<string, string | null>;
}

/** A body's or office's official forms, normalized, keyed and tokenized once per glossary, not at every mention. */
// (null: no such body or office; one look-up per mention.)
const formCache = new WeakMap<Glossary, Record<'body' | 'office', Map<string, Forms | null>>>();
function formsOf(glossary: Glossary, m: Mention): Forms | undefined {
  if (m.target.type !== 'body' && m.target.type !== 'office') return undefined;
  let caches = formCache.get(glossary);
  if (!caches) formCache.set(glossary, (caches = { body: new Map(), office: new Map() }));
  const cache = caches[m.target.type];
  const id = m.target.id;
  const known = cache.get(id);
  if (known !== undefined) return known ?? undefined;
  const forms = officialForms(glossary, m)?.map((f) => {
    const text = normalizeText(f);
    return { text, key: phraseKey(text), tokens: tokenize(text) };
  });
  const entry = forms && { forms, judged: new Map<string, string | null>() };
  cache.set(id, entry ?? null);
  return entry;
}

const nameKeys = new WeakMap<Body, string[][]>();
function bodyNameKeys(body: Body): string[][] {
  let keys = nameKeys.get(body);
  if (!keys) {
    keys = [body.name, ...(body.aliases ?? [])].map((n) => tokenize(normalizeText(n)).map((t) => t.key));
    nameKeys.set(body, keys);
  }
  return keys;
}
