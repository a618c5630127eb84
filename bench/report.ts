/**
 * bench/results/latest.json's summary and budgets, the scaling plot's data, and PERFORMANCE.md.
 */
import type { Panel } from './chart';
import type { LoadFigures } from './loads';
import type { ProtocolFigures } from './protocol-run';
import type { TaskResult } from './rounds';
import { round } from './stats';

export interface Summary {
  fullCheck100KbMs: number;
  fullCheck1MbMs: number;
  fullCheck1MbNfdMs: number;
  fullCheck1Mb50kMs: number;
  fullCheck10MbMs: number;
  editRecheck1MbMs: number;
  editRecheck10MbMs: number;
  /** The server's own share of the 1 MB re-check: check, diagnostics, and their JSON and write. */
  editServerMs1Mb: number;
  /** The part of any 1 MB re-check that is the publication's JSON alone (stringify + parse, in process). */
  publicationJsonMs1Mb: number;
  publicationKb1Mb: number;
  /** The same 1 MB edits answered at once, with the same publication, by a server that checks nothing. */
  editFloorMs1Mb: number;
  hoverP95Ms1Mb: number;
  completionP95Ms1Mb: number;
  completionP95Ms50k: number;
  busyLatencyMs10Mb: number;
  /** The first request, sent right behind the 10 MB didOpen (the message's transfer and parse, before any check). */
  behindOpenLatencyMs10Mb: number;
  loadBundledMs: number;
  load50kMs: number;
  cachedLoad50kMs: number;
  /** The first check of a small draft right after the cached 50,000-entry load (look-ups built on first use). */
  firstCheckAfterCachedLoad50kMs: number;
  coldStartMs: number;
  coldStartNoCacheMs: number;
  peakRssMb50k: number;
  prhMs1Mb: number;
  cspellMs1Mb: number;
  prhRatio1Mb: number;
  cspellRatio1Mb: number;
  machine: string;
}

export interface Budget {
  name: string;
  value: number;
  limit: number;
  /** "max": value ≤ limit passes; "min": value ≥ limit passes. */
  kind: 'max' | 'min';
  unit: string;
  pass: boolean;
}

export interface Results {
  summary: Summary;
  machine: string;
  date: string;
  mode: 'full' | 'quick';
  durationS: number;
  corpus: { from: string; paragraphs: number };
  glossaries: Record<string, { entries: number; files: number }>;
  competitors: { prhRules: Record<string, number>; cspellWords: Record<string, number> };
  documents: Array<{ name: string; chars: number; utf8Bytes: number; planted: number }>;
  fullChecks: TaskResult[];
  glossaryLoad: Record<string, LoadFigures>;
  protocol: ProtocolFigures;
  budgets: Budget[];
}

const find = (
  r: Pick<Results, 'fullChecks'>,
  tool: string,
  doc: string,
  glossary = 'bundled',
): TaskResult | undefined => r.fullChecks.find((t) => t.tool === tool && t.doc === doc && t.glossary === glossary);
const ms = (t: TaskResult | undefined) => t?.medianMs ?? NaN;

