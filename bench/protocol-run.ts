/**
 * The protocol part of the bench, session by session: cold starts, a server with the bundled glossary (1 MB and
 * 10 MB documents: edits, hovers, completions, requests while a 10 MB check runs), and a server with 50,000 entries
 * (completions, then 10 MB open for its peak memory).
 */
import { join } from 'node:path';
import type { PublicationTimes, ServerStats } from '../server/src/lsp/protocol';
import type { BenchDocument } from './documents';
import { AS_OF } from './documents';
import { busyLatency, coldStart, DEBOUNCE_MS, startSession, type BusyLatency, type Session } from './protocol';
import { latency, now, round, timing, type Latency, type Timing } from './stats';

export interface Publication {
  diagnostics: number;
  kb: number;
  /** Median of JSON.stringify then JSON.parse of the message's params. */
  jsonMs: number;
}

function publicationCost(params: unknown): Publication {
  const diagnostics = (params as { diagnostics?: unknown[] } | undefined)?.diagnostics?.length ?? 0;
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 9; i++) {
    const t0 = now();
    const json = JSON.stringify(params);
    JSON.parse(json);
    ms.push(now() - t0);
    bytes = Buffer.byteLength(json);
  }
  return { diagnostics, kb: round(bytes / 1024), jsonMs: timing(ms).medianMs };
}

/**
 * The server's own share of the re-checks: from the start of the check (after the debounce) to the diagnostics
 * written, medians of what chinhDanh/serverStats reported after each edit.
 */
export interface ServerShare {
  checkMs: number;
  diagnosticsMs: number;
  sendMs: number;
  totalMs: number;
}

function serverShare(times: PublicationTimes[]): ServerShare {
  const median = (f: (t: PublicationTimes) => number) => timing(times.map(f)).medianMs;
  return {
    checkMs: median((t) => t.checkMs),
    diagnosticsMs: median((t) => t.diagnosticsMs),
    sendMs: median((t) => t.sendMs),
    totalMs: median((t) => t.checkMs + t.diagnosticsMs + t.sendMs),
  };
}

/** Milliseconds for the log: "12, 15, 11". */
const list = (ms: number[]) => ms.map((x) => x.toFixed(0)).join(', ');

export interface ProtocolFigures {
  debounceMs: number;
  coldStart: Timing;
  coldStartEmptyCache: Timing;
  open1MbMs: number;
  open10MbMs: number;
  editRecheck1Mb: Timing;
  editRecheck10Mb: Timing;
  /** Of the 1 MB re-check, what the server itself spent (check, diagnostics, handing them to the connection). */
  editServer1Mb: ServerShare;
  /**
   * What every re-check of the 1 MB document ends with whatever it cost: the publication (LSP sends the whole list).
   * Its size, and the JSON work on it alone, in this process: stringify (the server) plus parse (the client).
   */
  publication1Mb: Publication;
  /**
   * The same edits of the 1 MB document answered by a server that does no checking and sends back the same
   * publication at once (bench/echo-server.ts): what the protocol alone costs an edit with that many diagnostics.
   */
  editFloor1Mb: Timing;
  hover1Mb: Latency;
  completion1Mb: Latency;
  completion50k: Latency;
  busy10Mb: BusyLatency;
  peakRssMbBundled: number;
  /** Peak with 50,000 entries loaded and a small document open, before the 10 MB one: the glossary's share. */
  peakRssMb50kBeforeDoc: number;
  peakRssMb50k: number;
}

const SMALL = `---\ndate: ${AS_OF}\n---\n\nNgày 5/3/2026, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung tiếp Đại sứ.\n`;

/** What a writer types before asking for completion, without diacritics, one per line (cursor at line end). */
const TYPED = [
  'Hôm nay to lam',
  'theo nghi quyet 34',
  'bo truong bo ngoai',
  'giam doc so tai chinh tinh',
  'chu tich uy ban nhan dan tinh',
  'dai hoi dang bo tinh',
  'nguyen van',
  'tran thi',
  'nghi quyet 31',
  'so ke hoach va dau tu tinh',
  'chuong trinh chuyen doi so tinh',
  'thu tuong',
];
const typedDoc = `---\ndate: ${AS_OF}\n---\n\n${TYPED.join('\n')}\n`;
const typedEnds = (() => {
  const ends: number[] = [];
  let at = typedDoc.indexOf(TYPED[0]);
  for (const t of TYPED) {
    ends.push(at + t.length);
    at += t.length + 1;
  }
  return ends;
})();

/** Offsets inside planted mentions (names, titles, bodies) spread over a document: where a writer hovers. */
function hoverOffsets(doc: BenchDocument, count: number): number[] {
  const step = Math.max(1, Math.floor(doc.planted.length / count));
  return doc.planted.filter((_, i) => i % step === 0).map((p) => p.start + Math.floor((p.end - p.start) / 2));
}

/** Offsets a few letters into planted mentions: completion asked for in the middle of a line. */
function completionOffsets(doc: BenchDocument, count: number): number[] {
  const step = Math.max(1, Math.floor(doc.planted.length / count));
  return doc.planted.filter((_, i) => i % step === 0).map((p) => p.start + Math.min(12, p.end - p.start));
}

/** Re-check times of the echo server (the protocol's floor) given the publication our server made for the text. */
async function protocolFloor(text: string, publication: unknown, edits: number): Promise<number[]> {
  const s = await startSession([], join(__dirname, 'echo-server.js'));
  try {
    await s.open('doc-1m', text);
    const { uri, diagnostics } = publication as { uri: string; diagnostics: unknown[] };
    await s.client.connection.sendNotification('bench/publication', { uri, diagnostics });
    await s.editMiddle('doc-1m'); // untimed, a warm-up as our server's first edits are not
    return await repeat(edits, () => s.editMiddle('doc-1m'));
  } finally {
    await s.stop();
  }
}

