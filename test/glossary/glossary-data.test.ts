/**
 * The glossary data itself: every YAML file below glossary/ parses, matches the JSON Schema, has unique ids within a file
 * (entries with the same id in several files are merged, as the engine merges them),
 * resolving cross references and real sources, keeps its dates consistent, and says only what the
 * corpus articles it cites really contain. Run: node --import tsx --test test/glossary/glossary-data.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';
import type {
  GlossaryData,
  GlossaryFile,
  PartialDate,
  SourceRef,
  Tenure,
} from '../../server/src/engine/glossary/model';
import { GLOSSARY_SECTIONS } from '../../server/src/engine/glossary/model';
import { parseGlossaryFiles } from '../../server/src/engine/glossary/parse';
import { listYamlFiles } from '../../server/src/node/glossary-loader';

const ROOT = resolve(__dirname, '../..');
const GLOSSARY = join(ROOT, 'glossary');
const SCHEMA = join(GLOSSARY, 'schema/glossary.schema.json');
const CORPUS = resolve(ROOT, '../shared/corpus');

/** Every YAML file below the glossary folder, relative to it, exactly as the loader walks them. */
const files = listYamlFiles(GLOSSARY).map((f) => relative(GLOSSARY, f).split(sep).join('/'));

function load(file: string): GlossaryFile {
  const doc = parseDocument(readFileSync(join(GLOSSARY, file), 'utf8'), { uniqueKeys: true });
  assert.deepEqual(
    doc.errors.map((e) => e.message),
    [],
    `${file}: YAML errors`,
  );
  assert.deepEqual(
    doc.warnings.map((e) => e.message),
    [],
    `${file}: YAML warnings`,
  );
  return (doc.toJS() ?? {}) as GlossaryFile;
}

/** All files merged by id, exactly as the engine merges them. */
function merged(): GlossaryData {
  const parsed = parseGlossaryFiles(files.map((f) => ({ path: f, text: readFileSync(join(GLOSSARY, f), 'utf8') })));
  assert.deepEqual(parsed.problems, [], 'the glossary loads without problems');
  return parsed.data!;
}
const data = merged();

/** Lower and upper bound (inclusive, ISO day) of a partial date. */
function bounds(d: PartialDate): [string, string] {
  const [y, m, day] = d.split('-');
  if (day) return [d, d];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}
function validDate(d: PartialDate): boolean {
  const [y, m, day] = d.split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (day !== undefined) {
    const t = new Date(Date.UTC(y, m - 1, day));
    if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== day) return false;
  }
  return true;
}

/** Every (owner, field, date) in the data. */
function allDates(): [string, string, PartialDate][] {
  const out: [string, string, PartialDate][] = [];
  const add = (owner: string, field: string, d: PartialDate | undefined) => {
    if (d !== undefined) out.push([owner, field, d]);
  };
  for (const s of data.sources) add(s.id, 'date', s.date);
  for (const b of data.bodies) {
    add(b.id, 'from', b.from);
    add(b.id, 'until', b.until);
  }
  for (const p of data.people) {
    add(p.id, 'born', p.born);
    add(p.id, 'died', p.died);
    p.titles.forEach((t, i) => (add(p.id, `titles[${i}].from`, t.from), add(p.id, `titles[${i}].to`, t.to)));
  }
  for (const d of data.documents) add(d.id, 'date', d.date);
  return out;
}

/** Every (owner, source list) in the data. */
function allSourceLists(): [string, SourceRef[]][] {
  const out: [string, SourceRef[]][] = [];
  for (const b of data.bodies) {
    out.push([b.id, b.sources]);
    (b.issuerCodes ?? []).forEach((c) => out.push([`${b.id}.issuerCodes ${c.code}`, c.sources]));
  }
  for (const o of data.offices) out.push([o.id, o.sources]);
  for (const p of data.people) {
    out.push([p.id, p.sources]);
    p.titles.forEach((t, i) => out.push([`${p.id}.titles[${i}] (${t.office})`, t.sources]));
  }
  for (const d of data.documents) out.push([d.id, d.sources]);
  for (const t of data.terms) out.push([t.id, t.sources]);
  for (const e of data.enumerations) out.push([e.id, e.sources]);
  return out;
}

const isUrl = (s: string) => /^https?:\/\/\S+$/.test(s);

test('there are glossary files and the expected sections are all present', () => {
  assert.ok(files.length >= 6, `glossary files: ${files.join(', ')}`);
  for (const s of GLOSSARY_SECTIONS) assert.ok(data[s].length > 0, `section ${s} is empty`);
});

