/**
 * The life of an open draft over the real protocol (dist/server.js over stdio): a document closed and reopened at
 * the same version, edits that overtake a running check, the document size limit, and invalid settings that are
 * reported and ignored. Assertions are about order and content, never about time.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { check } from '../../server/src/engine';
import { glossaryDirs, loadGlossary } from '../../server/src/node/glossary-loader';
import type { ServerStats } from '../../server/src/lsp/protocol';
import { publishedDiagnostics } from '../../server/src/lsp/size-limit';
import { ensureBuilt } from '../support/build';
import { TestClient } from '../support/lsp-client';

const SETTINGS = { asOfDate: '2026-11-23', locale: 'vi', severity: {}, glossaryPaths: [] };
const T = { timeout: 120_000 };
const SENTENCE = 'Ngày 10/9/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ và nhắc lại Nghị quyết 34/NQ-TW.\n';
const PUBLISH = 'textDocument/publishDiagnostics';

type Published = PublishDiagnosticsParams;

function inside(text: string, range: Range): boolean {
  const doc = TextDocument.create('file:///x.md', 'markdown', 1, text);
  const ok = (p: Range['start']) => p.line < doc.lineCount && doc.offsetAt(p) <= text.length;
  return ok(range.start) && ok(range.end) && doc.positionAt(doc.offsetAt(range.end)).line === range.end.line;
}

/** What the server must publish for `text` with SETTINGS, computed in this process with the same functions. */
function expected(uri: string, text: string): Diagnostic[] {
  const glossary = loadGlossary(glossaryDirs([])).glossary!;
  const findings = check(text, glossary, { asOf: SETTINGS.asOfDate, locale: 'vi' }).findings;
  const doc = TextDocument.create(uri, 'markdown', 1, text);
  return JSON.parse(JSON.stringify(publishedDiagnostics(doc, findings, 'vi'))) as Diagnostic[];
}

function publications(client: TestClient, uri: string, from = 0): Array<{ index: number; params: Published }> {
  return client.received
    .map((n, index) => ({ index, ...n }))
    .filter((n) => n.index >= from && n.method === PUBLISH && n.params.uri === uri)
    .map((n) => ({ index: n.index, params: n.params as Published }));
}

describe('open drafts over the protocol', () => {
  let client: TestClient;

  before(async () => {
    ensureBuilt();
    client = await TestClient.start({ configuration: SETTINGS });
  });

  after(async () => {
    await client?.stop();
  });

  test('closed and reopened at the same version: after the clear, only the new text is published', T, async () => {
    const uri = 'file:///lifecycle/reopened.md';
    const witness = 'file:///lifecycle/witness.md';
    const first = SENTENCE.repeat(2000);
    const second = '\r\nĐại hội 14 đã thành công.';
    const start = client.mark();
    client.open(uri, first, 'markdown', 1);
    // The same text under another URI: its check costs what the first one's would, so once it is published the
    // first check would have been published too, had it not been abandoned.
    client.open(witness, first, 'markdown', 1);
    void client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    client.open(uri, second, 'markdown', 1);
    await client.waitForDiagnostics(witness, () => true, start);
    const want = expected(uri, second);
    await client.waitFor<Published>(PUBLISH, (p) => p.uri === uri && p.version === 1 && p.diagnostics.length > 0, {
      since: start,
    });
    const all = publications(client, uri, start);
    const clear = all.findIndex((p) => p.params.version === undefined && p.params.diagnostics.length === 0);
    assert.ok(clear >= 0, 'the close clears the diagnostics');
    const after = all.slice(clear + 1);
    assert.ok(after.length > 0);
    for (const p of after) {
      assert.equal(p.params.version, 1);
      for (const d of p.params.diagnostics) assert.ok(inside(second, d.range), `${JSON.stringify(d.range)} is inside`);
      assert.deepEqual(p.params.diagnostics, want);
    }
  });

  test('edits that overtake a running check: versions only go up, and the last one is the final text', T, async () => {
    const uri = 'file:///lifecycle/edited.md';
    const start = client.mark();
    const texts = [SENTENCE.repeat(1500), SENTENCE.repeat(1400), 'Thủ tướng Phạm Minh Chính chủ trì.\n'];
    client.open(uri, texts[0], 'markdown', 1);
    client.change(uri, texts[1], 2);
    client.change(uri, texts[2], 3);
    const last = await client
      .waitForDiagnostics(uri, () => true, start)
      .then(async (p) =>
        p.version === 3
          ? p
          : client.waitFor<Published>(PUBLISH, (q) => q.uri === uri && q.version === 3, { since: start }),
      );
    assert.deepEqual(last.diagnostics, expected(uri, texts[2]));
    // Nothing published for an older version once a newer one was.
    const versions = publications(client, uri, start).map((p) => p.params.version ?? 0);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
    );
    // A hover after the last publication answers from the final text.
    const hover = await client.connection.sendRequest<{ range?: Range } | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 12 },
    });
    assert.ok(hover?.range && inside(texts[2], hover.range));
  });
});