export function summarize(r: Omit<Results, 'summary' | 'budgets'>): Summary {
  const ours1 = ms(find(r, 'ours', '1 MB'));
  const prh1 = ms(find(r, 'textlint + prh', '1 MB'));
  const spell1 = ms(find(r, 'cspell', '1 MB'));
  const p = r.protocol;
  return {
    fullCheck100KbMs: ms(find(r, 'ours', '100 KB')),
    fullCheck1MbMs: ours1,
    fullCheck1MbNfdMs: ms(find(r, 'ours', '1 MB NFD')),
    fullCheck1Mb50kMs: ms(find(r, 'ours', '1 MB', '50k')),
    fullCheck10MbMs: ms(find(r, 'ours', '10 MB')),
    editRecheck1MbMs: p.editRecheck1Mb.medianMs,
    editRecheck10MbMs: p.editRecheck10Mb.medianMs,
    editServerMs1Mb: p.editServer1Mb.totalMs,
    publicationJsonMs1Mb: p.publication1Mb.jsonMs,
    publicationKb1Mb: p.publication1Mb.kb,
    editFloorMs1Mb: p.editFloor1Mb.medianMs,
    hoverP95Ms1Mb: p.hover1Mb.p95Ms,
    completionP95Ms1Mb: p.completion1Mb.p95Ms,
    completionP95Ms50k: p.completion50k.p95Ms,
    busyLatencyMs10Mb: p.busy10Mb.worstMs,
    behindOpenLatencyMs10Mb: p.busy10Mb.behindOpenMs,
    loadBundledMs: r.glossaryLoad.bundled.first.medianMs,
    load50kMs: r.glossaryLoad['50k'].first.medianMs,
    cachedLoad50kMs: r.glossaryLoad['50k'].cached.medianMs,
    firstCheckAfterCachedLoad50kMs: r.glossaryLoad['50k'].firstCheckAfterCached.medianMs,
    coldStartMs: p.coldStart.medianMs,
    coldStartNoCacheMs: p.coldStartEmptyCache.medianMs,
    peakRssMb50k: p.peakRssMb50k,
    prhMs1Mb: prh1,
    cspellMs1Mb: spell1,
    prhRatio1Mb: round(prh1 / ours1),
    cspellRatio1Mb: round(spell1 / ours1),
    machine: r.machine,
  };
}

export function budgets(s: Summary): Budget[] {
  const b = (name: string, value: number, limit: number, unit: string, kind: Budget['kind'] = 'max'): Budget => ({
    name,
    value,
    limit,
    kind,
    unit,
    pass: kind === 'max' ? value <= limit : value >= limit,
  });
  return [
    b('1 MB full check, bundled glossary', s.fullCheck1MbMs, 40, 'ms'),
    b('1 MB full check, 50,000 entries', s.fullCheck1Mb50kMs, 60, 'ms'),
    b('10 MB full check', s.fullCheck10MbMs, 400, 'ms'),
    b('re-check after a one-character edit in 1 MB (debounce apart)', s.editRecheck1MbMs, 5, 'ms'),
    b('hover p95, 1 MB open', s.hoverP95Ms1Mb, 5, 'ms'),
    b('completion p95, 50,000 entries', s.completionP95Ms50k, 5, 'ms'),
    b('worst request latency while 10 MB is checked', s.busyLatencyMs10Mb, 50, 'ms'),
    b('50,000 entries, first load', s.load50kMs, 1500, 'ms'),
    b('50,000 entries, cached load', s.cachedLoad50kMs, 150, 'ms'),
    b('server cold start to first diagnostics (bundled)', s.coldStartMs, 300, 'ms'),
    b('server peak RSS, 50,000 entries + 10 MB open', s.peakRssMb50k, 400, 'MB'),
    b('textlint + prh time ÷ ours, 1 MB', s.prhRatio1Mb, 8, '×', 'min'),
    b('cspell time ÷ ours, 1 MB', s.cspellRatio1Mb, 2, '×', 'min'),
  ];
}

const MB = (t: TaskResult) => t.chars;
const COLORS = { ours: '#1565c0', 'textlint + prh': '#c62828', cspell: '#2e7d32' } as Record<string, string>;

