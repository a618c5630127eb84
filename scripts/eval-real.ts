/**
 * npm run eval:real — the real-text report: false alarms per article (own date), recall of the annotated stale
 * mentions (as of 2026-11-23), and coverage (title+name mentions whose person and office the glossary knows).
 * Reads ../shared/real-dev (test material, never copied). Exits 1 when an unlisted alarm or a missed stale mention
 * is found, so it can gate a change as the test does.
 */
import { realGlossary } from '../server/src/engine/testing/real-glossary';
import {
  LOUD,
  articles,
  available,
  checkOwnDate,
  expectedAlarms,
  isCovered,
  isFlagged,
  staleMentions,
  todayFindings,
  unlisted,
} from '../test/real/real-dev';

if (!available()) {
  console.log('eval:real: ../shared/real-dev is absent; nothing to evaluate');
  process.exit(0);
}
const verbose = process.argv.includes('--verbose');
const glossary = realGlossary();
const all = articles();
const expected = expectedAlarms();
const mentions = staleMentions();

let loud = 0;
let falseAlarms = 0;
let info = 0;
const byCode = new Map<string, number>();
for (const a of all) {
  const alarms = checkOwnDate(a, glossary);
  info += alarms.filter((x) => !LOUD.has(x.severity)).length;
  const l = alarms.filter((x) => LOUD.has(x.severity));
  loud += l.length;
  const bad = unlisted(l, expected);
  falseAlarms += bad.length;
  for (const b of bad) {
    byCode.set(b.code, (byCode.get(b.code) ?? 0) + 1);
    console.log(`UNLISTED ${b.file}:${b.line} ${b.code} ${b.severity} «${b.span}» — ${b.message}`);
  }
  if (verbose)
    for (const x of alarms.filter((y) => !LOUD.has(y.severity)))
      console.log(`  info ${x.file}:${x.line} ${x.code} «${x.span}» — ${x.message}`);
}

const stale = mentions.filter((m) => m.staleToday && !m.sentenceDate);
let caught = 0;
const byFile = new Map(all.map((a) => [a.file, a]));
const todayCache = new Map<string, ReturnType<typeof todayFindings>>();
for (const m of stale) {
  const a = byFile.get(m.file);
  if (!a) continue;
  if (!todayCache.has(a.file)) todayCache.set(a.file, todayFindings(a, glossary));
  if (isFlagged(a, m, todayCache.get(a.file)!)) caught++;
  else console.log(`MISSED ${m.file}:${m.line} «${m.title} … ${m.name}» (${m.office}; today ${m.today ?? '?'})`);
}
let covered = 0;
const uncovered = new Map<string, number>();
for (const m of mentions) {
  const a = byFile.get(m.file);
  if (!a) continue;
  if (isCovered(a, m, glossary)) covered++;
  else uncovered.set(`${m.name} — ${m.office}`, (uncovered.get(`${m.name} — ${m.office}`) ?? 0) + 1);
}
if (verbose) for (const [k, n] of [...uncovered].sort((x, y) => y[1] - x[1])) console.log(`  not covered ×${n}: ${k}`);

const pct = (n: number, d: number) => (d ? (n / d).toFixed(3) : 'n/a');
console.log('');
console.log(`articles: ${all.length}`);
console.log(
  `own date: ${loud} errors+warnings, ${loud - falseAlarms} listed as true findings, ${falseAlarms} unlisted ` +
    `(false alarms per article ${pct(falseAlarms, all.length)}); ${info} information findings`,
);
if (byCode.size) console.log(`  unlisted by code: ${[...byCode].map(([c, n]) => `${c} ${n}`).join(', ')}`);
console.log(
  `today (${'2026-11-23'}): recall ${pct(caught, stale.length)} (${caught}/${stale.length} annotated stale mentions flagged)`,
);
console.log(
  `coverage: ${pct(covered, mentions.length)} (${covered}/${mentions.length} title+name mentions with person and office known)`,
);
process.exitCode = falseAlarms > 0 || caught < stale.length ? 1 : 0;
