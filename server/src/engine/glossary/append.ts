/**
 * Adding a person's tenure to a glossary file's text without disturbing what is there. The new entry is rendered
 * with the `yaml` package (Document API, so quoting and escaping are right) and inserted as text at the end of the
 * `people` list, or of that person's `titles` when the file already has them: comments, blank lines, key order and
 * quoting of everything else stay byte for byte. The result is parsed again and must hold exactly the old data plus
 * the new entry; when a file's layout does not allow a plain insertion (a flow list, `people:` left empty), the whole
 * document is re-rendered by the Document API instead, which keeps comments but may respace them. Pure: no I/O.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { Confidence, PartialDate } from './model';
import type { InlineSource } from './shorthand';
import { slugId } from './shorthand';

export interface TenureToAdd {
  office: string;
  from: PartialDate;
  acting?: boolean;
  source: InlineSource;
  confidence: Confidence;
}

export interface PersonToAdd {
  id: string;
  name: string;
  tenure: TenureToAdd;
  /** One line written above the new entry (why it is there, what to do next). */
  comment?: string;
}

export type AppendResult =
  | {
      ok: true;
      text: string;
      /** The same change as one edit of the old text (an insertion, or the whole text replaced). */
      edit: { start: number; end: number; newText: string };
      /** 1-based line of the new entry (of the tenure, when added to an existing person). */
      line: number;
    }
  | { ok: false; reason: string };

/** Add `add` to the glossary file `text` ('' for a new file, which gets `header` as its first comment lines). */
export function appendPerson(text: string, add: PersonToAdd, header?: string): AppendResult {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (text.trim() === '') {
    const head = header ? comment(header, '', eol) : '';
    const body = `${head}people:${eol}${renderItem(personObject(add), '  ', eol, add.comment)}`;
    return finish(text, { start: 0, end: text.length, newText: body }, add) ?? CANNOT;
  }
  const doc = parseDocument(text);
  if (doc.errors.length) {
    const pos = new LineCounter();
    parseDocument(text, { lineCounter: pos });
    const line = pos.linePos(doc.errors[0].pos[0]).line;
    return { ok: false, reason: `the file has YAML errors (line ${line}); fix them first` };
  }
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) return { ok: false, reason: 'the file is not a glossary file' };
  const pair = contents?.items.find((p) => isScalar(p.key) && p.key.value === 'people');
  if (!pair) {
    // No people yet: a new section at the end of the file.
    const at = text.length;
    const lead = text.endsWith('\n') ? '' : eol;
    const newText = `${lead}people:${eol}${renderItem(personObject(add), '  ', eol, add.comment)}`;
    return finish(text, { start: at, end: at, newText }, add) ?? rerender(doc, add, text);
  }
  const people = pair.value;
  if (isSeq(people) && !people.flow && people.range) {
    const existing = people.items.find((item) => isMap(item) && samePerson(item, add.id));
    if (existing && isMap(existing)) {
      const titles = existing.get('titles', true);
      if (isSeq(titles) && !titles.flow && titles.items.length > 0 && titles.range) {
        const indent = ' '.repeat(column(text, titles.range[0]));
        const at = afterLine(text, titles.range[1]);
        const newText = at.lead(eol) + renderItem(tenureObject(add.tenure), indent, eol, add.comment);
        return finish(text, { start: at.offset, end: at.offset, newText }, add) ?? rerender(doc, add, text);
      }
      return rerender(doc, add, text);
    }
    const indent = ' '.repeat(column(text, people.range[0]));
    const at = afterLine(text, people.range[1]);
    const newText = at.lead(eol) + renderItem(personObject(add), indent, eol, add.comment);
    return finish(text, { start: at.offset, end: at.offset, newText }, add) ?? rerender(doc, add, text);
  }
  return rerender(doc, add, text);
}

const CANNOT: AppendResult = { ok: false, reason: 'the file could not be extended without changing its data' };

/** The text with `edit` applied, if it parses to the old data plus the new entry; else undefined. */
function finish(
  text: string,
  edit: { start: number; end: number; newText: string },
  add: PersonToAdd,
): AppendResult | undefined {
  const next = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
  const line = verify(text, next, add);
  return line === undefined ? undefined : { ok: true, text: next, edit, line };
}