describe('chinhDanh/serverStats', () => {
  test(
    'reports the longest check slice and event-loop block, the peak RSS and the last publication; reset starts afresh',
    T,
    async () => {
      ensureBuilt();
      const client = await TestClient.start({ configuration: SETTINGS });
      try {
        const uri = 'file:///stats/a.md';
        client.open(uri, SENTENCE.repeat(200));
        const published = await client.waitForDiagnostics(uri);
        const stats = await client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', {
          reset: true,
        });
        assert.deepEqual(Object.keys(stats).sort(), [
          'checking',
          'eventLoopBlockMaxMs',
          'lastPublication',
          'longestCheckSliceCpuMs',
          'longestCheckSliceMs',
          'peakRssMb',
        ]);
        assert.deepEqual(stats.checking, [], 'nothing is being checked once the diagnostics are out');
        assert.ok(stats.longestCheckSliceMs > 0 && stats.peakRssMb > 0, JSON.stringify(stats));
        const last = stats.lastPublication!;
        assert.deepEqual(
          [last.uri, last.version, last.diagnostics],
          [uri, published.version, published.diagnostics.length],
        );
        for (const ms of [last.checkMs, last.diagnosticsMs, last.sendMs]) assert.ok(ms >= 0, JSON.stringify(last));
        const after = await client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', {});
        assert.equal(after.longestCheckSliceMs, 0, 'no check ran since the reset');
        assert.equal(after.longestCheckSliceCpuMs, 0);
        assert.ok(after.peakRssMb >= stats.peakRssMb);
      } finally {
        await client.stop();
      }
    },
  );
});

describe('the document size limit (chinhDanh.maxDocumentSizeMB)', () => {
  let client: TestClient;
  const settings = { ...SETTINGS, maxDocumentSizeMB: 0.01 };

  before(async () => {
    ensureBuilt();
    client = await TestClient.start({ configuration: settings });
  });

  after(async () => {
    await client?.stop();
  });

  test('a draft above the limit gets one notice at the top, a log line, and no hover or completion', T, async () => {
    const uri = 'file:///limit/large.md';
    const text = SENTENCE.repeat(150);
    assert.ok(Buffer.byteLength(text) > 0.01 * 1024 * 1024);
    const start = client.mark();
    client.open(uri, text);
    const published = await client.waitForDiagnostics(uri, () => true, start);
    assert.equal(published.diagnostics.length, 1);
    const [notice] = published.diagnostics;
    assert.deepEqual(notice.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(notice.severity, 3);
    assert.equal(notice.source, 'chinh-danh');
    assert.match(notice.message, /^Văn bản này không được kiểm tra vì quá lớn \(0,0\d+ MB, giới hạn 0,01 MB\)\./);
    assert.match(notice.message, /chinhDanh\.maxDocumentSizeMB/);
    const log = await client.waitFor<{ message: string }>('window/logMessage', (p) => p.message.includes(uri), {
      since: start,
    });
    assert.match(log.message, /is above chinhDanh\.maxDocumentSizeMB \(0\.01 MB\): not checked/);
    const position = { line: 0, character: 30 };
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), null);
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }),
      [],
    );
    // Cut below the limit, it is checked as usual.
    const small = SENTENCE.repeat(3);
    const again = client.mark();
    client.change(uri, small, 2);
    const checked = await client.waitForDiagnostics(uri, (d) => d.length > 1, again);
    assert.deepEqual(checked.diagnostics, expected(uri, small));
  });

  test('the notice follows chinhDanh.locale', T, async () => {
    const uri = 'file:///limit/english.md';
    client.setConfiguration({ ...settings, locale: 'en' });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const start = client.mark();
    client.open(uri, SENTENCE.repeat(150));
    const published = await client.waitForDiagnostics(uri, () => true, start);
    assert.match(published.diagnostics[0].message, /^This document is not checked: it is too large \(0\.0\d+ MB/);
    client.setConfiguration(settings);
  });
});

