/**
 * Hostile drafts over the real protocol (dist/server.js over stdio, one server per input): while a huge or
 * pathological draft is being checked, hover and completion on a small draft and on the huge one itself answer
 * before the huge draft's diagnostics are published; the server stays up; after two quick edits the last
 * diagnostics are for the final text.
 *
 * "Being checked" is observed, not guessed: the requests are sent once the server reports work-done progress for
 * the check (it outlasted its first slice), and chinhDanh/serverStats, asked after them, says whether the check was
 * still running when they were handled (the server handles requests in order). An input checked faster than that
 * is recorded as such; at least one input must overlap. The assertions are about order only. The figures (time
 * to diagnostics, request latencies; from chinhDanh/serverStats the longest check slice, the longest event-loop block
 * and the peak RSS) are printed for RELIABILITY.md, never asserted: the machine is shared.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { assertInside } from '../../scripts/fuzz-run';
import { ensureBuilt } from '../support/build';
import type { ServerStats } from '../../server/src/lsp/protocol';
import { TestClient } from '../support/lsp-client';
import { hostileDrafts, type HostileDraft } from './hostile-draft-texts';

const SETTINGS = { asOfDate: '2026-11-23', locale: 'vi', severity: {}, glossaryPaths: [] };
/** Only turns a hang into a failure; generous because the machine is shared and a hostile check may be slow. */
const LIMIT_MS = 600_000;
const PUBLISH = 'textDocument/publishDiagnostics';
const SMALL = 'file:///hostile/small.md';
const SMALL_TEXT = 'Ngày 10/9/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ.\n';

/** Per input, in order: whether its check was still running when the requests arrived. */
const overlaps: boolean[] = [];

interface Answer {
  what: string;
  ms: number;
  /** Whether the huge draft's diagnostics had been published when the answer arrived. */
  afterDiagnostics: boolean;
}

