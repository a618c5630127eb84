import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendPerson, type PersonToAdd } from './append';
import { parseGlossaryFiles } from './parse';

const ADD: PersonToAdd = {
  id: 'trinh-van-thu',
  name: 'Trịnh Văn Thử',
  tenure: {
    office: 'thu-truong-bo-ngoai-giao',
    from: '2026-11',
    source: { file: 'drafts/ghi-chu.md', date: '2026-11-23' },
    confidence: 'unconfirmed',
  },
  comment: 'Thêm từ drafts/ghi-chu.md (23/11/2026); chưa kiểm chứng.',
};

function ok(r: ReturnType<typeof appendPerson>) {
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return r;
}

test('a new file: a header comment, the people section and a well-formed entry with a quoted month', () => {
  const r = ok(appendPerson('', ADD, 'Bảng thuật ngữ của nhóm.'));
  assert.equal(
    r.text,
    `# Bảng thuật ngữ của nhóm.
people:
  # Thêm từ drafts/ghi-chu.md (23/11/2026); chưa kiểm chứng.
  - id: trinh-van-thu
    name: Trịnh Văn Thử
    titles:
      - office: thu-truong-bo-ngoai-giao
        from: "2026-11"
        source: { file: drafts/ghi-chu.md, date: "2026-11-23" }
        confidence: unconfirmed
`,
  );
  assert.equal(r.line, 4);
  assert.deepEqual(r.edit, { start: 0, end: 0, newText: r.text });
});

const EXISTING = `# Ghi chú của nhóm: giữ nguyên.
people:
  # người thứ nhất
  - id: a
    name: "Nguyễn Văn A"   # tên đầy đủ
    titles:
      - { office: pho-thu-tuong, from: "2020" }

# phần thuật ngữ
terms:
  - canonical: ngoại giao số
`;

test('appending to an existing file inserts text at the end of people and changes nothing else', () => {
  const r = ok(appendPerson(EXISTING, { ...ADD, comment: undefined }));
  assert.equal(r.edit.end, r.edit.start, 'an insertion');
  assert.equal(r.text.slice(0, r.edit.start) + r.text.slice(r.edit.start + r.edit.newText.length), EXISTING);
  assert.ok(r.text.includes('"Nguyễn Văn A"   # tên đầy đủ'), 'comments and quoting are kept byte for byte');
  assert.match(r.edit.newText, /^ {2}- id: trinh-van-thu\n {4}name: Trịnh Văn Thử\n {4}titles:\n {6}- office:/);
  const parsed = parseGlossaryFiles([
    { path: 'g.yaml', text: r.text.replace(/pho-thu-tuong|thu-truong-bo-ngoai-giao/g, 'o') + OFFICE },
  ]);
  assert.deepEqual(parsed.problems, []);
  assert.equal(r.text.split('\n')[r.line - 1].trim(), '- id: trinh-van-thu');
});

// Enough for the appended files to load on their own in the tests.
const OFFICE = 'offices:\n  - { id: o, title: Chức vụ O, role: Chức vụ }\n';

test('a second tenure for a person already in the file goes into that person’s titles, not a duplicate id', () => {
  const first = ok(appendPerson(EXISTING, ADD)).text;
  const second = ok(
    appendPerson(first, { ...ADD, tenure: { ...ADD.tenure, office: 'pho-thu-tuong', acting: true, from: '2027' } }),
  );
  assert.equal((second.text.match(/id: trinh-van-thu/g) ?? []).length, 1);
  assert.match(second.text, /- office: pho-thu-tuong\n {8}acting: true\n {8}from: "2027"/);
  assert.equal(second.text.split('\n')[second.line - 1].trim(), '- office: pho-thu-tuong');
});

test('CRLF files stay CRLF; a file without a final newline gets one before the entry', () => {
  const crlf = ok(appendPerson(EXISTING.replace(/\n/g, '\r\n'), ADD)).text;
  assert.ok(!/[^\r]\n/.test(crlf), 'every line ends with CRLF');
  const noFinal = ok(appendPerson('terms:\n  - canonical: x', ADD)).text;
  assert.match(noFinal, /canonical: x\npeople:\n {2}# Thêm/);
});

test('layouts a plain insertion cannot extend are re-rendered by the Document API, keeping comments', () => {
  const flow = ok(appendPerson('# đầu tệp\npeople: [] # còn trống\n', ADD));
  assert.match(flow.text, /^# đầu tệp\n/);
  assert.match(flow.text, /- id: trinh-van-thu/);
  const empty = ok(appendPerson('# đầu tệp\npeople:\n', ADD));
  assert.match(empty.text, /people:\n {2}# Thêm từ/);
});

test('a file with YAML errors or that is not a glossary is left alone, with the reason', () => {
  const broken = appendPerson('people:\n  - name: "không đóng\n', ADD);
  assert.ok(!broken.ok && /YAML errors \(line \d+\)/.test(broken.reason));
  const list = appendPerson('- a\n- b\n', ADD);
  assert.ok(!list.ok && /not a glossary/.test(list.reason));
});
