/**
 * Benchmark documents: paragraphs of real published articles (../shared/corpus, ../shared/real-dev; the samples
 * when those are absent), repeated up to a size, with planted paragraphs every few kilobytes. A planted paragraph
 * holds known errors — a title the person no longer held on the sentence's date, a body dissolved before it, a
 * document symbol written the wrong way, a discouraged form of a term — taken from the bundled glossary and from
 * the generated one, and correct mentions: of generated entries (so a large glossary has text to match) and of real
 * people under a title they held on the date the sentence states (which a dictionary without dates flags). Every
 * span is recorded, so each tool's catch, and its reports on correct text, can be counted.
 *
 * Built in memory at each run and never written to the repository: the articles are not ours to copy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GlossaryData } from '../server/src/engine';
import type { GeneratedGlossary } from './glossary-gen';
import { random } from './glossary-gen';

/** The as-of date of every document (front matter), after the 2025 reorganisation and the 14th Congress. */
export const AS_OF = '2026-03-10';
/** The date planted sentences state. */
const SAID_ON = 'Ngày 5/3/2026';

export type PlantedKind =
  | 'stale-title'
  | 'dissolved-body'
  | 'wrong-symbol'
  | 'term-variant'
  | 'gen-stale-title'
  | 'gen-dissolved-body'
  | 'gen-wrong-symbol'
  | 'gen-term-variant';

export interface Planted {
  kind: PlantedKind;
  /** UTF-16 offsets of the wrong words in the document. */
  start: number;
  end: number;
  /** The written form, and what a checker should suggest (for the competitors' dictionaries). */
  wrong: string;
  right: string;
}

export interface BenchDocument {
  name: string;
  text: string;
  planted: Planted[];
  /** Spans of planted mentions that are right: a report on one of them is a false alarm. */
  correct: Array<{ start: number; end: number }>;
}

/** One error template: a sentence with the wrong form in it, and the form that would be right. */
interface ErrorCase {
  kind: PlantedKind;
  before: string;
  wrong: string;
  after: string;
  right: string;
}

/** A sentence with a mention that is right where it stands. */
interface CorrectCase {
  before: string;
  mention: string;
  after: string;
}

export interface PlantSources {
  real: ErrorCase[];
  generated: ErrorCase[];
  /** Correct sentences about generated entries. */
  correct: CorrectCase[];
  /** Real people under a title they held on the date the sentence states. */
  correctReal: CorrectCase[];
}

/** The paragraphs the documents are made of. */
export function corpusParagraphs(root: string): { paragraphs: string[]; from: string } {
  const shared = join(root, '..', 'shared');
  const texts: string[] = [];
  const add = (dir: string, ext: string) => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(ext))
      .sort()) {
      const text = readFileSync(join(dir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      texts.push(text);
    }
  };
  add(join(shared, 'corpus'), '.txt');
  add(join(shared, 'real-dev'), '.md');
  const from = texts.length ? '../shared/corpus/*.txt and ../shared/real-dev/*.md' : 'samples/*.md';
  if (!texts.length) add(join(root, 'samples'), '.md');
  const paragraphs = texts
    .flatMap((t) => t.split(/\n+/))
    .map((p) => p.trim())
    .filter((p) => p.length > 40);
  return { paragraphs, from };
}