async function repeat(n: number, fn: (i: number) => Promise<number>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(await fn(i));
  return out;
}

export async function measureProtocol(options: {
  docs: Record<string, BenchDocument>;
  extra50k: string[];
  quick: boolean;
  log: (s: string) => void;
}): Promise<ProtocolFigures> {
  const { docs, quick, log } = options;
  const n = (full: number, fast: number) => (quick ? fast : full);

  const cold = await repeat(n(5, 2), () => coldStart(SMALL));
  const saved = process.env.CHINH_DANH_CACHE_DIR;
  process.env.CHINH_DANH_CACHE_DIR = 'off';
  const coldEmpty = await repeat(n(3, 1), () => coldStart(SMALL));
  process.env.CHINH_DANH_CACHE_DIR = saved;
  log(`  cold start: ${list(cold)} ms; no cache: ${list(coldEmpty)} ms`);

  let s: Session = await startSession();
  let figures: Partial<ProtocolFigures>;
  let last1Mb: unknown;
  try {
    await s.open('small', SMALL);
    await s.open('typed', typedDoc);
    const open1MbMs = await s.open('doc-1m', docs['1M'].text);
    const server1: PublicationTimes[] = [];
    const edits1 = await repeat(n(10, 3), async () => {
      const ms = await s.editMiddle('doc-1m');
      const stats = await s.client.connection.sendRequest<ServerStats>('chinhDanh/serverStats', {});
      if (stats.lastPublication) server1.push(stats.lastPublication);
      return ms;
    });
    const editServer1Mb = serverShare(server1);
    log(`  1 MB: open ${open1MbMs.toFixed(0)} ms; re-check after an edit: ${list(edits1)} ms`);
    log(
      `  1 MB: of which in the server (medians): check ${editServer1Mb.checkMs} ms, diagnostics ` +
        `${editServer1Mb.diagnosticsMs} ms, handing them to the connection ${editServer1Mb.sendMs} ms`,
    );
    last1Mb = s.lastPublication('doc-1m');
    const publication1Mb = publicationCost(last1Mb);
    log(
      `  1 MB: a publication is ${publication1Mb.diagnostics} diagnostics, ${publication1Mb.kb} KB; ` +
        `stringify + parse ${publication1Mb.jsonMs} ms`,
    );
    const hovers = hoverOffsets(docs['1M'], 60);
    const hover1 = await repeat(n(hovers.length, 20), (i) =>
      s.request('textDocument/hover', 'doc-1m', hovers[i % hovers.length]),
    );
    const comps = completionOffsets(docs['1M'], 60);
    const completion1 = await repeat(n(comps.length, 20), (i) =>
      s.request('textDocument/completion', 'doc-1m', comps[i % comps.length]),
    );
    log(`  1 MB: hover p95 ${latency(hover1).p95Ms} ms, completion p95 ${latency(completion1).p95Ms} ms`);
    const open10MbMs = await s.open('doc-10m', docs['10M'].text);
    const edits10 = await repeat(n(3, 1), () => s.editMiddle('doc-10m'));
    log(`  10 MB: open ${open10MbMs.toFixed(0)} ms; re-check after an edit: ${list(edits10)} ms`);
    const busy = await busyLatency(
      s,
      { name: 'small', offsets: [SMALL.indexOf('Lê Hoài Trung') + 3, SMALL.indexOf('Bộ trưởng') + 4] },
      { name: 'doc-10m-again', text: docs['10M'].text, offsets: hoverOffsets(docs['10M'], 40) },
    );
    log(
      `  busy: worst ${busy.worstMs} ms while a 10 MB check ran for ${busy.checkMs} ms; ` +
        `the first request, behind the didOpen: ${busy.behindOpenMs} ms`,
    );
    figures = {
      open1MbMs: round(open1MbMs),
      open10MbMs: round(open10MbMs),
      editRecheck1Mb: timing(edits1),
      editRecheck10Mb: timing(edits10),
      editServer1Mb,
      publication1Mb,
      hover1Mb: latency(hover1),
      completion1Mb: latency(completion1),
      busy10Mb: busy,
      peakRssMbBundled: s.peakRssMb(),
    };
  } finally {
    await s.stop();
  }

  const editFloor1Mb = await protocolFloor(docs['1M'].text, last1Mb, n(10, 3));
  log(`  1 MB: the same edits answered at once with the same publication (protocol floor): ${list(editFloor1Mb)} ms`);

  s = await startSession(options.extra50k);
  try {
    await s.open('typed', typedDoc);
    const completion50k = await repeat(n(120, 36), (i) =>
      s.request('textDocument/completion', 'typed', typedEnds[i % typedEnds.length]),
    );
    log(`  50k: completion p50 ${latency(completion50k).p50Ms} ms, p95 ${latency(completion50k).p95Ms} ms`);
    const beforeDoc = s.peakRssMb();
    await s.open('doc-10m', docs['10M'].text);
    const peak = s.peakRssMb();
    log(`  50k: peak RSS ${beforeDoc} MB; with 10 MB open: ${peak} MB`);
    return {
      ...(figures as ProtocolFigures),
      debounceMs: DEBOUNCE_MS,
      coldStart: timing(cold),
      coldStartEmptyCache: timing(coldEmpty),
      editFloor1Mb: timing(editFloor1Mb),
      completion50k: latency(completion50k),
      peakRssMb50kBeforeDoc: beforeDoc,
      peakRssMb50k: peak,
    };
  } finally {
    await s.stop();
  }
}
