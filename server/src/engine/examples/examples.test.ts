import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK_CODES } from '../api';
import { realGlossary } from '../testing/real-glossary';
import { collectExamples, type ExampleCase } from './collect';
import { evaluateExample, evaluateExamples } from './evaluate';

const TODAY = { today: '2026-11-23' };

const TEAM_FILE = `people:
  - id: bui-thanh-son
    name: Bùi Thanh Sơn
    titles: []
    sources: [team-notes]
    examples:
      flag:
        - text: Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn dự lễ khai mạc.
          asOf: "2026-03-02"
          code: outdated-title
      pass:
        - { text: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn dự lễ khai mạc.", asOf: "2023-06-15" }
terms:
  - id: ngoai-giao-so
    canonical: ngoại giao số
    definition: Thử.
    category: khái niệm
    sources: [team-notes]
    examples:
      pass:
        - { text: "Bài viết bàn về ngoại giao văn hóa." }
`;

function example(partial: Partial<ExampleCase> & Pick<ExampleCase, 'section' | 'entryId' | 'expect' | 'text'>) {
  return { file: 'x.yaml', line: 1, column: 1, index: 1, ...partial };
}

test('examples are collected with the file, line and column they are written at', () => {
  const found = collectExamples([{ path: 'team.yaml', text: TEAM_FILE }]);
  assert.deepEqual(
    found.map((e) => [e.entryId, e.expect, e.index, e.line, e.column, e.asOf, e.code]),
    [
      ['bui-thanh-son', 'flag', 1, 8, 11, '2026-03-02', 'outdated-title'],
      ['bui-thanh-son', 'pass', 1, 12, 11, '2023-06-15', undefined],
      ['ngoai-giao-so', 'pass', 1, 21, 11, undefined, undefined],
    ],
  );
  assert.equal(found[0].section, 'people');
  assert.equal(found[2].section, 'terms');
});

test('a file without examples, or one that does not parse, yields none', () => {
  assert.deepEqual(collectExamples([{ path: 'a.yaml', text: 'terms: []\n' }]), []);
  assert.deepEqual(collectExamples([{ path: 'b.yaml', text: 'examples: [\n' }]), []);
});

test('a flag example passes when a finding of the expected code names the entry', () => {
  const g = realGlossary();
  const text = 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn dự lễ khai mạc.';
  const flag = example({ section: 'people', entryId: 'bui-thanh-son', expect: 'flag', text, code: 'outdated-title' });
  assert.equal(evaluateExample({ ...flag, asOf: '2026-03-02' }, g, TODAY).verdict, 'ok');
  assert.equal(evaluateExample({ ...flag, asOf: '2023-06-15' }, g, TODAY).verdict, 'silent');
  // The finding names the office too: the same sentence tests the office entry.
  const office = { ...flag, section: 'offices' as const, entryId: 'bo-truong-bo-ngoai-giao', asOf: '2026-03-02' };
  assert.equal(evaluateExample(office, g, TODAY).verdict, 'ok');
  const wrongCode = { ...flag, asOf: '2026-03-02', code: 'wrong-title' as const };
  assert.equal(evaluateExample(wrongCode, g, TODAY).verdict, 'other-code');
});

test('a pass example fails when flagged, and when it does not mention the entry at all', () => {
  const g = realGlossary();
  const pass = example({
    section: 'people',
    entryId: 'bui-thanh-son',
    expect: 'pass',
    text: 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn dự lễ khai mạc.',
  });
  assert.equal(evaluateExample({ ...pass, asOf: '2023-06-15' }, g, TODAY).verdict, 'ok');
  const flagged = evaluateExample({ ...pass, asOf: '2026-03-02' }, g, TODAY);
  assert.equal(flagged.verdict, 'flagged');
  assert.deepEqual(
    flagged.about.map((f) => f.code),
    ['outdated-title'],
  );
  // A misspelt name is not the entry: the example would pass without testing anything.
  const misspelt = evaluateExample({ ...pass, text: 'Ông Bủi Thanh Sơn dự lễ.' }, g, TODAY);
  assert.equal(misspelt.verdict, 'not-mentioned');
  assert.equal(misspelt.fired, false);
});

test('documents, bodies, terms and enumerations are recognised by what names them', () => {
  const g = realGlossary();
  const cases: [ExampleCase['section'], string, string][] = [
    ['documents', 'ct-12-ct-tw', 'Chỉ thị số 12-CT/TW của Ban Bí thư được quán triệt.'],
    ['bodies', 'ban-doi-ngoai-tw', 'Ban Đối ngoại Trung ương tổ chức hội nghị.'],
    ['terms', 'dai-hoi-xiv', 'Văn kiện Đại hội 14 đã được thông qua.'],
    ['enumerations', 'ba-tru-cot-doi-ngoai', 'Phát huy ba trụ cột đối ngoại.'],
  ];
  for (const [section, entryId, text] of cases) {
    const o = evaluateExample(example({ section, entryId, expect: 'pass', text, asOf: '2024-01-02' }), g, TODAY);
    assert.ok(o.fired, `${entryId} is recognised in «${text}»`);
  }
});

test('the date of an example: its asOf, else the date the sentence states, else the default', () => {
  const g = realGlossary();
  const base = example({
    section: 'people',
    entryId: 'nguyen-phu-trong',
    expect: 'pass',
    text: 'Tổng Bí thư Nguyễn Phú Trọng phát biểu.',
  });
  assert.equal(evaluateExample(base, g, { ...TODAY, asOf: '2022-05-10' }).asOf, '2022-05-10');
  assert.equal(
    evaluateExample({ ...base, asOf: '2021-03-01' }, g, { ...TODAY, asOf: '2022-05-10' }).asOf,
    '2021-03-01',
  );
  assert.equal(evaluateExample(base, g, TODAY).verdict, 'flagged', 'as of today he is the late General Secretary');
  const dated = { ...base, text: 'Ngày 10/5/2022, Tổng Bí thư Nguyễn Phú Trọng phát biểu.' };
  assert.equal(evaluateExample(dated, g, TODAY).verdict, 'ok');
});

test('an entry none of whose examples mentions it never fires', () => {
  const outcomes = evaluateExamples(collectExamples([{ path: 'team.yaml', text: TEAM_FILE }]), realGlossary(), TODAY);
  assert.deepEqual(
    outcomes.map((o) => [o.entryId, o.neverFires, o.examples.map((e) => e.verdict)]),
    [
      ['bui-thanh-son', false, ['ok', 'ok']],
      ['ngoai-giao-so', true, ['not-mentioned']],
    ],
  );
});

test('the schema accepts exactly the public check codes in an example', () => {
  const schemaPath = join(__dirname, '../../../../glossary/schema/glossary.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as {
    definitions: { flagExample: { properties: { code: { enum: string[] } } } };
  };
  assert.deepEqual(schema.definitions.flagExample.properties.code.enum, [...CHECK_CODES]);
});
