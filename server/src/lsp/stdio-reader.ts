/**
 * Reading LSP messages from a byte stream (stdio), decoding each body as its bytes arrive. vscode-jsonrpc's
 * StreamMessageReader keeps a body's bytes until the last one and then decodes all of them at once: a 10 MB didOpen
 * is 25-58 ms of UTF-8 decoding plus 13-19 ms of JSON parsing in one block, which every request sent behind it waits
 * for. Here each chunk is decoded when it is read (a StringDecoder keeps a character split between two chunks), so
 * only the JSON parse of the whole body is left for the end, as Node's own IPC channel does for VS Code.
 *
 * Framing as the base protocol says: header lines ("Content-Length: N", optionally "Content-Type: …; charset=utf-8")
 * ended by an empty line, then N bytes of UTF-8 JSON.
 */
import { StringDecoder } from 'node:string_decoder';
import { AbstractMessageReader, type DataCallback, type Disposable, type Message } from 'vscode-languageserver/node';

const HEADER_END = Buffer.from('\r\n\r\n');
/** A header section longer than this is not a header (a stream that is not LSP). */
const MAX_HEADER = 64 * 1024;

/** What the reader needs of a stream: process.stdin, a socket or a test's PassThrough. */
export interface ByteStream {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
  on(event: 'close' | 'end', listener: () => void): unknown;
  off(event: 'data', listener: (chunk: Buffer) => void): unknown;
}

export class IncrementalMessageReader extends AbstractMessageReader {
  /** Bytes of a header section not yet complete. */
  private header: Buffer = Buffer.alloc(0);
  /** The body being read: bytes still to come, the decoder and the text so far. */
  private body: { remaining: number; decoder: StringDecoder; parts: string[] } | undefined;

  constructor(private readonly stream: ByteStream) {
    super();
    stream.on('error', (err) => {
      this.fireError(err);
    });
    stream.on('close', () => {
      this.fireClose();
    });
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer) => {
      try {
        this.read(chunk, callback);
      } catch (err) {
        // A stream that breaks the framing cannot be read on: what follows is not where a message starts.
        this.fireError(err);
      }
    };
    this.stream.on('data', onData);
    return {
      dispose: () => {
        this.stream.off('data', onData);
      },
    };
  }

  private read(chunk: Buffer, callback: DataCallback): void {
    let at = 0;
    while (at < chunk.length || this.body?.remaining === 0) {
      if (!this.body) {
        at = this.readHeader(chunk, at);
        continue;
      }
      const body = this.body;
      const take = Math.min(body.remaining, chunk.length - at);
      if (take > 0) body.parts.push(body.decoder.write(chunk.subarray(at, at + take)));
      body.remaining -= take;
      at += take;
      if (body.remaining === 0) {
        this.body = undefined;
        body.parts.push(body.decoder.end());
        let message: Message;
        try {
          message = JSON.parse(body.parts.join('')) as Message;
        } catch (err) {
          // The body is read to its end: the next message starts where it should.
          this.fireError(err);
          continue;
        }
        callback(message);
      }
    }
  }

  /** Reads header bytes from `chunk` at `at`; returns where the body starts, or the chunk's end if it did not. */
  private readHeader(chunk: Buffer, at: number): number {
    const before = this.header.length;
    const joined = before ? Buffer.concat([this.header, chunk.subarray(at)]) : chunk.subarray(at);
    const end = joined.indexOf(HEADER_END);
    if (end < 0) {
      if (joined.length > MAX_HEADER) throw new Error('LSP header too long: the stream is not LSP');
      this.header = Buffer.from(joined);
      return chunk.length;
    }
    this.header = Buffer.alloc(0);
    const length = contentLength(joined.toString('ascii', 0, end));
    this.body = { remaining: length, decoder: new StringDecoder('utf8'), parts: [] };
    // Where the body starts in `chunk`: after the header's end in the joined bytes, less what came before.
    return at + end + HEADER_END.length - before;
  }
}

function contentLength(header: string): number {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`LSP header line without a colon: ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'content-length') length = Number(value);
    if (name === 'content-type') {
      const charset = /charset=([^;]+)/i.exec(value)?.[1].trim().toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new Error(`LSP charset ${charset}: only UTF-8`);
    }
  }
  if (length === undefined || !Number.isInteger(length) || length < 0)
    throw new Error(`LSP header without a valid Content-Length: ${JSON.stringify(header)}`);
  return length;
}
