import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { Glossary } from '../glossary/glossary';
import { parseGlossaryFiles } from '../glossary/parse';
import { listYamlFiles } from '../../node/glossary-loader';
import { GLOSSARY_DIR, realGlossary } from '../testing/real-glossary';
import { proposalEntry } from './entries';
import { extractProposals } from './extract';
import type { DocumentProposal, PersonProposal, Proposal, TermProposal } from './types';

// Every name, office holder and document below is made up for the tests.
const TODAY = { today: '2026-11-23' };

function extract(text: string, glossary = realGlossary(), name = 'bai.md'): Proposal[] {
  return extractProposals([{ name, text }], glossary, TODAY).proposals;
}
const people = (ps: Proposal[]) => ps.filter((p): p is PersonProposal => p.kind === 'person' || p.kind === 'tenure');
const documents = (ps: Proposal[]) => ps.filter((p): p is DocumentProposal => p.kind === 'document');
const terms = (ps: Proposal[]) => ps.filter((p): p is TermProposal => p.kind === 'term');
const dated = (body: string) => `---\ndate: 2025-06-12\n---\n${body}\n`;

test('an appointment: the new person, the office made of a known role and body, the start the sentence dates', () => {
  const [p, ...rest] = people(
    extract(dated('Sáng 10/6/2025, ông Trần Văn Khải được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương.')),
  );
  assert.equal(rest.length, 0);
  assert.equal(p.kind, 'person');
  assert.equal(p.name, 'Trần Văn Khải');
  assert.equal(p.event, 'appointed');
  assert.equal(p.officeId, 'thu-truong-bo-cong-thuong');
  assert.deepEqual(p.newOffice && { title: p.newOffice.title, role: p.newOffice.role, body: p.newOffice.body }, {
    title: 'Thứ trưởng Bộ Công Thương',
    role: 'Thứ trưởng',
    body: 'bo-cong-thuong',
  });
  assert.deepEqual([p.evidence.date, p.evidence.dateFrom, p.evidence.line], ['2025-06-10', 'sentence', 4]);
  assert.deepEqual(p.missing, []);
  const tenure = proposalEntry(p).people?.[0].titles[0];
  assert.equal(tenure?.from, '2025-06-10');
  assert.equal(tenure?.confidence, 'unconfirmed');
});

test('a month stays a month; an event the sentence does not date gets no start, only the article date in the note', () => {
  const [month] = people(extract(dated('Tháng 3/2025, bà Đỗ Thị Hạnh được bầu làm Phó Chủ tịch Quốc hội.')));
  assert.equal(month.event, 'elected');
  assert.equal(proposalEntry(month).people?.[0].titles[0].from, '2025-03');
  const [undated] = people(extract(dated('Bà Đỗ Thị Hạnh được bầu làm Phó Chủ tịch Quốc hội.')));
  const tenure = proposalEntry(undated).people?.[0].titles[0];
  assert.equal(tenure?.from, undefined);
  assert.match(tenure?.note ?? '', /12\/6\/2025/);
  assert.deepEqual(undated.missing, ['from']);
  // No date anywhere (and none given): no date at all, never today's.
  const [none] = people(extract('Bà Đỗ Thị Hạnh được bầu làm Phó Chủ tịch Quốc hội.'));
  assert.equal(none.evidence.date, undefined);
});