test('every glossary file matches the JSON Schema', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  for (const f of files) {
    const ok = validate(load(f));
    assert.ok(ok, `${f}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
  }
});

test('the schema rejects what the model forbids', () => {
  const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const person = { id: 'x', name: 'X', titles: [], sources: ['corpus-000'] };
  assert.ok(validate({ people: [person] }));
  assert.ok(!validate({ people: [{ ...person, extra: 1 }] }), 'additional property');
  assert.ok(!validate({ people: [{ ...person, sources: [] }] }), 'no source');
  assert.ok(!validate({ people: [{ ...person, id: 'Bad Id' }] }), 'id pattern');
  assert.ok(!validate({ people: [{ ...person, born: '2025-2-3' }] }), 'partial date pattern');
  assert.ok(
    !validate({ people: [{ ...person, titles: [{ office: 'x', sources: ['corpus-000'], confidence: 'likely' }] }] }),
    'confidence enum',
  );
  assert.ok(
    !validate({
      documents: [
        {
          id: 'd',
          kind: 'Thông báo',
          number: '1',
          issuer: 'b',
          subject: 's',
          status: 'in-force',
          sources: ['s'],
          confidence: 'confirmed',
        },
      ],
    }),
    'document kind enum',
  );
  assert.ok(
    !validate({
      documents: [
        {
          id: 'd',
          kind: 'Chỉ thị',
          number: '1',
          issuer: 'b',
          subject: 's',
          status: 'repealed',
          sources: ['s'],
          confidence: 'confirmed',
        },
      ],
    }),
    'document status enum',
  );
  assert.ok(!validate({ unknownSection: [] }), 'unknown section');
});

test('ids are unique within each file and across sections', () => {
  const dupes: string[] = [];
  const section = new Map<string, string>();
  for (const f of files) {
    const content = load(f);
    const inFile = new Set<string>();
    for (const s of GLOSSARY_SECTIONS) {
      for (const e of (content[s] as { id?: string }[] | undefined) ?? []) {
        if (e.id === undefined) continue;
        if (inFile.has(e.id)) dupes.push(`${f}: ${e.id} twice`);
        inFile.add(e.id);
        if (section.has(e.id) && section.get(e.id) !== s) dupes.push(`${e.id} is both ${section.get(e.id)} and ${s}`);
        section.set(e.id, s);
      }
    }
  }
  assert.deepEqual(dupes, []);
  const forms = data.honorifics.map((h) => h.form);
  assert.equal(new Set(forms).size, forms.length, 'duplicate honorific form');
});

test('every tenure, body end and document has a source with a URL and a date (an undated one only if unconfirmed)', () => {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  // A fact whose only public source shows no date is kept, but as unconfirmed: checks built on it are information.
  const sourced = (refs: SourceRef[], confidence: string) =>
    refs.some((r) => isUrl(r) || (!!byId.get(r)?.url && (!!byId.get(r)?.date || confidence === 'unconfirmed')));
  const dated = (refs: SourceRef[], confidence: string) =>
    refs.some((r) => !isUrl(r) && !!byId.get(r)?.url && !!byId.get(r)?.date) ||
    (confidence === 'unconfirmed' && sourced(refs, confidence));
  const bad: string[] = [];
  for (const p of data.people)
    for (const t of p.titles) if (!dated(t.sources, t.confidence)) bad.push(`${p.id} ${t.office} ${t.from ?? ''}`);
  for (const b of data.bodies) if (b.until && !dated(b.sources, b.confidence)) bad.push(`${b.id} until ${b.until}`);
  for (const d of data.documents) if (!dated(d.sources, d.confidence)) bad.push(`${d.id}`);
  assert.deepEqual(bad, []);
});

test('cross references resolve', () => {
  const ids = (list: { id: string }[]) => new Set(list.map((e) => e.id));
  const bodies = ids(data.bodies);
  const offices = ids(data.offices);
  const people = ids(data.people);
  const documents = ids(data.documents);
  const bad: string[] = [];
  const need = (owner: string, what: string, set: Set<string>, ref: string | undefined) => {
    if (ref !== undefined && !set.has(ref)) bad.push(`${owner}: unknown ${what} "${ref}"`);
  };
  for (const b of data.bodies) for (const s of b.successors ?? []) need(b.id, 'successor body', bodies, s);
  for (const o of data.offices) need(o.id, 'body', bodies, o.body);
  for (const p of data.people) for (const t of p.titles) need(p.id, 'office', offices, t.office);
  for (const d of data.documents) {
    need(d.id, 'issuer body', bodies, d.issuer);
    need(d.id, 'supersededBy document', documents, d.supersededBy);
    for (const s of d.supersedes ?? []) need(d.id, 'superseded document', documents, s);
  }
  for (const h of data.honorifics) need(h.form, 'person', people, h.person);
  assert.deepEqual(bad, []);
});

test('supersession is consistent in both directions and matches the status', () => {
  const byId = new Map(data.documents.map((d) => [d.id, d]));
  const bad: string[] = [];
  for (const d of data.documents) {
    if (d.supersededBy) {
      if (!(byId.get(d.supersededBy)?.supersedes ?? []).includes(d.id))
        bad.push(`${d.supersededBy} should list ${d.id} in supersedes`);
      if (d.status !== 'superseded') bad.push(`${d.id} has supersededBy but status ${d.status}`);
    } else if (d.status === 'superseded') bad.push(`${d.id} is superseded but names no successor`);
    for (const s of d.supersedes ?? [])
      if (byId.get(s)?.supersededBy !== d.id) bad.push(`${s} should have supersededBy ${d.id}`);
    if (d.supersededBy === d.id || (d.supersedes ?? []).includes(d.id)) bad.push(`${d.id} refers to itself`);
  }
  assert.deepEqual(bad, []);
});

test('bodies that ended say what became of them; successors are not themselves ended earlier', () => {
  const byId = new Map(data.bodies.map((b) => [b.id, b]));
  const bad: string[] = [];
  for (const b of data.bodies) {
    if (b.until !== undefined && !b.fate) bad.push(`${b.id}: until without fate`);
    if ((b.successors?.length ?? 0) > 0 && b.until === undefined) bad.push(`${b.id}: successors without until`);
    for (const s of b.successors ?? []) {
      const succ = byId.get(s);
      if (succ?.until !== undefined && b.until !== undefined && bounds(succ.until)[1] < bounds(b.until)[0])
        bad.push(`${b.id}: successor ${s} ended before it`);
      if (s === b.id) bad.push(`${b.id}: its own successor`);
    }
  }
  assert.deepEqual(bad, []);
});

test('every entry cites a source that exists in sources.yaml or is a URL, and every source is used', () => {
  const sources = new Set(data.sources.map((s) => s.id));
  const used = new Set<string>();
  const bad: string[] = [];
  for (const [owner, refs] of allSourceLists()) {
    if (refs.length === 0) bad.push(`${owner}: no source`);
    for (const r of refs) {
      if (isUrl(r)) continue;
      if (!sources.has(r)) bad.push(`${owner}: unknown source "${r}"`);
      used.add(r);
    }
  }
  assert.deepEqual(bad, []);
  assert.deepEqual(
    data.sources.filter((s) => !used.has(s.id)).map((s) => s.id),
    [],
    'sources nobody cites',
  );
  for (const s of data.sources)
    assert.ok(
      s.url !== undefined || s.file !== undefined || s.id === 'research-notes',
      `${s.id}: neither url nor file`,
    );
  const urls = data.sources.flatMap((s) => (s.url ? [s.url] : []));
  assert.equal(new Set(urls).size, urls.length, 'the same URL is listed twice');
});

test('all dates are real calendar dates and intervals run forwards', () => {
  const bad: string[] = [];
  for (const [owner, field, d] of allDates()) if (!validDate(d)) bad.push(`${owner}.${field}: ${d}`);
  for (const b of data.bodies)
    if (b.from && b.until && bounds(b.from)[0] > bounds(b.until)[1]) bad.push(`${b.id}: from after until`);
  for (const p of data.people) {
    for (const t of p.titles) {
      if (t.from && t.to && bounds(t.from)[0] > bounds(t.to)[1])
        bad.push(`${p.id} ${t.office}: from ${t.from} after to ${t.to}`);
      if (p.died && t.to === undefined) bad.push(`${p.id} ${t.office}: died but tenure has no end`);
      if (p.died && t.to && bounds(t.to)[0] > bounds(p.died)[1]) bad.push(`${p.id} ${t.office}: ends after death`);
      if (p.born && t.from && bounds(t.from)[1] < bounds(p.born)[0])
        bad.push(`${p.id} ${t.office}: starts before birth`);
    }
  }
  assert.deepEqual(bad, []);
});

test('single offices never have two holders at once (acting tenures and open-start tenures aside)', () => {
  const single = new Set(data.offices.filter((o) => o.single).map((o) => o.id));
  const byOffice = new Map<string, { who: string; t: Tenure }[]>();
  for (const p of data.people) {
    for (const t of p.titles) {
      if (!single.has(t.office) || t.from === undefined || t.acting) continue;
      byOffice.set(t.office, [...(byOffice.get(t.office) ?? []), { who: p.id, t }]);
    }
  }
  const bad: string[] = [];
  const FAR = '9999-12-31';
  for (const [office, list] of byOffice) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (a.who === b.who) continue;
        // Lower bounds only: "to 2026-04" and "from 2026-04" are a hand-over inside the same window.
        const [aFrom, aTo] = [bounds(a.t.from!)[0], a.t.to ? bounds(a.t.to)[0] : FAR];
        const [bFrom, bTo] = [bounds(b.t.from!)[0], b.t.to ? bounds(b.t.to)[0] : FAR];
        if (aFrom < bTo && bFrom < aTo)
          bad.push(`${office}: ${a.who} (${a.t.from}→${a.t.to ?? ''}) and ${b.who} (${b.t.from}→${b.t.to ?? ''})`);
      }
    }
  }
  assert.deepEqual(bad, []);
});

/** The date of the fact table the data was built from. */
const DATA_DATE = '2026-11-23';

test('every single office with a known holder has someone holding it now, unless its body has ended', () => {
  const bodies = new Map(data.bodies.map((b) => [b.id, b]));
  const current = (t: Tenure) => t.to === undefined || bounds(t.to)[0] > DATA_DATE;
  const holders = new Set(data.people.flatMap((p) => p.titles.filter(current).map((t) => t.office)));
  const held = new Set(data.people.flatMap((p) => p.titles.map((t) => t.office)));
  const vacant = data.offices
    .filter((o) => o.single && held.has(o.id) && !holders.has(o.id) && bodies.get(o.body ?? '')?.until === undefined)
    .map((o) => o.id);
  // Known gaps: nobody current is recorded for these (the sources stop before a successor is named). The stored
  // pages end in March 2026: posts whose holders left with the April 2026 Government and Assembly have no known
  // successor yet (Phó Thủ tướng Thường trực, several ministers, the Supreme Procuracy, Hà Nội's People's Committee).
  const KNOWN_VACANT = [
    'pho-thu-tuong-thuong-truc',
    'bo-truong-bo-khoa-hoc-va-cong-nghe',
    'bo-truong-bo-van-hoa-the-thao-va-du-lich',
    'bo-truong-bo-dan-toc-va-ton-giao',
    'vien-truong-vien-kiem-sat-nhan-dan-toi-cao',
    'chu-tich-ubnd-ha-noi',
    'pho-truong-ban-thuong-truc-ban-noi-chinh-tw',
    // Korea's Prime Minister after Han Duck-soo was not researched.
    'thu-tuong-han-quoc',
    // Posts named once in the real-dev articles whose holders left; successors not researched.
    'cuc-truong-cuc-bien-doi-khi-hau',
    'bo-truong-bo-lao-dong-va-viec-lam-han-quoc',
    'bo-truong-bo-truyen-thong-va-thong-tin-singapore',
    'tong-thong-peru',
    'chu-tich-dieu-hanh-dien-dan-kinh-te-the-gioi',
    'pho-chu-tich-thuong-truc-quoc-hoi',
    'truong-ban-to-chuc-tw',
    'pho-chu-tich-nuoc',
    'vu-truong-vu-thong-tin-bao-chi-bng',
    'bo-truong-bo-cong-an',
    'truong-ban-chi-dao-ttdn',
    'truong-ban-chinh-sach-chien-luoc-tw',
  ];
  assert.deepEqual(
    vacant.filter((v) => !KNOWN_VACANT.includes(v)),
    [],
  );
});

test('enumerations have as many members as they count, when members are listed', () => {
  for (const e of data.enumerations) {
    if (e.members.length > 0) assert.equal(e.members.length, e.count, e.id);
    assert.ok(e.canonical.toLowerCase().includes(e.head.toLowerCase()), `${e.id}: head not in canonical`);
  }
});

test('terms: discouraged forms differ from the canonical form and the accepted variants', () => {
  const norm = (s: string) => s.normalize('NFC').toLowerCase();
  const allAccepted = new Set(data.terms.flatMap((t) => [t.canonical, ...(t.variants ?? [])].map(norm)));
  for (const t of data.terms) {
    for (const d of t.discouraged ?? [])
      assert.ok(!allAccepted.has(norm(d.form)), `${t.id}: "${d.form}" is both accepted and discouraged`);
    assert.ok(t.definition.length > 10, `${t.id}: definition too short`);
  }
});

test('document keyword lists differ between documents', () => {
  const seen = new Map<string, string>();
  for (const d of data.documents) {
    if (!d.keywords) continue;
    const key = [...d.keywords]
      .map((k) => k.toLowerCase())
      .sort()
      .join('|');
    assert.ok(!seen.has(key), `${d.id} has the same keywords as ${seen.get(key)}`);
    seen.set(key, d.id);
  }
});

// ---------------------------------------------------------------- coverage against the corpus

const corpusFiles = new Map(data.sources.filter((s) => s.file).map((s) => [s.id, s.file!]));
const skip = !existsSync(CORPUS) && 'needs ../shared/corpus';

const texts = new Map<string, string>();
function corpusText(sourceId: string): string {
  if (!texts.has(sourceId))
    texts.set(sourceId, readFileSync(join(CORPUS, corpusFiles.get(sourceId)!), 'utf8').normalize('NFC'));
  return texts.get(sourceId)!;
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Whole-word, case-insensitive occurrence of a phrase (both sides NFC-normalised). */
function appears(text: string, phrase: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.normalize('NFC'))}(?![\\p{L}\\p{N}])`, 'iu');
  return re.test(text);
}
function citedCorpora(refs: SourceRef[]): string[] {
  return refs.filter((r) => corpusFiles.has(r));
}

test('each corpus source names a corpus file that exists', { skip }, () => {
  assert.ok(corpusFiles.size >= 5, 'five corpus sources');
  for (const [id, file] of corpusFiles) assert.ok(existsSync(join(CORPUS, file)), `${id}: ${file} missing`);
});

test('every person marked as appearing in a corpus article is named there', { skip }, () => {
  const missing: string[] = [];
  for (const p of data.people) {
    for (const src of citedCorpora(p.sources)) {
      const text = corpusText(src);
      if (![p.name, ...(p.aliases ?? [])].some((n) => appears(text, n))) missing.push(`${p.name} not in ${src}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('every person named in a corpus article cites that article', { skip }, () => {
  const missing: string[] = [];
  for (const p of data.people) {
    for (const src of corpusFiles.keys()) {
      if (p.sources.includes(src)) continue;
      if ([p.name, ...(p.aliases ?? [])].some((n) => appears(corpusText(src), n)))
        missing.push(`${p.name} appears in ${src}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('offices, bodies, documents, terms and enumerations that cite a corpus article occur in it', { skip }, () => {
  const missing: string[] = [];
  const checkEntry = (id: string, refs: SourceRef[], phrases: string[]) => {
    for (const src of citedCorpora(refs))
      if (!phrases.some((ph) => appears(corpusText(src), ph))) missing.push(`${id} not in ${src}`);
  };
  for (const o of data.offices) checkEntry(o.id, o.sources, [o.title, ...(o.forms ?? []), o.role]);
  for (const b of data.bodies) checkEntry(b.id, b.sources, [b.name, ...(b.aliases ?? [])]);
  for (const d of data.documents)
    checkEntry(d.id, d.sources, [
      `${d.kind} ${d.number}`,
      `${d.kind} số ${d.number}`,
      ...(d.symbol ? [d.symbol] : []),
      ...(d.keywords ?? []),
    ]);
  for (const t of data.terms) checkEntry(t.id, t.sources, [t.canonical, ...(t.variants ?? [])]);
  for (const e of data.enumerations) checkEntry(e.id, e.sources, [e.canonical, e.head]);
  for (const p of data.people)
    p.titles.forEach((t, i) => {
      const office = data.offices.find((o) => o.id === t.office)!;
      checkEntry(`${p.id}.titles[${i}]`, t.sources, [office.title, ...(office.forms ?? []), office.role]);
    });
  assert.deepEqual(missing, []);
});

test(
  'no discouraged form is used in a corpus article (they are genuinely wrong forms, not house style)',
  { skip },
  () => {
    const used: string[] = [];
    for (const t of data.terms) {
      for (const d of t.discouraged ?? [])
        for (const src of corpusFiles.keys()) if (appears(corpusText(src), d.form)) used.push(`${d.form} in ${src}`);
    }
    assert.deepEqual(used, []);
  },
);