export function scalingPanels(r: Results): Panel[] {
  const bySize = ['ours', 'textlint + prh', 'cspell'].map((tool) => ({
    label: tool === 'ours' ? 'Chính Danh' : tool,
    color: COLORS[tool],
    points: ['100 KB', '1 MB', '10 MB']
      .map((d) => find(r, tool, d))
      .filter((t): t is TaskResult => !!t)
      .map((t) => ({ x: MB(t), y: t.medianMs })),
  }));
  const byGlossary = [
    {
      label: 'Chính Danh, 1 MB',
      color: COLORS.ours,
      points: ['bundled', '5k', '50k']
        .map((g) => find(r, 'ours', '1 MB', g))
        .filter((t): t is TaskResult => !!t)
        .map((t) => ({ x: r.glossaries[t.glossary].entries, y: t.medianMs })),
    },
    {
      label: 'textlint + prh, 1 MB',
      color: COLORS['textlint + prh'],
      points: ['bundled', '5k']
        .map((g) => find(r, 'textlint + prh', '1 MB', g))
        .filter((t): t is TaskResult => !!t)
        .map((t) => ({ x: r.glossaries[t.glossary].entries, y: t.medianMs })),
    },
  ];
  const docs = r.documents.filter((d) => !d.name.includes('NFD'));
  return [
    {
      title: 'Full check vs document size',
      xLabel: 'document size (UTF-8)',
      yLabel: 'median time',
      series: bySize,
      xTicks: docs.map((d) => ({ x: d.chars, label: d.name })),
    },
    {
      title: 'Full check of 1 MB vs glossary size',
      xLabel: 'glossary entries',
      yLabel: 'median time',
      series: byGlossary,
      xTicks: Object.values(r.glossaries).map((g) => ({ x: g.entries, label: g.entries.toLocaleString('en') })),
    },
  ];
}

const num = (x: number, digits?: number) =>
  Number.isFinite(x)
    ? x.toLocaleString('en', { maximumFractionDigits: digits ?? (x < 10 ? 2 : x < 100 ? 1 : 0) })
    : '–';
const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '–');

function slope(a: TaskResult | undefined, b: TaskResult | undefined): string {
  if (!a || !b) return '–';
  return (Math.log(b.medianMs / a.medianMs) / Math.log(b.chars / a.chars)).toFixed(2);
}

const HAND_START = '<!-- written by hand: the bench keeps this section as it is -->';
const HAND_END = '<!-- end of the hand-written section -->';

/** The hand-written section of an existing PERFORMANCE.md, kept across runs (its first version is below). */
function handWritten(previous: string | undefined): string {
  const start = previous?.indexOf(HAND_START) ?? -1;
  const end = previous?.indexOf(HAND_END) ?? -1;
  if (previous && start >= 0 && end > start) return previous.slice(start + HAND_START.length, end).trim();
  return DIFFERENCE.join('\n');
}