test('the end of a tenure: "nghỉ hưu", "miễn nhiệm … đối với ông X"; "nguyên" is a past title; "Quyền" is acting', () => {
  const retired = people(extract(dated('Ông Hoàng Minh Đức, Thứ trưởng Bộ Ngoại giao, nghỉ hưu theo chế độ.')));
  assert.deepEqual(
    retired.map((p) => [p.name, p.officeId, p.event]),
    [['Hoàng Minh Đức', 'thu-truong-bo-ngoai-giao', 'left']],
  );
  const dismissed = people(
    extract(dated('Quốc hội miễn nhiệm chức vụ Phó Chủ tịch Quốc hội đối với ông Hoàng Minh Đức.')),
  );
  assert.deepEqual(
    dismissed.map((p) => [p.name, p.officeId, p.event]),
    [['Hoàng Minh Đức', 'pho-chu-tich-quoc-hoi', 'left']],
  );
  const former = people(extract(dated('Dự lễ có ông Hoàng Minh Đức, nguyên Thứ trưởng Bộ Ngoại giao.')));
  assert.deepEqual(
    former.map((p) => [p.event, p.missing]),
    [['former', ['from', 'to']]],
  );
  const acting = people(extract(dated('Quyền Bộ trưởng Bộ Công Thương Hoàng Minh Đức chủ trì cuộc họp.')));
  assert.equal(acting[0].acting, true);
});

test('a verb belongs to the nearest subject: congratulating someone who was elected does not elect the sender', () => {
  const ps = people(
    extract(dated('Ông Hoàng Minh Đức gửi điện chúc mừng Tổng thống Lamberto Ruiz được bầu lại làm Chủ tịch nước.')),
  );
  assert.ok(!ps.some((p) => p.name === 'Hoàng Minh Đức' && p.event === 'elected'), JSON.stringify(ps));
});

test('a plural title introduces a list of names', () => {
  const ps = people(
    extract(
      dated('Quốc hội phê chuẩn 3 Phó Thủ tướng gồm các đồng chí: Hoàng Minh Đức, Đỗ Thị Hạnh và Trần Văn Khải.'),
    ),
  );
  assert.deepEqual(
    ps.map((p) => [p.name, p.officeId, p.event]).sort(),
    [
      ['Hoàng Minh Đức', 'pho-thu-tuong', 'appointed'],
      ['Trần Văn Khải', 'pho-thu-tuong', 'appointed'],
      ['Đỗ Thị Hạnh', 'pho-thu-tuong', 'appointed'],
    ].sort(),
  );
});

test('what the glossary has is not proposed; a title it lacks for a known person is a tenure to add', () => {
  assert.deepEqual(extract(dated('Tổng Bí thư Tô Lâm gửi thư chúc mừng.')), []);
  const team = new Glossary({
    ...realGlossary().data,
    people: [
      ...realGlossary().data.people,
      {
        id: 'hoang-minh-duc',
        name: 'Hoàng Minh Đức',
        titles: [
          { office: 'thu-truong-bo-ngoai-giao', from: '2020', sources: ['research-notes'], confidence: 'unconfirmed' },
        ],
        sources: ['research-notes'],
      },
    ],
  });
  assert.deepEqual(extract(dated('Thứ trưởng Bộ Ngoại giao Hoàng Minh Đức tiếp đoàn.'), team), []);
  const [t] = people(
    extract(dated('Ngày 2/6/2025, ông Hoàng Minh Đức được bổ nhiệm làm Bộ trưởng Bộ Công Thương.'), team),
  );
  assert.deepEqual(
    [t.kind, t.personId, t.officeId, t.event],
    ['tenure', 'hoang-minh-duc', 'bo-truong-bo-cong-thuong', 'appointed'],
  );
});

test('a foreign name after a title some foreign office has; its short form joins the whole name', () => {
  const ps = people(
    extract(dated('Tổng thống Alvaro Mendes thăm Việt Nam.\nTại hội đàm, Tổng thống Mendes cảm ơn sự đón tiếp.')),
  );
  assert.deepEqual(
    ps.map((p) => [p.name, p.title, p.seen.length]),
    [['Alvaro Mendes', 'Tổng thống', 2]],
  );
});

