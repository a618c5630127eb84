/**
 * npm run eval:extract — how good `chinh-danh extract` is on the 60 dated articles of ../shared/real-dev (read, never
 * copied into the repository):
 *
 * - recall: extraction run with the glossary's people and documents withheld (`--withhold people,documents`: offices,
 *   bodies and terms stay, they are the vocabulary titles are read with); of the bundled people the articles name,
 *   and of the bundled documents they cite, how many it proposes again;
 * - precision: 50 proposals of that run, drawn with a fixed seed and stratified by kind, judged by hand in
 *   test/real/extract-judgements.yaml (verdict and reason, in our own words); the share judged correct.
 *
 * --sample prints the sampled proposals that have no judgement yet, with their evidence, for judging.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyze, extractProposals, Glossary, type Proposal } from '../server/src/engine';
import { resolveCitation, symbolSkeleton } from '../server/src/engine/checks/document-resolve';
import { kindKey } from '../server/src/engine/glossary/glossary';
import { phraseKey } from '../server/src/engine/text/normalize';
import { realGlossary } from '../server/src/engine/testing/real-glossary';
import { articles, available, TODAY } from '../test/real/real-dev';
// The bench's seeded generator (mulberry32): the sample is the same on every machine.
import { random } from '../bench/glossary-gen';

export const SAMPLE_SIZE = 50;
export const SEED = 20260808;
const JUDGEMENTS = join(__dirname, '../test/real/extract-judgements.yaml');

export interface Judgement {
  key: string;
  kind: string;
  summary: string;
  evidence: string;
  verdict: 'correct' | 'incorrect';
  reason: string;
}

/** Proportional to each kind's share, at least 5 of each kind that has 5, exactly `size` in all. */
export function stratifiedSample(proposals: readonly Proposal[], size: number, seed: number): Proposal[] {
  const byKind = new Map<string, Proposal[]>();
  for (const p of proposals) byKind.set(p.kind, [...(byKind.get(p.kind) ?? []), p]);
  const kinds = [...byKind.keys()].sort();
  const quota = new Map(kinds.map((k) => [k, Math.min(byKind.get(k)!.length, 5)]));
  let left = Math.min(size, proposals.length) - [...quota.values()].reduce((a, b) => a + b, 0);
  while (left > 0) {
    // The kind furthest below its proportional share gets the next place.
    const open = kinds.filter((k) => quota.get(k)! < byKind.get(k)!.length);
    const next = open.sort(
      (a, b) => quota.get(a)! / byKind.get(a)!.length - quota.get(b)! / byKind.get(b)!.length || a.localeCompare(b),
    )[0];
    quota.set(next, quota.get(next)! + 1);
    left--;
  }
  const rand = random(seed);
  const out: Proposal[] = [];
  for (const k of kinds) {
    const pool = [...byKind.get(k)!].sort((a, b) => a.key.localeCompare(b.key));
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    out.push(...pool.slice(0, quota.get(k)));
  }
  return out;
}

export function withheldGlossary(full: Glossary): Glossary {
  return new Glossary({ ...full.data, people: [], documents: [] });
}

export function runExtraction(glossary: Glossary): Proposal[] {
  const inputs = articles().map((a) => ({ name: a.file, text: a.text }));
  return extractProposals(inputs, glossary, { today: TODAY }).proposals;
}

export interface Recall {
  people: { named: string[]; titled: string[]; proposed: string[] };
  documents: { cited: string[]; proposed: string[] };
}

/** Which bundled people and documents the articles name, and which of them the withheld run proposes. */
export function recall(full: Glossary, proposals: readonly Proposal[]): Recall {
  const named = new Set<string>();
  const titled = new Set<string>();
  const cited = new Set<string>();
  for (const a of articles()) {
    const an = analyze(a.text, full, { asOf: a.date, today: TODAY });
    for (const m of an.mentions) if (m.target.type === 'person') named.add(m.target.id);
    for (const l of an.links) if (l.person.target.type === 'person' && !l.shared) titled.add(l.person.target.id);
    for (const c of an.citations) {
      const r = resolveCitation(full, c);
      const doc = r.chosen ?? (r.candidates.length === 1 ? r.candidates[0] : undefined);
      if (doc) cited.add(doc.id);
    }
  }
  const proposedNames = new Set(
    proposals.flatMap((p) => (p.kind === 'person' || p.kind === 'tenure' ? [phraseKey(p.name)] : [])),
  );
  const people = [...named].filter((id) => {
    const p = full.people.get(id)!;
    return [p.name, ...(p.aliases ?? [])].some((n) => proposedNames.has(phraseKey(n)));
  });
  const docs = proposals.filter((p) => p.kind === 'document');
  const documents = [...cited].filter((id) => {
    const d = full.documents.get(id)!;
    return docs.some((p) => {
      const q = p.document;
      if (kindKey(q.kind) !== kindKey(d.kind) || q.number !== d.number) return false;
      if (q.symbol && d.symbol && symbolSkeleton(q.symbol) !== symbolSkeleton(d.symbol)) return false;
      return !q.date || !d.date || q.date.slice(0, 4) === d.date.slice(0, 4);
    });
  });
  return {
    people: { named: [...named].sort(), titled: [...titled].sort(), proposed: people.sort() },
    documents: { cited: [...cited].sort(), proposed: documents.sort() },
  };
}

