/**
 * Benchmark: checking a long document and completing while typing, with the real glossary and
 * with a synthetic glossary a hundred times larger. Writes bench/REPORT.md.
 * Run: npm run bench. Timings are medians of repeated runs on this machine; nothing here asserts.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { check, complete, hover, Glossary, parseGlossaryFiles, type GlossaryData } from '../server/src/engine';

const ROOT = join(__dirname, '..');
const files = readdirSync(join(ROOT, 'glossary'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const texts = files.map((f) => ({ path: f, text: readFileSync(join(ROOT, 'glossary', f), 'utf8') }));

function time<T>(fn: () => T, runs: number): { median: number; p95: number; result: T } {
  const ts: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  return { median: ts[Math.floor(ts.length / 2)], p95: ts[Math.floor(ts.length * 0.95)], result };
}

const SYL = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Văn',
  'Thị',
  'Minh',
  'Thanh',
  'Quốc',
  'Hữu',
  'Đức',
  'Hoài',
  'Thu',
  'Hải',
  'Sơn',
  'Hùng',
  'Lan',
  'Hòa',
  'Thủy',
  'Khoa',
  'Tuấn',
  'Việt',
  'Phong',
  'Nam',
  'Bình',
  'Long',
];

/** The real glossary plus 99 synthetic copies: new people, offices, bodies, documents and terms. */
function scaled(base: GlossaryData, factor: number): GlossaryData {
  const out: GlossaryData = JSON.parse(JSON.stringify(base));
  let n = 0;
  const name = () => {
    n++;
    return `${SYL[n % 13]} ${SYL[13 + (n % 11)]} ${SYL[24 + (n % 11)]} ${SYL[(n * 7) % SYL.length]}${n}`;
  };
  for (let k = 1; k < factor; k++) {
    const sfx = `-x${k}`;
    for (const b of base.bodies)
      out.bodies.push({
        ...b,
        id: b.id + sfx,
        name: `${b.name} Khu vực ${k}`,
        aliases: [],
        successors: b.successors?.map((s) => s + sfx),
      });
    for (const o of base.offices)
      out.offices.push({
        ...o,
        id: o.id + sfx,
        title: `${o.title} Khu vực ${k}`,
        forms: [],
        body: o.body ? o.body + sfx : undefined,
      });
    for (const p of base.people)
      out.people.push({
        ...p,
        id: p.id + sfx,
        name: name(),
        aliases: [],
        titles: p.titles.map((t) => ({ ...t, office: t.office + sfx })),
      });
    for (const d of base.documents)
      out.documents.push({
        ...d,
        id: d.id + sfx,
        number: String(Number(d.number) + 1000 * k || d.number + k),
        symbol: undefined,
        issuer: d.issuer + sfx,
        supersededBy: d.supersededBy ? d.supersededBy + sfx : undefined,
        supersedes: d.supersedes?.map((s) => s + sfx),
        subject: `${d.subject} khu vực ${k}`,
      });
    for (const t of base.terms)
      out.terms.push({
        ...t,
        id: t.id + sfx,
        canonical: `${t.canonical} ${k}`,
        variants: [],
        discouraged: t.discouraged?.map((x) => ({ ...x, form: `${x.form} kiểu ${k}` })),
      });
  }
  return out;
}

function longDocument(): string {
  const corpus = join(ROOT, '../shared/corpus');
  const parts: string[] = [];
  if (existsSync(corpus))
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.txt')))
      parts.push(readFileSync(join(corpus, f), 'utf8'));
  for (const f of readdirSync(join(ROOT, 'samples'))) parts.push(readFileSync(join(ROOT, 'samples', f), 'utf8'));
  let doc = '';
  while (doc.length < 200_000) doc += parts.join('\n\n') + '\n\n';
  return doc;
}

const lines: string[] = [];
const log = (s = '') => {
  console.log(s);
  lines.push(s);
};

const parsed = time(() => parseGlossaryFiles(texts), 5);
const base = parsed.result.data!;
const doc = longDocument();
log('# Chính Danh benchmark report');
log();
log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}. Medians (p95) of repeated runs; milliseconds.`,
);
log();
log(
  `Document: ${doc.length.toLocaleString('en')} UTF-16 units (${doc.split('\n').length.toLocaleString('en')} lines): the five corpus articles and the samples, repeated.`,
);
log();
log(
  '| glossary | entries | load+validate YAML | build index | check whole document | per 10k chars | completion (p95) | hover |',
);
log('|---|---|---|---|---|---|---|---|');
for (const factor of [1, 100]) {
  const data = factor === 1 ? base : scaled(base, factor);
  const built = time(() => new Glossary(data), 3);
  const g = built.result;
  check('khởi động', g, { asOf: '2026-11-23' }); // first call warms the JIT
  const checked = time(() => check(doc, g, { asOf: '2026-11-23', today: '2026-11-23' }), 7);
  const queries = [
    'Hôm qua, to lam',
    'theo nghi quyet 34',
    'thuc hien tu chu chien',
    '34-NQ',
    'bo truong bo ngoai',
    'Ban Doi ngoai',
  ];
  const comp = time(
    () => queries.map((q) => complete(doc.slice(0, 5000) + '\n' + q, 5001 + q.length, g, { asOf: '2026-11-23' })),
    30,
  );
  const hov = time(() => hover(doc.slice(0, 20_000), doc.indexOf('Lê Hoài Trung') + 2, g, { asOf: '2026-11-23' }), 20);
  const perTenK = (checked.median / doc.length) * 10_000;
  log(
    `| ${factor}× | ${g.entryCount().toLocaleString('en')} | ${factor === 1 ? parsed.median.toFixed(1) : 'n/a (synthetic)'} | ${built.median.toFixed(1)} | ${checked.median.toFixed(1)} (${checked.p95.toFixed(1)}), ${checked.result.findings.length} findings | ${perTenK.toFixed(2)} | ${(comp.median / queries.length).toFixed(2)} (${(comp.p95 / queries.length).toFixed(2)}) per keystroke | ${hov.median.toFixed(1)} |`,
  );
}
log();
log(
  'Completion is measured per query on a 5,000-character document: it folds the last syllables of the line and binary-searches a sorted key list, so it does not grow with the document and grows with log(glossary).',
);
log('Checking is one pass: syllable tokens, one hash look-up per token in the phrase index, then per-mention checks.');
writeFileSync(join(ROOT, 'bench/REPORT.md'), lines.join('\n') + '\n');