test('documents: a new one with what the citation says; a known one, or a bare number, is not proposed', () => {
  const ds = documents(
    extract(
      dated(
        'Các đơn vị thực hiện Nghị quyết số 27/NQ-CP ngày 3/5/2024 của Chính phủ về tăng cường hợp tác giáo dục. ' +
          'Hội nghị quán triệt Nghị quyết 59-NQ/TW của Bộ Chính trị và Nghị quyết 36.',
      ),
    ),
  );
  assert.equal(ds.length, 1);
  assert.deepEqual(ds[0].document, {
    kind: 'Nghị quyết',
    number: '27',
    symbol: '27/NQ-CP',
    issuer: 'chinh-phu',
    issuerWritten: 'Chính phủ',
    date: '2024-05-03',
    subject: 'tăng cường hợp tác giáo dục',
  });
  assert.equal(proposalEntry(ds[0]).documents?.[0].id, 'nq-27-nq-cp');
  // The issuer read from the symbol's code when one body has it.
  const [law] = documents(extract(dated('Căn cứ Luật số 12/2024/QH15 về hợp tác quốc tế.')));
  assert.equal(law.document.issuer, 'quoc-hoi');
});

test('terms: quoted phrases, more likely terms after a word that introduces one; speech and titles are not', () => {
  const ts = terms(
    extract(
      dated(
        'Hội nghị nhấn mạnh phương châm “chủ động, linh hoạt, hiệu quả”. Ông nói: “Chúng tôi rất vui mừng”. ' +
          'Bài viết “Ngày mới” được đăng lại. Hai nước duy trì cơ chế “đối thoại biển cấp thứ trưởng”, “tham vấn chính trị”.',
      ),
    ),
  );
  assert.deepEqual(
    ts.map((t) => [t.term, t.cue]),
    [
      ['chủ động, linh hoạt, hiệu quả', 'phương châm'],
      ['đối thoại biển cấp thứ trưởng', 'cơ chế'],
      ['tham vấn chính trị', 'cơ chế'],
    ],
  );
});

test('confidence rises with what supports a reading, and stays within 0..1', () => {
  const ps = extract(
    dated(
      'Sáng 10/6/2025, ông Trần Văn Khải được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương. Bộ trưởng Lê Thu Hà phát biểu.',
    ),
  );
  const [appointed, bare] = people(ps);
  assert.ok(appointed.confidence > bare.confidence, JSON.stringify(ps.map((p) => [p.key, p.confidence])));
  for (const p of ps) assert.ok(p.confidence > 0 && p.confidence <= 1);
  assert.deepEqual(bare.missing, ['office', 'from', 'to']);
});

test('a proposal with nothing missing, with its source, is a valid glossary file next to the bundled one', () => {
  const text = readFileSync(join(__dirname, '../../../../test/cli/fixtures/extract/bai-viet-mau.md'), 'utf8');
  const result = extractProposals([{ name: 'bai-viet-mau.md', text }], realGlossary(), TODAY);
  const complete = result.proposals.filter((p) => p.missing.length === 0);
  assert.ok(complete.length >= 2);
  const fragment: Record<string, unknown[]> = { sources: result.sources };
  for (const p of complete)
    for (const [section, entries] of Object.entries(proposalEntry(p)))
      fragment[section] = [...(fragment[section] ?? []), ...(entries as unknown[])];
  const files = listYamlFiles(GLOSSARY_DIR).map((f) => ({ path: f, text: readFileSync(f, 'utf8') }));
  const parsed = parseGlossaryFiles([...files, { path: 'proposals.yaml', text: stringify(fragment) }]);
  assert.deepEqual(parsed.problems, []);
  assert.ok(parsed.data?.people.some((p) => p.name === 'Trần Văn Khải'));
});

test('a long text without full stops is one sentence: evidence quotes the words read with some context', () => {
  const filler = 'các đại biểu thảo luận về nhiều nội dung quan trọng của kỳ họp, ';
  const text = dated(
    `${filler.repeat(200)}ông Trần Văn Khải được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương, ${filler.repeat(200)}`,
  );
  const [p] = people(extract(text));
  assert.equal(p.name, 'Trần Văn Khải');
  assert.ok(p.evidence.sentence.length < 700, `${p.evidence.sentence.length} characters`);
  assert.match(p.evidence.sentence, /^….*ông Trần Văn Khải được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương.*…$/);
});