export function judgements(): Judgement[] {
  return existsSync(JUDGEMENTS) ? ((parse(readFileSync(JUDGEMENTS, 'utf8')) as Judgement[] | null) ?? []) : [];
}

export function summaryOf(p: Proposal): string {
  switch (p.kind) {
    case 'person':
    case 'tenure':
      return `${p.acting ? 'quyền ' : ''}${p.title} | ${p.name} | ${p.event}${p.officeId ? ` | ${p.officeId}` : ''}`;
    case 'document':
      return `${p.document.kind} ${p.document.symbol ?? p.document.number}${p.document.date ? ` | ${p.document.date}` : ''}${p.document.issuer ? ` | ${p.document.issuer}` : ''}`;
    case 'term':
      return p.term;
  }
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a';
}

function main(): void {
  if (!available()) {
    console.log('eval:extract: ../shared/real-dev is absent; nothing to evaluate');
    return;
  }
  const full = realGlossary();
  const bundledRun = runExtraction(full);
  const proposals = runExtraction(withheldGlossary(full));
  const count = (list: readonly Proposal[]) =>
    ['person', 'tenure', 'document', 'term'].map((k) => `${k} ${list.filter((p) => p.kind === k).length}`).join(', ');
  console.log(`proposals with the bundled glossary: ${bundledRun.length} (${count(bundledRun)})`);
  console.log(`proposals with people and documents withheld: ${proposals.length} (${count(proposals)})`);

  const r = recall(full, proposals);
  const titledProposed = r.people.proposed.filter((id) => r.people.titled.includes(id));
  console.log(`recall, people named in the articles: ${pct(r.people.proposed.length, r.people.named.length)}`);
  console.log(`recall, people named with a title: ${pct(titledProposed.length, r.people.titled.length)}`);
  console.log(`recall, documents cited: ${pct(r.documents.proposed.length, r.documents.cited.length)}`);
  if (process.argv.includes('--verbose')) {
    console.log(`  people missed: ${r.people.named.filter((id) => !r.people.proposed.includes(id)).join(', ')}`);
    console.log(
      `  documents missed: ${r.documents.cited.filter((id) => !r.documents.proposed.includes(id)).join(', ')}`,
    );
  }

  const sample = stratifiedSample(proposals, SAMPLE_SIZE, SEED);
  const judged = judgements();
  const byKey = new Map(judged.map((j) => [j.key, j]));
  const open = sample.filter((p) => !byKey.has(p.key));
  const verdicts = sample.map((p) => byKey.get(p.key)).filter((j): j is Judgement => j !== undefined);
  const correct = verdicts.filter((j) => j.verdict === 'correct').length;
  console.log(`precision of ${sample.length} sampled proposals: ${pct(correct, verdicts.length)} judged correct`);
  for (const kind of [...new Set(sample.map((p) => p.kind))].sort()) {
    const of = verdicts.filter((j) => j.kind === kind);
    console.log(`  ${kind}: ${pct(of.filter((j) => j.verdict === 'correct').length, of.length)}`);
  }
  if (open.length) console.log(`${open.length} sampled proposals have no judgement yet (--sample lists them)`);
  if (process.argv.includes('--sample')) {
    for (const p of open) {
      console.log(`- key: ${JSON.stringify(p.key)}`);
      console.log(`  kind: ${p.kind}`);
      console.log(`  summary: ${JSON.stringify(summaryOf(p))}`);
      console.log(`  evidence: ${p.evidence.file}:${p.evidence.line}`);
      console.log(`  # ${p.evidence.sentence}`);
      console.log(`  # date ${p.evidence.date ?? '?'} (${p.evidence.dateFrom ?? '-'}) seen ${p.seen.length}`);
    }
  }
}

if (require.main === module) main();
