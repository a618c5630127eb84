/**
 * The stdio message reader (server/src/lsp/stdio-reader.ts) against the framing vscode-jsonrpc writes: whatever the
 * chunks the bytes arrive in (a header or a character split anywhere, several messages in one chunk), the same
 * messages in the same order; a body that is not JSON is an error and the next message is still read.
 */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { IncrementalMessageReader } from '../../server/src/lsp/stdio-reader';

function frame(body: string, contentType = false): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  const type = contentType ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : '';
  return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n${type}\r\n`, 'ascii'), bytes]);
}

function readAll(chunks: Buffer[]): { messages: Message[]; errors: Error[] } {
  const stream = new PassThrough();
  const reader = new IncrementalMessageReader(stream);
  const messages: Message[] = [];
  const errors: Error[] = [];
  reader.onError((e) => errors.push(e));
  reader.listen((m) => messages.push(m));
  // 'data' is emitted synchronously by emit(): the chunks exactly as given.
  for (const c of chunks) stream.emit('data', c);
  return { messages, errors };
}

/** Cuts `bytes` at the given points (fractions of its length). */
function cut(bytes: Buffer, at: number[]): Buffer[] {
  const points = [...new Set(at.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out.filter((c) => c.length > 0);
}

const text = fc.array(fc.constantFrom('a', 'Bộ trưởng', 'ệ', '😀', '\n', '"', '\\', '\u0301', ' '), { maxLength: 20 });
const message = fc
  .record({ id: fc.nat(), text: text.map((t) => t.join('')) })
  .map(({ id, text }) => ({ jsonrpc: '2.0', id, method: 'textDocument/didOpen', params: { text } }) as Message);

test('any chunking gives the same messages, in order', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(message, fc.boolean()), { minLength: 1, maxLength: 5 }),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
      (msgs, at) => {
        const bytes = Buffer.concat(msgs.map(([m, typed]) => frame(JSON.stringify(m), typed)));
        const { messages, errors } = readAll(cut(bytes, at));
        assert.deepEqual(errors, []);
        assert.deepStrictEqual(
          messages,
          msgs.map(([m]) => m),
        );
      },
    ),
    { numRuns: 2000, seed: 20261124 },
  );
});

test('every byte in its own chunk, an empty body, and a body that is not JSON', () => {
  const good = { jsonrpc: '2.0', method: 'x', params: { s: 'Tổng Bí thư 😀' } };
  const bytes = Buffer.concat([
    frame(JSON.stringify(good)),
    frame('{not json'),
    frame(''),
    frame(JSON.stringify(good)),
  ]);
  const { messages, errors } = readAll([...bytes].map((b) => Buffer.from([b])));
  assert.deepStrictEqual(messages, [good, good]);
  assert.equal(errors.length, 2, 'the body that is not JSON and the empty body');
});

test('a header without a length, or in another charset, is an error', () => {
  for (const header of [
    'Content-Type: application/json\r\n\r\n{}',
    'Content-Length: 2\r\nContent-Type: x; charset=latin1\r\n\r\n{}',
  ]) {
    const { messages, errors } = readAll([Buffer.from(header, 'ascii')]);
    assert.deepEqual(messages, []);
    assert.equal(errors.length, 1, header);
  }
});