async function probe(t: TestContext, draft: HostileDraft): Promise<void> {
  const client = await TestClient.start({ configuration: SETTINGS });
  try {
    client.open(SMALL, SMALL_TEXT);
    await client.waitForDiagnostics(SMALL);
    // Warm up (the first completion builds the glossary's prefix index): the figures are about checking, not start-up.
    const warm = { textDocument: { uri: SMALL }, position: { line: 0, character: 30 } };
    await client.connection.sendRequest('textDocument/completion', warm);
    await client.connection.sendRequest('textDocument/hover', warm);
    await client.connection.sendRequest('chinhDanh/serverStats', { reset: true });
    const uri = `file:///hostile/${draft.file}`;
    const since = client.mark();
    const opened = performance.now();
    let publishedAt: number | undefined;
    const isBig = (p: PublishDiagnosticsParams) => p.uri === uri;
    const firstPublication = client
      .waitFor<PublishDiagnosticsParams>(PUBLISH, isBig, { since, timeoutMs: LIMIT_MS })
      .then((p) => {
        publishedAt = performance.now();
        return p;
      });
    client.open(uri, draft.text);
    // The check has started and is still running: the server says so before anything is published.
    const started = await Promise.race([
      client.waitFor<{ value: { kind: string; title?: string } }>(
        '$/progress',
        (p) => p.value.kind === 'begin' && (p.value.title ?? '').includes(draft.file),
        { since, timeoutMs: LIMIT_MS },
      ),
      firstPublication.then(() => undefined),
    ]);
    const answers: Answer[] = [];
    const ask = async (what: string, method: string, params: unknown) => {
      const t0 = performance.now();
      await client.connection.sendRequest(method, params);
      answers.push({ what, ms: performance.now() - t0, afterDiagnostics: publishedAt !== undefined });
    };
    const at = (docUri: string, character: number) => ({
      textDocument: { uri: docUri },
      position: { line: 0, character },
    });
    let overlapped = false;
    if (started) {
      // The server handles requests in order and answers each as it handles it; the last one says whether the huge
      // draft was still being checked then. If it was, the four were handled, and answered, during the check.
      const four = Promise.all([
        ask('hover on the small draft', 'textDocument/hover', at(SMALL, 40)),
        ask('completion on the small draft', 'textDocument/completion', at(SMALL, 30)),
        ask('hover on the huge draft', 'textDocument/hover', at(uri, 30)),
        ask('completion on the huge draft', 'textDocument/completion', at(uri, 20)),
      ]);
      const stats = await client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', {});
      await four;
      overlapped = stats.checking.includes(uri);
    }
    // A check that ended before the requests were handled leaves nothing to overlap with: it is recorded.
    overlaps.push(overlapped);
    if (overlapped) {
      for (const a of answers) assert.equal(a.afterDiagnostics, false, `${a.what} answered before the diagnostics`);
      // Keep asking while the check runs: the worst answer is the worst the server made anyone wait.
      while (publishedAt === undefined) {
        await ask('completion on the small draft (while checking)', 'textDocument/completion', at(SMALL, 30));
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    const first = await firstPublication;
    const toDiagnostics = (publishedAt ?? performance.now()) - opened;
    const checking = await client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', { reset: true });

    // Two quick edits at the top: the check of the second overtakes the first; the last diagnostics are for v3.
    let doc = TextDocument.create(uri, 'markdown', 1, draft.text);
    const edits: TextDocumentContentChangeEvent[] = [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Đoàn tới Hà Nội.\n' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Tổng Bí thư Tô Lâm. ' },
    ];
    const editSince = client.mark();
    const edited = performance.now();
    for (const [i, change] of edits.entries()) {
      doc = TextDocument.update(doc, [change], i + 2);
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: i + 2 },
        contentChanges: [change],
      });
    }
    const final = await client.waitFor<PublishDiagnosticsParams>(PUBLISH, (p) => isBig(p) && p.version === 3, {
      since: editSince,
      timeoutMs: LIMIT_MS,
    });
    const toFinal = performance.now() - edited;
    for (const d of final.diagnostics as Diagnostic[]) assertInside(doc, d.range, `diagnostic ${String(d.code)}`);
    // A last round trip: nothing about an older text may follow the final publication.
    await client.connection.sendRequest('textDocument/hover', at(uri, 5));
    const later = client.received.slice(client.received.findIndex((n) => n.params === final) + 1);
    assert.ok(!later.some((n) => n.method === PUBLISH && isBig(n.params) && n.params.version !== 3));

    assert.equal(client.child.exitCode, null, 'the server is alive');
    const errors = client.received.filter((n) => n.method === 'window/logMessage' && n.params.type === 1);
    assert.deepEqual(errors, [], 'no handler failed');

    const worst = answers.reduce<Answer>((a, b) => (b.ms > a.ms ? b : a), {
      what: 'none',
      ms: 0,
      afterDiagnostics: false,
    });
    const probes = answers.slice(4);
    const worstProbe = probes.length ? Math.max(...probes.map((a) => a.ms)).toFixed(0) : '-';
    if (!overlapped) t.diagnostic(`${draft.name}: checked and published before the server could report progress`);
    const stats = await client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', {});
    t.diagnostic(
      `${draft.name} (${(Buffer.byteLength(draft.text) / 2 ** 20).toFixed(1)} MB): diagnostics after ` +
        `${(toDiagnostics / 1000).toFixed(2)} s (${first.diagnostics.length} published), ` +
        `after two edits ${(toFinal / 1000).toFixed(2)} s; worst of ${answers.length} requests ` +
        `${worst.ms.toFixed(0)} ms (${worst.what}); first four: ` +
        answers
          .slice(0, 4)
          .map((a) => a.ms.toFixed(0))
          .join('/') +
        ` ms, worst of the ${probes.length} asked one at a time while checking ${worstProbe} ms; in the server, ` +
        `longest check slice ${checking.longestCheckSliceMs} ms (CPU ${checking.longestCheckSliceCpuMs} ms), ` +
        `event loop blocked at most ` +
        `${checking.eventLoopBlockMaxMs} ms while checking (${stats.eventLoopBlockMaxMs} ms after the edits); ` +
        `peak RSS ${stats.peakRssMb} MB`,
    );
  } finally {
    await client.stop();
  }
}

describe('hostile drafts over the protocol: the server answers while it checks', () => {
  for (const draft of hostileDrafts()) {
    test(draft.name, { timeout: 2 * LIMIT_MS }, async (t) => {
      ensureBuilt();
      await probe(t, draft);
    });
  }

  test('at least one hostile draft was still being checked when the requests arrived', () => {
    // Otherwise every check ended within a round trip, and nothing above tested answering during a check.
    assert.ok(overlaps.includes(true), `overlaps: ${overlaps.join(', ')}`);
  });
});
