/**
 * Generated glossaries that look like real ones, so that they actually match text: provincial bodies (People's
 * Committees, departments) with their offices, people with tenures of those offices (one holder after another,
 * so a stale title is a real fact), dissolved departments with successors, provincial resolutions with numbers
 * and symbols, and terms (congresses of provincial Party committees with a discouraged Arabic-numeral form,
 * programme names). Names are built from lists of Vietnamese syllables; nothing here is a real person or body.
 *
 * The generated files are an extra glossary folder on top of the bundled one, as a user's workspace glossary
 * would be. Generation is deterministic: the first k places of a large glossary are the places of a smaller one.
 */

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Trịnh',
  'Đinh',
  'Lâm',
  'Mai',
  'Tạ',
  'Lương',
  'Quách',
  'Triệu',
];
const MIDDLE = [
  'Văn',
  'Thị',
  'Hữu',
  'Đức',
  'Minh',
  'Thanh',
  'Quốc',
  'Ngọc',
  'Xuân',
  'Công',
  'Đình',
  'Bá',
  'Kim',
  'Thu',
  'Hồng',
  'Quang',
  'Trọng',
  'Mạnh',
  'Anh',
  'Gia',
];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Duy',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hòa',
  'Hoàn',
  'Hùng',
  'Huy',
  'Khang',
  'Khánh',
  'Khoa',
  'Kiên',
  'Lan',
  'Linh',
  'Loan',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nghĩa',
  'Ngân',
  'Nhung',
  'Phong',
  'Phúc',
  'Phương',
  'Quân',
  'Quyên',
  'Sang',
  'Sơn',
  'Tài',
  'Tâm',
  'Thảo',
  'Thắng',
  'Thịnh',
  'Thủy',
  'Tiến',
  'Toàn',
  'Trang',
  'Trí',
  'Trung',
  'Tuấn',
  'Tùng',
  'Uyên',
  'Vân',
  'Việt',
  'Vinh',
  'Xuyến',
  'Yến',
  'Đạt',
  'Điệp',
  'Ánh',
  'Ơn',
];
/** Place names are two of these: "Phú Sơn", "Tân Lộc". Pairs that name a real province are skipped. */
const PLACE = [
  'Phú',
  'Bình',
  'Tân',
  'An',
  'Hòa',
  'Sơn',
  'Thạnh',
  'Long',
  'Mỹ',
  'Đông',
  'Vĩnh',
  'Phước',
  'Thuận',
  'Hưng',
  'Lạc',
  'Hà',
  'Lâm',
  'Cát',
  'Lộc',
  'Khánh',
  'Gia',
  'Xuân',
  'Tiên',
  'Kỳ',
  'Ninh',
  'Đức',
  'Quang',
  'Trà',
  'Châu',
  'Định',
  'Hải',
  'Thọ',
  'Nghĩa',
  'Diên',
  'Mường',
  'Ea',
  'Cẩm',
  'Triệu',
  'Đại',
  'Kim',
];
/** Departments of a provincial People's Committee, and what the 2025 merger made of some. */
const DEPARTMENTS = [
  'Tài chính',
  'Xây dựng',
  'Công Thương',
  'Y tế',
  'Giáo dục và Đào tạo',
  'Nội vụ',
  'Tư pháp',
  'Ngoại vụ',
  'Nông nghiệp và Môi trường',
  'Khoa học và Công nghệ',
  'Văn hóa, Thể thao và Du lịch',
  'Dân tộc và Tôn giáo',
];
/** Departments dissolved on 1 March 2025 and the department that took them over. */
const MERGED: Array<[string, string]> = [
  ['Kế hoạch và Đầu tư', 'Tài chính'],
  ['Giao thông vận tải', 'Xây dựng'],
  ['Tài nguyên và Môi trường', 'Nông nghiệp và Môi trường'],
  ['Thông tin và Truyền thông', 'Khoa học và Công nghệ'],
  ['Lao động - Thương binh và Xã hội', 'Nội vụ'],
];
const PROGRAMME_HEADS = [
  'chương trình chuyển đổi số',
  'đề án phát triển du lịch',
  'chương trình xây dựng nông thôn mới',
  'đề án phát triển kinh tế biển',
  'chương trình giảm nghèo bền vững',
  'đề án phát triển đô thị thông minh',
];
const SUBJECTS = [
  'quy định mức thu học phí',
  'ban hành quy định quản lý vật liệu xây dựng',
  'thông qua kế hoạch đầu tư công',
  'quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa',
  'phê duyệt quy hoạch phát triển giao thông',
  'quy định mức chi bảo đảm công tác cải cách hành chính',
];
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
  'XXIV',
  'XXV',
];