describe('invalid settings are reported once each and ignored', () => {
  const shown = (client: TestClient) =>
    client.received
      .filter((n) => n.method === 'window/showMessage')
      .map((n) => n.params as { type: number; message: string });

  async function reconfigure(client: TestClient, configuration: Record<string, unknown>, uri: string) {
    client.setConfiguration(configuration);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Settings are read again for the document: any warning is sent before this answer.
    return client.connection.sendRequest<{ date: string; source: string }>('chinhDanh/asOf', { uri });
  }

  test('asOfDate 2023-02-30, 9999-99-99 and 42: one warning each, in Vietnamese, and today is used', T, async () => {
    ensureBuilt();
    const client = await TestClient.start({ configuration: { ...SETTINGS, asOfDate: '2023-02-30' } });
    try {
      const uri = 'file:///settings/undated.md';
      client.open(uri, 'Không ghi ngày.\n');
      await client.waitForDiagnostics(uri);
      const asOf = await client.connection.sendRequest<{ source: string }>('chinhDanh/asOf', { uri });
      assert.equal(asOf.source, 'today');
      const [first] = shown(client);
      assert.equal(first.type, 2);
      assert.match(first.message, /^Ghi chinhDanh\.asOfDate theo dạng YYYY-MM-DD của một ngày có thật/);
      assert.match(first.message, /"2023-02-30" không phải ngày hợp lệ nên bị bỏ qua/);
      const log = client.received.find((n) => n.method === 'window/logMessage' && /asOfDate/.test(n.params.message));
      assert.equal(log?.params.type, 2);
      assert.match(log?.params.message, /chinhDanh\.asOfDate = "2023-02-30" is invalid and ignored/);

      assert.equal((await reconfigure(client, { ...SETTINGS, asOfDate: '9999-99-99' }, uri)).source, 'today');
      assert.equal((await reconfigure(client, { ...SETTINGS, asOfDate: 42 }, uri)).source, 'today');
      assert.deepEqual(
        shown(client).map((m) => /: (.*) không phải ngày/.exec(m.message)?.[1]),
        ['"2023-02-30"', '"9999-99-99"', '42'],
      );
      // The same bad value again, and a valid one: no new warning.
      await reconfigure(client, { ...SETTINGS, asOfDate: '2023-02-30' }, uri);
      assert.deepEqual(await reconfigure(client, SETTINGS, uri), { date: '2026-11-23', source: 'setting' });
      assert.equal(shown(client).length, 3);
    } finally {
      await client.stop();
    }
  });

  test('in English, and for a size limit that is not a size', T, async () => {
    const client = await TestClient.start({
      configuration: { ...SETTINGS, locale: 'en', asOfDate: '2023-02-30', maxDocumentSizeMB: -1 },
    });
    try {
      const uri = 'file:///settings/english.md';
      client.open(uri, 'No date here.\n');
      await client.waitForDiagnostics(uri);
      const messages = shown(client).map((m) => m.message);
      assert.equal(messages.length, 2);
      assert.ok(messages.some((m) => /^Write chinhDanh\.asOfDate as a real date YYYY-MM-DD/.test(m)));
      assert.ok(messages.some((m) => /^Write chinhDanh\.maxDocumentSizeMB as a number of megabytes/.test(m)));
      assert.ok(messages.some((m) => /-1 is not valid and is ignored, the default limit of 20 MB applies/.test(m)));
    } finally {
      await client.stop();
    }
  });
});
