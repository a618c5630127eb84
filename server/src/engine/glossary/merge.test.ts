import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGlossaryFiles } from './parse';

const SRC = 'sources:\n  - { id: s1, title: "t", url: "https://example.org/a", date: "2024-01-01" }\n';
const base = `${SRC}bodies:\n  - { id: b, name: Bộ A, kind: ministry, sources: [s1], confidence: confirmed }
offices:\n  - { id: o, title: Bộ trưởng Bộ A, role: Bộ trưởng, body: b, single: true, sources: [s1] }
people:\n  - id: p\n    name: Nguyễn Văn A\n    titles:\n      - { office: o, from: "2021", note: "cũ", sources: [s1], confidence: unconfirmed }\n    sources: [s1]\n`;
const team = `offices:\n  - { id: o, title: Bộ trưởng Bộ A (mới), role: Bộ trưởng, body: b, single: true, sources: [s1] }
people:\n  - id: p\n    name: Nguyễn Văn A\n    aliases: [Văn A]\n    titles:
      - { office: o, from: "2021", to: "2023", note: "mới", sources: ["https://example.org/b"], confidence: confirmed }
      - { office: o, from: "2025", sources: [s1], confidence: partly-confirmed }\n    sources: [s1]\n`;

test('entries with the same id in two files are merged: tenures added, the better-sourced one winning', () => {
  const r = parseGlossaryFiles([
    { path: 'a.yaml', text: base },
    { path: 'b.yaml', text: team },
  ]);
  assert.deepEqual(r.problems, []);
  const p = r.data!.people.find((x) => x.id === 'p')!;
  assert.equal(p.titles.length, 2);
  const t2021 = p.titles.find((t) => t.from === '2021')!;
  assert.equal(t2021.confidence, 'confirmed');
  assert.equal(t2021.note, 'mới');
  assert.deepEqual(t2021.sources, ['s1', 'https://example.org/b']);
  assert.deepEqual(p.aliases, ['Văn A']);
  // The office title of the later file wins; the earlier one stays a recognised form.
  const o = r.data!.offices.find((x) => x.id === 'o')!;
  assert.equal(o.title, 'Bộ trưởng Bộ A (mới)');
  assert.ok(o.forms?.includes('Bộ trưởng Bộ A'));
});

test('a weaker tenure from a later file does not overwrite a better-sourced one', () => {
  const weak = team.replace('confidence: confirmed', 'confidence: unconfirmed').replace('note: "mới"', 'note: "yếu"');
  const strong = base.replace('confidence: unconfirmed', 'confidence: confirmed');
  const p = parseGlossaryFiles([
    { path: 'a.yaml', text: strong },
    { path: 'b.yaml', text: weak },
  ]).data!.people[0];
  assert.equal(p.titles.find((t) => t.from === '2021')!.note, 'cũ');
});

test('the same id twice in one file is an error with its line', () => {
  const r = parseGlossaryFiles([
    { path: 'a.yaml', text: `${base}  - id: p\n    name: X\n    titles: []\n    sources: [s1]\n` },
  ]);
  assert.ok(r.problems.some((p) => /defined twice in this file/.test(p.message) && p.line > 1));
});
