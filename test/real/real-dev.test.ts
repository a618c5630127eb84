/**
 * The checks on 60 real, dated news articles (../shared/real-dev; skipped where ../shared is absent, CI always has
 * it). As of its own date each article must raise no error or warning that expected-alarms.yaml does not list (with
 * the rule or fact it breaks); as of 2026-11-23, with its own date removed, every title+name mention annotated as
 * stale in stale-mentions.yaml must be flagged. `npm run eval:real` prints the same figures.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realGlossary } from '../../server/src/engine/testing/real-glossary';
import {
  LOUD,
  articles,
  available,
  checkOwnDate,
  expectedAlarms,
  isCovered,
  isFlagged,
  locate,
  staleMentions,
  todayFindings,
  unlisted,
} from './real-dev';

const skip = !available() && 'needs ../shared/real-dev beside the repository';

test('as of its own date, no article raises an error or warning that is not listed as a true finding', { skip }, () => {
  const glossary = realGlossary();
  const bad = articles().flatMap((a) =>
    unlisted(
      checkOwnDate(a, glossary).filter((x) => LOUD.has(x.severity)),
      expectedAlarms(),
    ),
  );
  assert.deepEqual(
    bad.map((b) => `${b.file}:${b.line} ${b.code} «${b.span}» ${b.message}`),
    [],
  );
});

test('every listed true finding still fires, with a reason', { skip }, () => {
  const glossary = realGlossary();
  const all = articles();
  for (const e of expectedAlarms()) {
    assert.ok(e.reason && e.reason.length > 10, `${e.file}:${e.line} needs a reason`);
    const a = all.find((x) => x.file === e.file);
    assert.ok(a, e.file);
    const fired = checkOwnDate(a, glossary).some(
      (x) => x.line === e.line && x.code === e.code && x.span === e.span && LOUD.has(x.severity),
    );
    assert.ok(fired, `listed but not raised: ${e.file}:${e.line} ${e.code} «${e.span}»`);
  }
});

test('annotations point at real text', { skip }, () => {
  const all = articles();
  for (const m of staleMentions()) {
    const a = all.find((x) => x.file === m.file);
    assert.ok(a && locate(a, m), `${m.file}:${m.line}: «${m.title}» / «${m.name}» not found on that line`);
  }
});

test('as of 2026-11-23 every annotated stale title+name mention is flagged', { skip }, () => {
  const glossary = realGlossary();
  const all = articles();
  const findings = new Map(all.map((a) => [a.file, todayFindings(a, glossary)]));
  const missed = staleMentions()
    .filter((m) => m.staleToday && !m.sentenceDate)
    .filter(
      (m) =>
        !isFlagged(
          all.find((a) => a.file === m.file)!,
          m,
          findings.get(m.file)!,
        ),
    )
    .map((m) => `${m.file}:${m.line} ${m.title} ${m.name}`);
  assert.deepEqual(missed, []);
});

test('coverage: the glossary knows the person and the office of at least 90 % of title+name mentions', { skip }, () => {
  const glossary = realGlossary();
  const all = articles();
  const mentions = staleMentions();
  const covered = mentions.filter((m) =>
    isCovered(
      all.find((a) => a.file === m.file)!,
      m,
      glossary,
    ),
  ).length;
  assert.ok(mentions.length > 0, 'no annotated mentions');
  assert.ok(covered / mentions.length >= 0.9, `coverage ${covered}/${mentions.length}`);
});