/** Errors and correct sentences drawn from the bundled glossary's facts and from the generated glossary. */
export function plantSources(bundled: GlossaryData, generated: GeneratedGlossary): PlantSources {
  const real: ErrorCase[] = [];
  const correctReal: CorrectCase[] = [];
  const day = (d: string | undefined) => (d && d.length === 10 ? d : undefined);
  const vnDate = (iso: string) => `Ngày ${Number(iso.slice(8, 10))}/${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}`;
  const offices = new Map(bundled.offices.map((o) => [o.id, o]));
  // Stale titles: a confirmed tenure of a single office that ended before 2025-06, the office held by someone else
  // (confirmed, started before the date and open) on the sentence's date.
  const holderOn = (officeId: string) =>
    bundled.people.find((p) =>
      p.titles.some(
        (t) =>
          t.office === officeId && t.confidence === 'confirmed' && !t.to && !t.acting && (t.from ?? '') < '2025-12',
      ),
    );
  for (const p of bundled.people) {
    if (p.country || p.honorific || p.died) continue;
    for (const t of p.titles) {
      const office = offices.get(t.office);
      const to = day(t.to);
      if (!office?.single || t.confidence !== 'confirmed' || t.acting || !to || to > '2025-06-01') continue;
      const now = holderOn(office.id);
      if (!now || now.id === p.id || p.titles.some((x) => x.office === office.id && !x.to)) continue;
      real.push({
        kind: 'stale-title',
        before: `${SAID_ON}, `,
        wrong: `${office.title} ${p.name}`,
        after: ' đã có buổi làm việc với đoàn công tác.',
        right: `nguyên ${office.title} ${p.name}`,
      });
      // The same words, said on a day inside the tenure: right then.
      const from = day(t.from);
      if (from) {
        const mid = new Date((Date.parse(from) + Date.parse(to)) / 2).toISOString().slice(0, 10);
        correctReal.push({ before: `${vnDate(mid)}, `, mention: `${office.title} ${p.name}`, after: ' đã tiếp đoàn.' });
      }
      break;
    }
  }
  for (const b of bundled.bodies) {
    if (!b.until || b.until > '2025-06' || b.confidence !== 'confirmed' || b.kind === 'foreign') continue;
    const successor = bundled.bodies.find((x) => x.id === b.successors?.[0]);
    if (!successor) continue;
    real.push({
      kind: 'dissolved-body',
      before: `${SAID_ON}, `,
      wrong: b.name,
      after: ' đã tổ chức hội nghị sơ kết công tác quý I.',
      right: successor.name,
    });
  }
  for (const d of bundled.documents) {
    const m = d.symbol && /^(\d+)-([A-ZĐ]+)\/([A-ZĐ]+)$/u.exec(d.symbol);
    if (!m || d.confidence !== 'confirmed') continue;
    real.push({
      kind: 'wrong-symbol',
      before: `Theo ${d.kind} số `,
      wrong: `${m[1]}/${m[2]}-${m[3]}`,
      after: ` ${d.subject}, các cơ quan cần triển khai ngay.`,
      right: d.symbol!,
    });
  }
  for (const t of bundled.terms) {
    for (const form of t.discouraged ?? []) {
      real.push({
        kind: 'term-variant',
        before: 'Tinh thần của ',
        wrong: form.form,
        after: ' được quán triệt sâu rộng.',
        right: form.preferred ?? t.canonical,
      });
    }
  }

  const rnd = random(11);
  const gen: ErrorCase[] = [];
  const correct: CorrectCase[] = [];
  const officesGen = [...generated.offices].sort(() => rnd() - 0.5).slice(0, 400);
  for (const o of officesGen) {
    const [first, second] = o.holders;
    gen.push({
      kind: 'gen-stale-title',
      before: `${SAID_ON}, `,
      wrong: `${o.title} ${first.name}`,
      after: ' đã ký văn bản gửi các huyện.',
      right: `${o.title} ${second.name}`,
    });
    correct.push({
      before: `${SAID_ON}, `,
      mention: `${o.title} ${second.name}`,
      after: ' đã chủ trì cuộc họp giao ban.',
    });
  }
  for (const b of generated.bodies.filter((x) => x.until).slice(0, 400)) {
    gen.push({
      kind: 'gen-dissolved-body',
      before: `${SAID_ON}, `,
      wrong: b.name,
      after: ' đã công bố kế hoạch năm.',
      right: b.successorName!,
    });
  }
  for (const d of generated.documents.filter((_, i) => i % 3 === 0).slice(0, 400)) {
    gen.push({
      kind: 'gen-wrong-symbol',
      before: `Căn cứ ${d.kind} số `,
      wrong: d.symbol.replace(/^(\d+)\/NQ-HĐND$/u, '$1-NQ/HĐND'),
      after: ` của ${d.issuerName} ${d.subject}.`,
      right: d.symbol,
    });
    correct.push({ before: `Căn cứ ${d.kind} số `, mention: d.symbol, after: ` của ${d.issuerName} ${d.subject}.` });
  }
  for (const t of generated.terms.filter((x) => x.discouraged).slice(0, 400)) {
    gen.push({
      kind: 'gen-term-variant',
      before: '',
      wrong: t.discouraged!,
      after: ' đã thành công tốt đẹp.',
      right: t.canonical,
    });
  }
  for (const t of generated.terms.filter((x) => !x.discouraged).slice(0, 400))
    correct.push({ before: 'Tỉnh đang triển khai ', mention: t.canonical, after: ' theo kế hoạch.' });
  return {
    real,
    generated: gen.sort(() => rnd() - 0.5),
    correct: correct.sort(() => rnd() - 0.5),
    correctReal,
  };
}

export interface DocumentOptions {
  name: string;
  /** Target size in UTF-8 bytes of the NFC text (reached at a paragraph boundary). */
  size: number;
  /** A planted paragraph after about this many characters of article text. */
  plantEvery?: number;
  /** Unicode form of the whole text: an NFD copy tests the offset mapping on decomposed input. */
  form?: 'NFC' | 'NFD';
}

/**
 * A document of `size` bytes: front matter with the as-of date, article paragraphs in order (repeated), and a
 * planted paragraph (one real error, one generated error, a correct sentence about a generated entry and one about a
 * real person) every `plantEvery`.
 */
export function buildDocument(paragraphs: string[], sources: PlantSources, options: DocumentOptions): BenchDocument {
  const form = options.form ?? 'NFC';
  const every = options.plantEvery ?? 4000;
  const parts: string[] = [];
  const planted: Planted[] = [];
  const correct: BenchDocument['correct'] = [];
  let length = 0;
  let bytes = 0;
  const push = (s: string) => {
    const t = form === 'NFD' ? s.normalize('NFD') : s;
    parts.push(t);
    length += t.length;
    bytes += Buffer.byteLength(s);
    return s.length; // in NFC characters, so that an NFD copy is planted at the same places
  };
  const plant = (c: ErrorCase) => {
    push(c.before);
    const start = length;
    push(c.wrong);
    planted.push({ kind: c.kind, start, end: length, wrong: c.wrong, right: c.right });
    push(`${c.after} `);
  };
  const plantCorrect = (c: CorrectCase) => {
    push(c.before);
    const start = length;
    push(c.mention);
    correct.push({ start, end: length });
    push(`${c.after} `);
  };
  push(`---\ndate: ${AS_OF}\n---\n\n`);
  let sincePlant = 0;
  let p = 0;
  let k = 0;
  while (bytes < options.size) {
    sincePlant += push(`${paragraphs[p++ % paragraphs.length]}\n\n`);
    if (sincePlant >= every) {
      sincePlant = 0;
      plant(sources.real[k % sources.real.length]);
      plant(sources.generated[k % sources.generated.length]);
      plantCorrect(sources.correct[k % sources.correct.length]);
      plantCorrect(sources.correctReal[k % sources.correctReal.length]);
      push('\n\n');
      k++;
    }
  }
  return { name: options.name, text: parts.join(''), planted, correct };
}
