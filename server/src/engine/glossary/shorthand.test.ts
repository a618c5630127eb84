import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../check';
import { Glossary } from './glossary';
import { parseGlossaryFiles, type GlossaryFileText } from './parse';
import { slugId } from './shorthand';
import { GLOSSARY_DIR } from '../testing/real-glossary';

/** The bundled files, then a team's: the way the loader reads them. */
function withTeam(team: string): ReturnType<typeof parseGlossaryFiles> {
  const files: GlossaryFileText[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(join(GLOSSARY_DIR, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (/\.ya?ml$/.test(e.name))
        files.push({ path: `glossary/${r}`, text: readFileSync(join(GLOSSARY_DIR, r), 'utf8') });
    }
  };
  walk('');
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return parseGlossaryFiles([...files, { path: 'team/glossary/team.yaml', text: team }]);
}

// A name made up for the tests (no such person in the glossary).
const MINIMAL = `people:
  - name: Trịnh Văn Thử
    titles:
      - office: thu-truong-bo-ngoai-giao
        from: "2026-10"
terms:
  - canonical: ngoại giao số
`;

test('a minimal team entry loads: a person with a name and one tenure, a term with its form only', () => {
  const r = withTeam(MINIMAL);
  assert.deepEqual(r.problems, []);
  const p = r.data!.people.find((x) => x.name === 'Trịnh Văn Thử')!;
  assert.equal(p.id, 'trinh-van-thu', 'the id is the name without diacritics');
  assert.deepEqual(p.sources, []);
  assert.deepEqual(p.titles, [
    { office: 'thu-truong-bo-ngoai-giao', from: '2026-10', sources: [], confidence: 'unconfirmed' },
  ]);
  const term = r.data!.terms.find((x) => x.canonical === 'ngoại giao số')!;
  assert.equal(term.id, 'ngoai-giao-so');
  assert.equal(term.definition, '');
  assert.deepEqual(r.origins['trinh-van-thu'], ['team/glossary/team.yaml']);
});

test('a fact without a source is unconfirmed, so the title check built on it is information, never an error', () => {
  const glossary = new Glossary(withTeam(MINIMAL).data!);
  const text = 'Ngày 5/11/2026, Bộ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.';
  const findings = check(text, glossary, { asOf: '2026-11-23', today: '2026-11-23' }).findings;
  const onName = findings.filter((f) => text.slice(f.start, f.end).includes('Trịnh Văn Thử'));
  assert.ok(onName.length > 0, 'the wrong title is still reported');
  for (const f of onName)
    assert.ok(f.severity === 'information' || f.severity === 'hint', `${f.code} is ${f.severity}`);
  // The tenure the team knows is accepted.
  const right = check('Ngày 5/11/2026, Thứ trưởng Bộ Ngoại giao Trịnh Văn Thử tiếp Đại sứ.', glossary, {
    asOf: '2026-11-23',
  }).findings;
  assert.deepEqual(
    right.map((f) => f.code),
    [],
  );
});

test('inline sources: a URL string, { url, date } and { file } become sources; confidence follows them', () => {
  const r = withTeam(`people:
  - name: Trịnh Văn Thử
    source: https://example.org/bai-viet
    titles:
      - office: thu-truong-bo-ngoai-giao
        from: "2026-10"
        source: { url: "https://example.org/bo-nhiem", date: "2026-10-02" }
      - office: Thứ trưởng Ngoại giao
        from: "2020"
        to: "2021"
        sources: [{ file: drafts/ghi-chu.md }]
        confidence: confirmed
      - office: thu-truong-bo-ngoai-giao
        from: "2019"
        to: "2019"
        confidence: confirmed
`);
  assert.deepEqual(r.problems, []);
  const p = r.data!.people.find((x) => x.id === 'trinh-van-thu')!;
  assert.deepEqual(p.sources, ['https://example.org/bai-viet']);
  const [appointed, byTitle, unsourced] = p.titles;
  const source = r.data!.sources.find((s) => s.id === appointed.sources[0])!;
  assert.deepEqual(
    { url: source.url, date: source.date, conf: appointed.confidence },
    { url: 'https://example.org/bo-nhiem', date: '2026-10-02', conf: 'partly-confirmed' },
  );
  assert.equal(byTitle.office, 'thu-truong-bo-ngoai-giao', 'an office written as its title is resolved');
  assert.equal(byTitle.confidence, 'confirmed', 'a stated confidence with a source is kept');
  assert.equal(r.data!.sources.find((s) => s.id === byTitle.sources[0])!.file, 'drafts/ghi-chu.md');
  assert.equal(unsourced.confidence, 'unconfirmed', 'without a source a fact is unconfirmed whatever the file says');
});

test('a team entry with a bundled id extends the bundled person', () => {
  const r = withTeam(`people:
  - id: bui-thanh-son
    name: Bùi Thanh Sơn
    titles:
      - office: thu-truong-bo-ngoai-giao
        from: "1990"
        to: "1991"
`);
  assert.deepEqual(r.problems, []);
  const p = r.data!.people.find((x) => x.id === 'bui-thanh-son')!;
  assert.ok(p.titles.length > 1, 'the bundled tenures are kept');
  assert.ok(p.titles.some((t) => t.from === '1990' && t.confidence === 'unconfirmed'));
  assert.equal(r.origins['bui-thanh-son'].at(-1), 'team/glossary/team.yaml');
});

test('a team file still gets file:line problems: an office title nobody has, an inline source without url or file', () => {
  const r = withTeam(`people:
  - name: Trịnh Văn Thử
    titles:
      - office: Chánh văn phòng Không có
        from: "2026"
`);
  assert.ok(
    r.problems.some((p) => p.file === 'team/glossary/team.yaml' && p.line === 2 && /unknown office/.test(p.message)),
  );
  const bad = withTeam(`people:
  - name: Trịnh Văn Thử
    titles:
      - office: thu-truong-bo-ngoai-giao
        source: { title: "chỉ có tên" }
`);
  assert.ok(
    bad.problems.some((p) => p.file === 'team/glossary/team.yaml' && p.line === 5),
    JSON.stringify(bad.problems),
  );
});

test('slug ids fold Vietnamese letters the way the bundled ids are made', () => {
  assert.equal(slugId('Đặng Thị Ngọc Thịnh'), 'dang-thi-ngoc-thinh');
  assert.equal(slugId('  Ngoại giao – số! '), 'ngoai-giao-so');
});
