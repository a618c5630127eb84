/**
 * Glossary problems over the real protocol (dist/server.js over stdio): semantic errors of a team glossary are
 * published on the YAML file at the offending tenure, drafts keep the bundled glossary, and every range published
 * on a YAML file lies inside that file and ends on its own line (CR-only line endings and errors at the end of
 * the text included).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { ensureBuilt } from '../support/build';
import { TestClient } from '../support/lsp-client';

const SETTINGS = { asOfDate: '2026-11-23', locale: 'vi', severity: {} };
const DRAFT = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
const T = { timeout: 60_000 };

/** Each range lies inside `text` (lines as the editor breaks them) and starts and ends on one line. */
function assertInside(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    assert.equal(start.line, end.line, `${d.message}: the range spans lines`);
    assert.ok(start.line < lines.length, `${d.message}: line ${start.line} is past the end (${lines.length} lines)`);
    assert.ok(start.character <= end.character, d.message);
    assert.ok(end.character <= lines[start.line].length, `${d.message}: ends at ${end.character} past its line`);
  }
}

describe('glossary problems over the protocol', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-glossary-ranges-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test(
    'a second holder of a one-holder office is an error on the team file; drafts keep the bundled glossary',
    T,
    async () => {
      const team = path.join(dir, 'team');
      fs.mkdirSync(team);
      const file = path.join(team, 'people.yaml');
      // The bundled glossary has Lê Hoài Trung as Minister of Foreign Affairs with no end.
      const text = [
        'people:',
        '  - id: nguyen-van-thu',
        '    name: Nguyễn Văn Thử',
        '    titles:',
        '      - office: bo-truong-bo-ngoai-giao',
        '        from: "2026-01"',
        '        sources: ["https://example.org/bo-nhiem"]',
        '        confidence: confirmed',
        '    sources: ["https://example.org/bo-nhiem"]',
        '',
      ].join('\n');
      fs.writeFileSync(file, text);
      const client = await TestClient.start({ configuration: { ...SETTINGS, glossaryPaths: [team] } });
      try {
        const published = await client.waitForDiagnostics(pathToFileURL(file).href, (d) => d.length > 0);
        assert.equal(published.diagnostics.length, 1);
        const [problem] = published.diagnostics;
        assert.equal(problem.code, 'glossary-error');
        assert.equal(problem.range.start.line, 4, 'on the tenure (line 5)');
        assert.match(problem.message, /"bo-truong-bo-ngoai-giao" has one holder at a time/);
        assert.match(problem.message, /Nguyễn Văn Thử \(2026-01 → present, .*people\.yaml:5\) overlaps Lê Hoài Trung/);
        assertInside(text, published.diagnostics);

        const uri = 'untitled:Semantics-1';
        client.open(uri, DRAFT);
        const { diagnostics } = await client.waitForDiagnostics(uri);
        assert.ok(diagnostics.some((d) => d.code === 'outdated-title'));
        const status = await client.waitFor<{ ok: boolean }>('chinhDanh/glossaryStatus');
        assert.equal(status.ok, false);
      } finally {
        await client.stop();
      }
    },
  );

  test('ranges stay inside the file: CR-only line endings, an error at the end, an empty line', T, async () => {
    const broken = path.join(dir, 'broken');
    fs.mkdirSync(broken);
    const files: Record<string, string> = {
      'cr-only.yaml': 'terms:\r  - id: x\r    canonical: y\r    bogus: 1\r',
      'unclosed.yaml': 'terms:\n  - id: y\n    canonical: [chưa đóng\n',
      'empty-line.yaml': 'terms:\n  - id: z\n\n  bad\n',
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(broken, name), text);
    const client = await TestClient.start({ configuration: { ...SETTINGS, glossaryPaths: [broken] } });
    try {
      for (const [name, text] of Object.entries(files)) {
        const { diagnostics } = await client.waitForDiagnostics(
          pathToFileURL(path.join(broken, name)).href,
          (d) => d.length > 0,
        );
        assertInside(text, diagnostics);
        if (name === 'cr-only.yaml') {
          // Read line by line like the same file with LF: the problems are on the entry (line 2), not line 1.
          assert.ok(diagnostics.every((d) => d.range.start.line === 1 && /^\/terms\/0/.test(d.message)));
        }
      }
    } finally {
      await client.stop();
    }
  });
});
