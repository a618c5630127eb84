/**
 * A hostile team glossary over the real protocol (dist/server.js over stdio): the hover of its entries is
 * MarkupContent of kind markdown in which the glossary's text is escaped, so no remote image loads, no HTML
 * renders and no link goes anywhere but a source's own http(s) address.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Hover, MarkupContent } from 'vscode-languageserver';
import { HOSTILE_DRAFT, HOSTILE_GLOSSARY_YAML, markupProblems } from '../../server/src/engine/testing/hostile-entries';
import { ensureBuilt } from '../support/build';
import { TestClient } from '../support/lsp-client';

describe('hover over entries of a hostile glossary (server process)', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-hover-escaping-'));
    fs.writeFileSync(path.join(dir, 'hostile.yaml'), HOSTILE_GLOSSARY_YAML);
    client = await TestClient.start({
      configuration: { asOfDate: '2024-03-02', locale: 'vi', severity: {}, glossaryPaths: [dir] },
    });
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the glossary loads, and every hover is escaped markdown', { timeout: 60_000 }, async () => {
    const status = await client.waitFor<{ ok: boolean }>('chinhDanh/glossaryStatus');
    assert.equal(status.ok, true, 'the hostile file is valid data and loads');
    const uri = 'untitled:Hostile-1';
    client.open(uri, HOSTILE_DRAFT);
    await client.waitForDiagnostics(uri);
    for (const word of ['Nguyễn Văn Độc', 'chủ nghĩa thử độc', 'Nghị quyết 999', 'Ban Thử Độc họp']) {
      const character = HOSTILE_DRAFT.indexOf(word) + 1;
      const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character },
      });
      assert.ok(hover, `no hover on ${word}`);
      const contents = hover.contents as MarkupContent;
      assert.equal(contents.kind, 'markdown');
      assert.match(contents.value, /evil\.example/, 'the hostile entry is the one shown');
      assert.doesNotMatch(contents.value, /(^|[^\\])(!\[|<img|<script|<iframe|<a )/);
      assert.deepEqual(markupProblems(contents.value), [], contents.value);
    }
  });
});