export interface GeneratedFile {
  /** File name inside the generated folder. */
  name: string;
  text: string;
}

/** A generated office with its holders, in order (the last one holds it today). */
export interface GenOffice {
  id: string;
  title: string;
  holders: Array<{ name: string; from: string; to?: string }>;
}

export interface GenBody {
  id: string;
  name: string;
  until?: string;
  successorName?: string;
}

export interface GenDocument {
  id: string;
  kind: 'Nghị quyết';
  number: string;
  symbol: string;
  date: string;
  issuerName: string;
  subject: string;
}

export interface GenTerm {
  id: string;
  canonical: string;
  /** Discouraged form (the congress number in Arabic numerals), when the term has one. */
  discouraged?: string;
}

/** What the generator made, for planting mentions of it in documents and for the competitors' dictionaries. */
export interface GeneratedGlossary {
  files: GeneratedFile[];
  /** Entries (people, offices, bodies, documents, terms), sources not counted. */
  entries: number;
  counts: Record<'people' | 'offices' | 'bodies' | 'documents' | 'terms', number>;
  offices: GenOffice[];
  bodies: GenBody[];
  documents: GenDocument[];
  terms: GenTerm[];
  bytes: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same glossary. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const slug = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const SOURCE_ID = 'gen-bench-source';
const ENTRIES_PER_FILE = 1500;

/**
 * A glossary of about `entries` generated entries. `avoid` is the text of the bundled glossary: a place or a
 * person's name that occurs in it is not used, so generated entries never collide with real ones.
 */
export function generateGlossary(entries: number, avoid: string): GeneratedGlossary {
  const rnd = random(7);
  const places = placeNames(avoid);
  const taken = capitalizedRuns(avoid);
  const usedNames = new Set<string>();
  const personName = (): string => {
    for (;;) {
      const parts = [pick(rnd, FAMILY), pick(rnd, MIDDLE)];
      if (rnd() < 0.5) parts.push(pick(rnd, MIDDLE));
      parts.push(pick(rnd, GIVEN));
      const name = parts.join(' ');
      if (new Set(parts).size === parts.length && !usedNames.has(name) && !taken.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  const bodies: Array<Record<string, unknown>> = [];
  const offices: Array<Record<string, unknown>> = [];
  const people: Array<Record<string, unknown>> = [];
  const documents: Array<Record<string, unknown>> = [];
  const terms: Array<Record<string, unknown>> = [];
  const out: Omit<GeneratedGlossary, 'files' | 'entries' | 'counts' | 'bytes'> = {
    offices: [],
    bodies: [],
    documents: [],
    terms: [],
  };
  const total = () => bodies.length + offices.length + people.length + documents.length + terms.length;
  const sources = [SOURCE_ID];
  let docNumber = 3000;

  for (let p = 0; p < places.length && total() < entries; p++) {
    const place = places[p];
    const pslug = slug(place);
    const ubnd = { id: `gen-ubnd-${pslug}`, name: `Ủy ban nhân dân tỉnh ${place}` };
    const hdnd = { id: `gen-hdnd-${pslug}`, name: `Hội đồng nhân dân tỉnh ${place}` };
    bodies.push({
      ...ubnd,
      aliases: [`UBND tỉnh ${place}`],
      kind: 'local',
      issuerCode: 'UBND',
      sources,
      confidence: 'confirmed',
    });
    bodies.push({
      ...hdnd,
      aliases: [`HĐND tỉnh ${place}`],
      kind: 'local',
      issuerCode: 'HĐND',
      sources,
      confidence: 'confirmed',
    });
    out.bodies.push(ubnd, hdnd);
    const depts = DEPARTMENTS.map((d) => ({ id: `gen-so-${slug(d)}-${pslug}`, name: `Sở ${d} tỉnh ${place}` }));
    for (const d of depts) {
      bodies.push({ ...d, kind: 'local', sources, confidence: 'confirmed' });
      out.bodies.push(d);
    }
    for (const [gone, into] of MERGED) {
      const successor = depts[DEPARTMENTS.indexOf(into)];
      const body = { id: `gen-so-${slug(gone)}-${pslug}`, name: `Sở ${gone} tỉnh ${place}` };
      bodies.push({
        ...body,
        kind: 'local',
        until: '2025-03-01',
        successors: [successor.id],
        fate: `Hợp nhất vào ${successor.name}.`,
        sources,
        confidence: 'confirmed',
      });
      out.bodies.push({ ...body, until: '2025-03-01', successorName: successor.name });
    }
    // Offices: the chair of the committee and the director of each department, each held by one person after another.
    const officeSpecs = [
      { id: `gen-ct-ubnd-${pslug}`, role: 'Chủ tịch Ủy ban nhân dân', body: ubnd, title: `Chủ tịch ${ubnd.name}` },
      ...depts.map((d) => ({ id: `gen-gd-${d.id.slice(7)}`, role: 'Giám đốc', body: d, title: `Giám đốc ${d.name}` })),
    ];
    for (const o of officeSpecs) {
      offices.push({ id: o.id, title: o.title, role: o.role, body: o.body.id, single: true, sources });
      const handover = `${2019 + Math.floor(rnd() * 5)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-15`;
      const first = { name: personName(), from: '2015-06-01', to: handover };
      const second = { name: personName(), from: handover };
      out.offices.push({ id: o.id, title: o.title, holders: [first, second] });
      for (const h of [first, second]) {
        const titles = [
          { office: o.id, from: h.from, ...('to' in h ? { to: h.to } : {}), sources, confidence: 'confirmed' },
        ];
        people.push({
          id: `gen-p-${people.length}`,
          name: h.name,
          gender: rnd() < 0.5 ? 'male' : 'female',
          titles,
          sources,
        });
      }
    }
    for (let k = 0; k < 6; k++) {
      const number = String(docNumber++);
      const year = 2020 + k;
      const doc: GenDocument = {
        id: `gen-nq-${number}-${pslug}`,
        kind: 'Nghị quyết',
        number,
        symbol: `${number}/NQ-HĐND`,
        date: `${year}-0${1 + k}-1${k}`,
        issuerName: hdnd.name,
        subject: `về ${SUBJECTS[k]} trên địa bàn tỉnh ${place}`,
      };
      documents.push({
        id: doc.id,
        kind: doc.kind,
        number,
        symbol: doc.symbol,
        issuer: hdnd.id,
        date: doc.date,
        subject: doc.subject,
        status: 'in-force',
        sources,
        confidence: 'confirmed',
      });
      out.documents.push(doc);
    }
    const congress = 15 + (p % 8);
    const term: GenTerm = {
      id: `gen-dh-${pslug}`,
      canonical: `Đại hội Đảng bộ tỉnh ${place} lần thứ ${ROMAN[congress - 1]}`,
      discouraged: `Đại hội Đảng bộ tỉnh ${place} lần thứ ${congress}`,
    };
    terms.push({
      id: term.id,
      canonical: term.canonical,
      discouraged: [
        { form: term.discouraged, preferred: term.canonical, reason: 'Số thứ tự đại hội viết bằng chữ số La Mã.' },
      ],
      definition: `Đại hội đại biểu Đảng bộ tỉnh ${place} lần thứ ${congress}.`,
      category: 'sự kiện',
      sources,
    });
    out.terms.push(term);
    for (const head of PROGRAMME_HEADS) {
      const t: GenTerm = { id: `gen-ct-${slug(head)}-${pslug}`, canonical: `${head} tỉnh ${place}` };
      terms.push({
        id: t.id,
        canonical: t.canonical,
        definition: `Tên một chương trình của tỉnh ${place}.`,
        category: 'chương trình',
        sources,
      });
      out.terms.push(t);
    }
  }
  if (total() < entries) throw new Error(`only ${total()} entries can be generated (asked for ${entries})`);

  const files: GeneratedFile[] = [
    { name: 'gen-sources.yaml', text: toYaml('sources', [{ id: SOURCE_ID, title: 'Generated for the benchmark' }]) },
  ];
  const chunk = (section: string, list: Array<Record<string, unknown>>) => {
    for (let i = 0; i < list.length; i += ENTRIES_PER_FILE) {
      const part = list.slice(i, i + ENTRIES_PER_FILE);
      const name = `gen-${section}-${String(i / ENTRIES_PER_FILE).padStart(3, '0')}.yaml`;
      files.push({ name, text: toYaml(section, part) });
    }
  };
  chunk('bodies', bodies);
  chunk('offices', offices);
  chunk('people', people);
  chunk('documents', documents);
  chunk('terms', terms);
  const counts = {
    people: people.length,
    offices: offices.length,
    bodies: bodies.length,
    documents: documents.length,
    terms: terms.length,
  };
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  return { files, entries: total(), counts, bytes, ...out };
}

/**
 * One section as YAML written the way the bundled files are: block mappings, flow lists of scalars, quoted dates.
 * (The yaml package's stringify takes seconds for 50,000 entries; this takes a fraction of that.)
 */
function toYaml(section: string, entries: ReadonlyArray<Record<string, unknown>>): string {
  const lines = [`${section}:`];
  const scalar = (v: unknown): string => {
    if (typeof v !== 'string') return String(v);
    return /^[\p{L}][\p{L}\p{N} ,.()-]*$/u.test(v) && !/^(true|false|null|yes|no|on|off)$/i.test(v) && !v.endsWith(' ')
      ? v
      : JSON.stringify(v);
  };
  const flow = (list: unknown[]): string =>
    `[${list.map((v) => (typeof v === 'string' && /^[a-z0-9-]+$/.test(v) ? v : JSON.stringify(v))).join(', ')}]`;
  const map = (entry: Record<string, unknown>, indent: string): void => {
    let first = true;
    for (const [key, value] of Object.entries(entry)) {
      const lead = first ? `${indent.slice(2)}- ` : indent;
      first = false;
      if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        lines.push(`${lead}${key}:`);
        for (const item of value) map(item as Record<string, unknown>, `${indent}    `);
      } else if (Array.isArray(value)) lines.push(`${lead}${key}: ${flow(value)}`);
      else lines.push(`${lead}${key}: ${scalar(value)}`);
    }
  };
  for (const entry of entries) map(entry, '    ');
  return lines.join('\n') + '\n';
}

/** Every run of two to four capitalized words in the text ("Nguyễn Văn An"), to keep generated names apart. */
function capitalizedRuns(text: string): Set<string> {
  const runs = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+/gu)) {
    const words = m[0].split(' ');
    for (let i = 0; i < words.length; i++)
      for (let j = i + 2; j <= Math.min(words.length, i + 4); j++) runs.add(words.slice(i, j).join(' '));
  }
  return runs;
}

/** Two-syllable place names in a fixed order, none of which occurs in the bundled glossary. */
function placeNames(avoid: string): string[] {
  const names: string[] = [];
  for (let i = 0; i < PLACE.length; i++)
    for (let j = 0; j < PLACE.length; j++) {
      if (i === j) continue;
      const name = `${PLACE[(i * 7 + j) % PLACE.length]} ${PLACE[j]}`;
      if (PLACE[(i * 7 + j) % PLACE.length] === PLACE[j] || names.includes(name) || avoid.includes(name)) continue;
      names.push(name);
    }
  return names;
}
