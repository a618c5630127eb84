/**
 * The language server (dist/server.js over stdio) started with hostile glossary folders in
 * chinhDanh.glossaryPaths: it stays up, reports the problem on the glossary file, and keeps checking
 * drafts with the bundled glossary (keep last good), instead of hanging on a FIFO or dying on an alias bomb.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { ensureBuilt } from '../support/build';
import { TestClient } from '../support/lsp-client';
import { closeHostileSockets, HOSTILE_GLOSSARIES } from './hostile-glossaries';

const DRAFT = 'Ngày 23/11/2026, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';
const CASES = [
  'alias bomb',
  'undefined alias',
  'FIFO as the glossary path',
  'Latin-1 file',
  '/dev/zero as the glossary path',
];

describe('hostile glossaries (server process)', () => {
  let dir: string;
  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chinh-danh-hostile-server-'));
  });
  after(() => {
    closeHostileSockets();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const name of CASES) {
    test(`${name}: the server stays up, checks drafts with the bundled glossary and reports the file`, async () => {
      const h = HOSTILE_GLOSSARIES.find((c) => c.name === name)!;
      const glossary = await h.make(dir);
      const client = await TestClient.start({ configuration: { glossaryPaths: [glossary], asOfDate: '2026-11-23' } });
      try {
        const uri = pathToFileURL(path.join(dir, `${name.replace(/\W+/g, '-')}.md`)).href;
        client.open(uri, DRAFT);
        const published = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'outdated-title'));
        assert.ok(published.diagnostics.length > 0);
        // The problem is published on the glossary file itself, at the line the CLI names; a path that is not
        // a YAML file (a device) has no document to attach it to, and goes to the log.
        const file = h
          .expectPath(dir)
          .replace(/:\d+(:\d*)?$/, '')
          .replace(/:$/, '');
        if (/\.ya?ml$/.test(file)) {
          const problem = await client.waitForDiagnostics(pathToFileURL(file).href, (d) => d.length > 0);
          assert.match(problem.diagnostics.map((d) => d.message).join('\n'), h.message);
        } else {
          const log = await client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes(file));
          assert.match(log.message, h.message);
        }
        assert.equal(client.child.exitCode, null);
      } finally {
        await client.stop();
      }
    });
  }
});
