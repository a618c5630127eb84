/**
 * `chinh-danh extract` on the 60 real articles of ../shared/real-dev (read, never copied): the output parses and is not
 * empty, and extraction with the glossary's people and documents withheld finds most of them again (the figures of
 * docs/extract.md; `npm run eval:extract` prints them with the judged precision).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { realGlossary } from '../../server/src/engine/testing/real-glossary';
import { ensureBuilt, ROOT } from '../support/build';
import { recall, runExtraction, withheldGlossary } from '../../scripts/eval-extract';
import { available, REAL_DEV } from './real-dev';

const skip = available() ? false : `${REAL_DEV} is absent: the real-text extraction test needs ../shared/real-dev`;

test('npx chinh-danh extract ../shared/real-dev/*.md prints YAML proposals', { skip }, () => {
  ensureBuilt();
  const files = readdirSync(REAL_DEV)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => relative(ROOT, join(REAL_DEV, f)));
  const r = spawnSync('npx', ['--no-install', 'chinh-danh', 'extract', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHINH_DANH_TODAY: '2026-11-23' },
  });
  assert.equal(r.status, 0, r.stderr);
  const out = parse(r.stdout) as {
    files: number;
    proposals: { kind: string; evidence: { file: string; line: number; sentence: string } }[];
  };
  assert.equal(out.files, files.length);
  assert.ok(out.proposals.length > 0, 'some proposals');
  for (const p of out.proposals) {
    assert.ok(files.includes(p.evidence.file), p.evidence.file);
    assert.ok(p.evidence.line >= 1 && p.evidence.sentence.length > 0);
  }
});

test('with people and documents withheld, extraction proposes most of those the articles name again', { skip }, () => {
  const full = realGlossary();
  const r = recall(full, runExtraction(withheldGlossary(full)));
  const share = (a: string[], b: string[]) => a.length / b.length;
  assert.ok(
    share(r.people.proposed, r.people.named) >= 0.9,
    `people ${r.people.proposed.length}/${r.people.named.length}`,
  );
  assert.ok(r.documents.cited.length > 0);
  assert.equal(
    r.documents.proposed.length,
    r.documents.cited.length,
    `documents missed: ${r.documents.cited.join(', ')}`,
  );
});