export function renderPerformance(r: Results, png: boolean, previous?: string): string {
  const s = r.summary;
  const lines: string[] = [];
  const L = (x = '') => lines.push(x);
  /** A Markdown table row. */
  const row = (...cells: Array<string | number>) => L(`| ${cells.join(' | ')} |`);
  L('# Performance');
  L();
  L(
    `Measured by \`npm run bench\` (bench/bench.ts) on ${r.date.slice(0, 10)}, ${r.mode} run, ` +
      `${r.durationS} s in all. ` +
      'Figures are medians of warm, interleaved rounds unless marked p95; in the full checks each tool runs in a ' +
      'worker thread of its own (its own heap, as in real use). Everything below is regenerated by the run ' +
      '(the raw figures are in bench/results/latest.json).',
  );
  L();
  L(`**Machine:** ${r.machine}.`);
  L();
  L(
    'The machine is shared: when other jobs run, every figure here grows, the competitors\u2019 as much as ours ' +
      '(the rounds are interleaved so all tools see the same load). Compare ratios across runs, not absolute times.',
  );
  L();
  L('## Budgets');
  L();
  L('| budget | measured | limit | |');
  L('|---|---:|---:|---|');
  for (const b of r.budgets) {
    const limit = `${b.kind === 'max' ? '≤' : '≥'} ${num(b.limit)} ${b.unit}`;
    row(b.name, `${num(b.value)} ${b.unit}`, limit, b.pass ? 'pass' : '**over**');
  }
  L();
  L('## Side by side, same documents, same run');
  L();
  L(
    `Documents are built from ${r.corpus.from} (${r.corpus.paragraphs} paragraphs, repeated) with a planted ` +
      'paragraph every 4 KB: one error from the bundled glossary (a title the person no longer held on the stated ' +
      'date, a ' +
      'dissolved body, a document symbol with its separators swapped, a discouraged term form), one from the ' +
      'generated glossary, and two correct sentences (a generated entry; a real title on a date it was held). ' +
      'All are dated as of the front matter ' +
      `(${'2026-03-10'}). textlint + prh gets a dictionary generated from the same glossary ` +
      `(${num(r.competitors.prhRules.bundled)} rules from the bundled one); cspell gets its Vietnamese dictionary, ` +
      `the glossary's words and the same wrong forms as flagWords (${num(r.competitors.cspellWords.bundled)} entries).`,
  );
  L();
  row(
    'document',
    'glossary',
    'tool',
    'median',
    '÷ ours',
    'planted errors caught',
    'correct mentions flagged',
    'other reports',
  );
  L('|---|---|---|---:|---:|---:|---:|---:|');
  for (const t of r.fullChecks) {
    const o = find(r, 'ours', t.doc, t.glossary) ?? find(r, 'ours', t.doc);
    const ratio = t.tool === 'ours' ? '' : `${num(t.medianMs / ms(o))}×`;
    const { caught: c } = t;
    row(
      t.doc,
      t.glossary,
      t.tool,
      `${num(t.medianMs)} ms`,
      ratio,
      `${c.caught} / ${c.planted}`,
      `${c.flaggedCorrect} / ${c.correct}`,
      c.otherReports,
    );
  }
  L();
  L(
    'Planted errors from the generated glossary can only be caught with it, so with the bundled glossary every ' +
      'tool can catch at most half. "Correct mentions flagged" counts reports on planted sentences that are right: ' +
      'a generated entry written correctly, and a real person under a title held on the date the sentence states ' +
      '(a dictionary without dates cannot tell it from the stale one). "Other reports" are findings on the real ' +
      'articles, which are checked as of a later date than they were written: many old titles there are rightly ' +
      'reported as no longer current; for cspell they are mostly words missing from its dictionary.',
  );
  L();
  const ours1 = find(r, 'ours', '1 MB');
  if (ours1) {
    L('What each tool caught on 1 MB, by kind of planted error:');
    L();
    const kinds = Object.keys(ours1.caught.byKind);
    L(`| tool (glossary) | ${kinds.join(' | ')} |`);
    L(`|---|${kinds.map(() => '---:').join('|')}|`);
    for (const t of r.fullChecks.filter((x) => x.doc === '1 MB'))
      L(
        `| ${t.tool} (${t.glossary}) | ${kinds
          .map((k) => {
            const c = t.caught.byKind[k as keyof typeof t.caught.byKind];
            return c ? `${c.caught}/${c.planted}` : '–';
          })
          .join(' | ')} |`,
      );
    L();
  }
  L('## How cost grows');
  L();
  L(
    png
      ? '![Full check time against document size and glossary size](bench/results/scaling.png)'
      : '(no Chromium: see bench/results/scaling.svg)',
  );
  L();
  const o = (d: string, g = 'bundled') => find(r, 'ours', d, g);
  L(
    `- **Document size.** Ours: ${num(ms(o('100 KB')))} ms for 100 KB, ${num(ms(o('1 MB')))} ms for 1 MB, ` +
      `${num(ms(o('10 MB')))} ms for 10 MB — log-log slope ${slope(o('100 KB'), o('1 MB'))} from 100 KB to 1 MB and ` +
      `${slope(o('1 MB'), o('10 MB'))} from 1 MB to 10 MB (1.00 is linear). The NFD copy of 1 MB takes ` +
      `${num(s.fullCheck1MbNfdMs)} ms (${pct(s.fullCheck1MbNfdMs, s.fullCheck1MbMs)} of the NFC one).`,
  );
  L(
    `- **Glossary size.** 1 MB with ${num(r.glossaries.bundled.entries)}, ${num(r.glossaries['5k'].entries)} and ` +
      `${num(r.glossaries['50k'].entries)} entries: ${num(ms(o('1 MB')))}, ${num(ms(o('1 MB', '5k')))} and ` +
      `${num(ms(o('1 MB', '50k')))} ms. Matching is one trie walk per token, so a larger glossary costs only for the ` +
      'extra mentions it finds. textlint + prh runs every rule over the text: its time grows with the dictionary ' +
      `(${num(ms(find(r, 'textlint + prh', '1 MB')))} ms with ${num(r.competitors.prhRules.bundled)} rules, ` +
      `${num(ms(find(r, 'textlint + prh', '1 MB', '5k')))} ms with ${num(r.competitors.prhRules['5k'] ?? NaN)}).`,
  );
  const loads = r.glossaryLoad;
  L(
    `- **Glossary load** (fresh process; first from YAML with an empty cache / then from the compiled cache): ` +
      (['bundled', '5k', '50k'] as const)
        .map(
          (g) =>
            `${num(loads[g].entries)} entries ${num(loads[g].first.medianMs)} / ${num(loads[g].cached.medianMs)} ms`,
        )
        .join('; ') +
      `. The glossary builds its look-ups when a check first reads them: the first check of a small sample after ` +
      `loading 50,000 entries takes ${num(loads['50k'].firstCheckAfterFirst.medianMs)} ms after a first load and ` +
      `${num(loads['50k'].firstCheckAfterCached.medianMs)} ms after a cached one (bundled glossary: ` +
      `${num(loads.bundled.firstCheckAfterCached.medianMs)} ms). ` +
      `Writing the compiled form after a first load of 50,000 entries takes ${num(loads['50k'].persistMs)} ms ` +
      `(the server does it a second after loading, the CLI after its checks). Resident memory after loading 50,000 ` +
      `entries: ${num(loads['50k'].firstRssMb)} MB from YAML, ${num(loads['50k'].cachedRssMb)} MB from the cache.`,
  );
  L();
  L('## Over the protocol');
  L();
  const p = r.protocol;
  L('| measure | value |');
  L('|---|---:|');
  const pair = (a: number, b: number, unit = 'ms') => `${num(a)} / ${num(b)} ${unit}`;
  row(
    'server cold start to first diagnostics, bundled glossary (cache warm / no cache)',
    pair(p.coldStart.medianMs, p.coldStartEmptyCache.medianMs),
  );
  row('open 1 MB to first diagnostics / 10 MB', pair(p.open1MbMs, p.open10MbMs));
  row(
    `re-check after a one-character edit, 1 MB / 10 MB (after the ${p.debounceMs} ms debounce)`,
    pair(p.editRecheck1Mb.medianMs, p.editRecheck10Mb.medianMs),
  );
  const sv = p.editServer1Mb;
  row(
    'of which in the server, 1 MB: check + diagnostics + handing them to the connection (JSON, write)',
    `${num(sv.checkMs)} + ${num(sv.diagnosticsMs)} + ${num(sv.sendMs)} = ${num(sv.totalMs)} ms`,
  );
  row(
    `of which the publication alone, 1 MB: ${p.publication1Mb.diagnostics} diagnostics, ` +
      `${num(p.publication1Mb.kb)} KB of JSON (stringify + parse in one process)`,
    `${num(p.publication1Mb.jsonMs)} ms`,
  );
  row(
    'the protocol floor, 1 MB: the same edits answered at once with the same publication by a server that checks ' +
      'nothing (bench/echo-server.ts)',
    `${num(p.editFloor1Mb.medianMs)} ms`,
  );
  row('hover p50 / p95, 1 MB open', pair(p.hover1Mb.p50Ms, p.hover1Mb.p95Ms));
  row('completion p50 / p95, 1 MB open', pair(p.completion1Mb.p50Ms, p.completion1Mb.p95Ms));
  row('completion p50 / p95, 50,000 entries', pair(p.completion50k.p50Ms, p.completion50k.p95Ms));
  row(
    `worst request latency while a 10 MB document is checked, the first request apart (the check took ` +
      `${num(p.busy10Mb.checkMs)} ms)`,
    `${num(p.busy10Mb.worstMs)} ms`,
  );
  row(
    'the first request, sent right behind the 10 MB didOpen (waits for that message to be sent, read and parsed)',
    `${num(p.busy10Mb.behindOpenMs)} ms`,
  );
  row(
    'server peak RSS: bundled glossary with 1 MB + 10 MB open / 50,000 entries with 10 MB open',
    pair(p.peakRssMbBundled, p.peakRssMb50k, 'MB'),
  );
  row('server peak RSS with 50,000 entries, before the 10 MB document is opened', `${num(p.peakRssMb50kBeforeDoc)} MB`);
  L();
  L('## What made the difference');
  L();
  L(HAND_START);
  L(handWritten(previous));
  L(HAND_END);
  L();
  L('## Reproduce');
  L();
  L('```sh');
  L('npm install');
  L('npm run bench            # full run, a few minutes; --quick for a smoke run');
  L('```');
  L();
  L(
    'The bench needs ../shared/corpus and ../shared/real-dev beside the repository for its documents (it falls ' +
      'back to samples/), and /usr/bin/chromium (or CHINH_DANH_CHROMIUM) for the PNG. Nothing is downloaded.',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The first version of the hand-written section: what changed and why it is faster (the figures say by how
 * much). Later runs keep whatever PERFORMANCE.md holds between the markers, so it is edited there.
 */
const DIFFERENCE = [
  '- **Glossary reading.** The `yaml` package builds a syntax tree with positions for every node: about 0.5–0.8 µs ' +
    'per byte, 7–10 s for the 12.6 MB of YAML of a 50,000-entry glossary on this machine. A file with nothing wrong ' +
    'in it is now read from js-yaml\u2019s event stream (js-yaml 5 passes the YAML test suite), about ten times ' +
    'faster, keeping one position per entry (its line, for "open glossary entry"), and validated by an Ajv ' +
    'validator compiled once that stops at the first error. Anything unusual (anchors, aliases, tags, directives, ' +
    'several documents, a file near a size limit) or wrong goes to the careful reader, which finds and locates ' +
    'every problem exactly as before; a test edits YAML 600 ways and checks that both readers always agree. A ' +
    'reload reads again only the files whose text changed.',
  '- **Compiled-glossary cache.** The validated, merged data and every index built from it (the Glossary\u2019s ' +
    'maps and holdings, the phrase index) are stored as one V8 structured clone, which keeps shared objects shared, ' +
    'under a key that hashes the snapshot format, this build (a hash of the sources, baked in by ' +
    'scripts/build.mjs), the V8 version and every file\u2019s path and text; a SHA-256 of the body guards against ' +
    'damage. The next server start or CLI run skips YAML, schema, merging, reference checks and all indexing. An ' +
    'edited file, another version or a damaged snapshot means the YAML is read again; a snapshot is never trusted ' +
    'over the files. The server writes it a second after loading (not for unsaved buffers), the CLI after its checks.',
  '- **Completion with 50,000 entries.** A short prefix matches hundreds of entries; describing each one (the ' +
    'documentation markdown) was most of the time. Only the 40 best-ranked candidates are returned and described ' +
    'now, each ' +
    'person once; the index folds each title once for all its holders and is built a second after a load instead ' +
    'of on the first completion.',
  '- **What is left.** Most of a cached 50,000-entry load is materializing objects: the phrase index is a trie of ' +
    'Maps with an ending object per form and a set of every form added (about 0.6 million objects), and the ' +
    'entries themselves. A compact index (typed arrays, interned syllable keys) would be stored and read as ' +
    'flat memory by the same cache, unchanged.',
];