/** Whole-document rendering for layouts a plain insertion cannot extend. */
function rerender(doc: Document, add: PersonToAdd, text: string): AppendResult {
  const people = doc.get('people', true);
  const existing = isSeq(people) ? people.items.find((i) => isMap(i) && samePerson(i, add.id)) : undefined;
  if (existing && isMap(existing)) {
    const titles = existing.get('titles', true);
    const tenure = node(doc, tenureObject(add.tenure));
    if (isSeq(titles)) titles.items.push(tenure);
    else existing.set('titles', doc.createNode([tenure]));
  } else {
    const person = node(doc, personObject(add));
    if (add.comment) person.commentBefore = ` ${add.comment}`;
    if (isSeq(people)) {
      people.flow = false;
      people.items.push(person);
    } else doc.set('people', doc.createNode([person]));
  }
  const next = doc.toString({ lineWidth: 0 });
  const line = verify(text, next, add);
  if (line === undefined) return CANNOT;
  return { ok: true, text: next, edit: { start: 0, end: text.length, newText: next }, line };
}

/** 1-based line of the new entry in `next` if `next` is `text`'s data plus exactly the new entry. */
function verify(text: string, next: string, add: PersonToAdd): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(next, { lineCounter: lines });
  if (doc.errors.length) return undefined;
  const old = (text.trim() ? (parseDocument(text).toJS() as Record<string, unknown> | null) : null) ?? {};
  const expected = structuredClone(old);
  const people = (expected.people as Array<Record<string, unknown>> | null | undefined) ?? [];
  expected.people = people;
  const existing = people.find((p) => personId(p) === add.id);
  if (existing) existing.titles = [...((existing.titles as unknown[] | undefined) ?? []), tenureObject(add.tenure)];
  else people.push(personObject(add));
  if (JSON.stringify(doc.toJS()) !== JSON.stringify(expected)) return undefined;
  const seq = doc.get('people', true);
  if (!isSeq(seq)) return undefined;
  const item = seq.items.find((i) => isMap(i) && samePerson(i, add.id));
  if (!item || !isMap(item)) return undefined;
  const target = existing ? item.get('titles', true) : item;
  const at = isSeq(target) ? target.items[target.items.length - 1] : target;
  const start = (at as Node | undefined)?.range?.[0];
  return start === undefined ? undefined : lines.linePos(start).line;
}

function personId(p: Record<string, unknown>): string | undefined {
  if (typeof p.id === 'string') return p.id;
  return typeof p.name === 'string' ? slugId(p.name) : undefined;
}

function samePerson(item: YAMLMap, id: string): boolean {
  const own = item.get('id');
  if (typeof own === 'string') return own === id;
  const name = item.get('name');
  return typeof name === 'string' && slugId(name) === id;
}

function personObject(add: PersonToAdd): Record<string, unknown> {
  return { id: add.id, name: add.name, titles: [tenureObject(add.tenure)] };
}

function tenureObject(t: TenureToAdd): Record<string, unknown> {
  return {
    office: t.office,
    ...(t.acting ? { acting: true } : {}),
    from: t.from,
    source: { ...t.source },
    confidence: t.confidence,
  };
}

/** A YAML node for `value`: dates quoted (a year alone would read as a number), an inline source on one line. */
function node(doc: Document, value: Record<string, unknown>): YAMLMap {
  const n = doc.createNode(value) as YAMLMap;
  const visit = (m: unknown): void => {
    if (isMap(m)) {
      for (const p of m.items) {
        const key = isScalar(p.key) ? p.key.value : undefined;
        if ((key === 'from' || key === 'to' || key === 'date') && isScalar(p.value)) p.value.type = 'QUOTE_DOUBLE';
        if (key === 'source' && isMap(p.value)) p.value.flow = true;
        visit(p.value);
      }
    } else if (isSeq(m)) for (const i of m.items) visit(i);
  };
  visit(n);
  return n;
}

/** A list item: "- " at `indent`, its other lines two further in, optionally a comment line above. */
function renderItem(value: Record<string, unknown>, indent: string, eol: string, note?: string): string {
  const doc = new Document();
  doc.contents = node(doc, value);
  const lines = doc.toString({ lineWidth: 0 }).replace(/\n+$/, '').split('\n');
  const body = lines.map((l, i) => (i === 0 ? `${indent}- ${l}` : `${indent}  ${l}`)).join(eol);
  return `${note ? comment(note, indent, eol) : ''}${body}${eol}`;
}

function comment(text: string, indent: string, eol: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `${indent}# ${l}`.trimEnd())
    .join(eol)
    .concat(eol);
}

/** 0-based column of an offset. */
function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Where to insert after the line holding the character before `offset`; `lead` adds a line break if none ends it. */
function afterLine(text: string, offset: number): { offset: number; lead: (eol: string) => string } {
  if (offset > 0 && text[offset - 1] === '\n') return { offset, lead: () => '' };
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? { offset: text.length, lead: (eol) => eol } : { offset: nl + 1, lead: () => '' };
}
