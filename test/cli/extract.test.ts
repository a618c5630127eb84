/**
 * `chinh-danh extract` run as the user runs it, through npx: on a small article written for the test (every person
 * and document in it is made up) and on a Word file. The YAML must parse and hold the expected proposals.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { parse } from 'yaml';
import { ensureBuilt, ROOT } from '../support/build';
import { cli } from './run-cli';

const FIXTURE = 'test/cli/fixtures/extract/bai-viet-mau.md';

interface Output {
  generator: string;
  files: number;
  sources: { id: string; title: string; url?: string; date?: string }[];
  proposals: {
    kind: string;
    confidence: number;
    summary: string;
    evidence: { file: string; line: number; sentence: string; date?: string; dateFrom?: string };
    seen: string[];
    missing?: string[];
    entry: Record<string, Record<string, any>[]>;
  }[];
}

/** npx, as the README tells users to run it; "today" pinned and the language fixed, like the other CLI tests. */
function npx(args: string[], cwd = ROOT) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'vi_VN.UTF-8', CHINH_DANH_TODAY: '2026-11-23' };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete env[k];
  return spawnSync('npx', ['--no-install', 'chinh-danh', ...args], { cwd, encoding: 'utf8', env });
}

let tmp: string;
before(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-extract-'));
});
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('npx chinh-danh extract prints YAML proposals with evidence, line, date and confidence', () => {
  const r = npx(['extract', FIXTURE]);
  assert.equal(r.status, 0, r.stderr);
  const out = parse(r.stdout) as Output;
  assert.match(out.generator, /^chinh-danh extract \d/);
  assert.equal(out.files, 1);
  assert.deepEqual(out.sources, [
    {
      id: 'bai-viet-mau',
      title: 'Bài viết mẫu cho lệnh extract (viết riêng cho kiểm thử, nhân vật và văn bản đều là giả định)',
      file: FIXTURE,
      url: 'https://example.org/bai-viet-mau',
      date: '2025-06-12',
    },
  ]);
  assert.deepEqual(
    out.proposals.map((p) => [p.kind, p.summary, p.evidence.line]),
    [
      ['person', 'Thứ trưởng Bộ Công Thương Trần Văn Khải (được bổ nhiệm)', 7],
      ['person', 'Phó Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình Lê Thị Mai Phương (thôi giữ chức)', 11],
      ['document', 'Nghị quyết 27/NQ-CP', 13],
      ['term', '“chủ động, linh hoạt, hiệu quả”', 15],
    ],
  );
  const [khai, phuong, resolution, term] = out.proposals;
  assert.equal(
    khai.evidence.sentence,
    'Sáng 10/6/2025, ông Trần Văn Khải được bổ nhiệm giữ chức Thứ trưởng Bộ Công Thương.',
  );
  assert.deepEqual([khai.evidence.date, khai.evidence.dateFrom], ['2025-06-10', 'sentence']);
  assert.deepEqual(khai.seen, [`${FIXTURE}:7`, `${FIXTURE}:9`], 'the second mention of the same fact is a sighting');
  assert.deepEqual(khai.entry.people[0].titles[0], {
    office: 'thu-truong-bo-cong-thuong',
    from: '2025-06-10',
    note: 'Được bổ nhiệm vào 10/6/2025 theo bài viết.',
    sources: ['bai-viet-mau'],
    confidence: 'unconfirmed',
  });
  assert.equal(khai.entry.offices[0].title, 'Thứ trưởng Bộ Công Thương');
  assert.deepEqual(phuong.missing, ['to'], 'the article does not say when she retired');
  assert.equal(resolution.entry.documents[0].symbol, '27/NQ-CP');
  assert.equal(resolution.entry.documents[0].date, '2024-05-03');
  assert.equal(term.entry.terms[0].category, 'phương châm');
  for (const p of out.proposals) assert.ok(p.confidence > 0 && p.confidence <= 1);
  assert.ok(!r.stdout.includes('Tô Lâm'), 'a title and name the glossary has is not proposed');
  // Dates are quoted, as the glossary asks.
  assert.match(r.stdout, /from: "2025-06-10"/);
});

test('--out writes the file and says so; nothing else is written', () => {
  const out = path.join(tmp, 'de-xuat.yaml');
  const r = cli(['extract', FIXTURE, '--out', out, '--locale', 'en']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^extract: 4 proposals \(2 about people, 1 document, 1 term\) from 1 file; wrote /);
  assert.equal((parse(fs.readFileSync(out, 'utf8')) as Output).proposals.length, 4);
});

test('--min-confidence keeps the surer proposals; --withhold reads without parts of the glossary', () => {
  const sure = parse(cli(['extract', FIXTURE, '--min-confidence', '0.85']).stdout) as Output;
  assert.ok(sure.proposals.length > 0 && sure.proposals.length < 4);
  assert.ok(sure.proposals.every((p) => p.confidence >= 0.85));
  const withheld = parse(cli(['extract', FIXTURE, '--withhold', 'people']).stdout) as Output;
  assert.ok(
    withheld.proposals.some((p) => p.summary.includes('Tô Lâm')),
    'without the people, Tô Lâm is new',
  );
});

test('a Word document is read paragraph by paragraph; the line is the paragraph', async () => {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Hà Nội, ngày 20 tháng 6 năm 2025'),
          new Paragraph('Báo cáo công tác tháng 6'),
          new Paragraph('Ngày 18/6/2025, bà Đỗ Thị Hạnh được bổ nhiệm làm Thứ trưởng Bộ Công Thương.'),
        ],
      },
    ],
  });
  const file = path.join(tmp, 'bao-cao.docx');
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  const r = cli(['extract', file]);
  assert.equal(r.status, 0, r.stderr);
  const [p] = (parse(r.stdout) as Output).proposals;
  assert.equal(p.evidence.line, 3);
  assert.deepEqual([p.evidence.date, p.entry.people[0].name], ['2025-06-18', 'Đỗ Thị Hạnh']);
});

test('usage errors and unreadable inputs exit 2 with a clear message', () => {
  const none = cli(['extract']);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /chưa có ĐƯỜNG_DẪN/);
  assert.equal(cli(['extract', FIXTURE, '--min-confidence', '2']).status, 2);
  const bad = cli(['extract', FIXTURE, '--withhold', 'offices', '--locale', 'en']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--withhold: "offices" is not one of people, documents, terms/);
  const missing = cli(['extract', 'khong-co.md', '--locale', 'en']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /khong-co\.md: no such file or folder/);
  const help = cli(['extract', '--help', '--locale', 'en']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: chinh-danh extract PATH\.\.\./);
});
