/**
 * npm run bench [-- --quick] — the performance report of issue 7, in one run on this machine:
 *
 * 1. glossaries: the bundled one and generated ones of 5,000 and 50,000 entries (glossary-gen.ts), each loaded in
 *    fresh processes from YAML (empty cache) and from the compiled-glossary cache;
 * 2. documents of 100 KB, 1 MB and 10 MB (UTF-8) from the corpus with planted errors, and an NFD copy of 1 MB
 *    (documents.ts);
 * 3. full checks, each tool in a worker thread of its own (tool-worker.ts), warm, interleaved rounds, medians — ours
 *    with each glossary, textlint + prh and cspell fed from the same glossary (competitors.ts) — and how many planted
 *    errors each catches (rounds.ts);
 * 4. over the protocol (protocol.ts): server cold start to first diagnostics, re-check after a one-character edit
 *    in the middle of 1 MB and 10 MB (debounce apart), hover and completion latencies, request latency while a
 *    10 MB document is being checked, and the server's peak memory with 50,000 entries and 10 MB open;
 * 5. bench/results/latest.json, bench/results/scaling.png and PERFORMANCE.md (report.ts).
 *
 * A script, not a test: it asserts nothing. --quick runs fewer rounds (a smoke run, figures less stable).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Glossary } from '../server/src/engine';
import { bundledGlossaryDir, glossaryDirs, listYamlFiles, loadGlossary } from '../server/src/node/glossary-loader';
import { projectRoot } from '../server/src/node/paths';
import { chartSvg, writeChart } from './chart';
import { buildDocument, corpusParagraphs, plantSources, type BenchDocument } from './documents';
import { generateGlossary, type GeneratedGlossary } from './glossary-gen';
import { measureLoads, type LoadFigures } from './loads';
import { measureProtocol } from './protocol-run';
import { budgets, renderPerformance, scalingPanels, summarize, type Results } from './report';
import { runInterleaved, type Task } from './rounds';
import type { ToolName } from './tool-worker';
import { startToolWorker, type ToolWorker } from './tool-workers';

const TOOLS: ToolName[] = ['ours', 'textlint + prh', 'cspell'];

// Run bundled from out/bench/ (npm run bench builds it): the project root is found by walking up.
const ROOT = projectRoot();
const { values: args } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = args.quick ?? false;
const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

const ROUNDS = quick ? { small: 3, medium: 3, large: 1, extra: 0 } : { small: 15, medium: 7, large: 3, extra: 1 };

function machine(): string {
  const cpu = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(1));
  return (
    `${cpu.length} × ${cpu[0]?.model.trim() ?? '?'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, ` +
    `${os.type()} ${os.release()}, Node ${process.version}; load average ${load.join(' / ')} at start`
  );
}

async function main(): Promise<void> {
  const machineNote = machine();
  log(`machine: ${machineNote}${quick ? ' (quick run)' : ''}`);

  const work = mkdtempSync(join(os.tmpdir(), 'chinh-danh-bench-'));
  const cacheDir = join(work, 'cache');
  // Spawned servers read and write their compiled glossaries here, never in the user's cache.
  process.env.CHINH_DANH_CACHE_DIR = cacheDir;
  try {
    // 1. Glossaries.
    const bundledText = listYamlFiles(bundledGlossaryDir())
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const generated: Record<'5k' | '50k', { dir: string; gen: GeneratedGlossary }> = {} as never;
    for (const [tag, n] of [
      ['5k', 5_000],
      ['50k', 50_000],
    ] as const) {
      const gen = generateGlossary(n, bundledText);
      const dir = join(work, `glossary-${tag}`);
      mkdirSync(dir, { recursive: true });
      for (const f of gen.files) writeFileSync(join(dir, f.name), f.text);
      generated[tag] = { dir, gen };
      log(`generated ${tag}: ${gen.entries} entries in ${gen.files.length} files, ${(gen.bytes / 1e6).toFixed(1)} MB`);
    }
    const extraDirs = { bundled: [] as string[], '5k': [generated['5k'].dir], '50k': [generated['50k'].dir] };

    log('glossary loads in fresh processes (first from YAML with an empty cache, then from the cache)');
    const loads: Record<string, LoadFigures> = {};
    for (const tag of ['bundled', '5k', '50k'] as const) {
      loads[tag] = measureLoads(ROOT, extraDirs[tag], cacheDir, quick ? 1 : 3);
      log(`  ${tag}: ${JSON.stringify(loads[tag])}`);
    }

    const glossaries: Record<string, Glossary> = {};
    for (const tag of ['bundled', '5k', '50k'] as const) {
      const loaded = loadGlossary(glossaryDirs(extraDirs[tag]), { cacheDir });
      if (!loaded.glossary) throw new Error(`${tag} glossary: ${JSON.stringify(loaded.problems.slice(0, 3))}`);
      glossaries[tag] = loaded.glossary;
    }

    // 2. Documents.
    const { paragraphs, from } = corpusParagraphs(ROOT);
    const sources = plantSources(glossaries.bundled.data, generated['50k'].gen);
    const doc = (name: string, size: number, form: 'NFC' | 'NFD' = 'NFC') =>
      buildDocument(paragraphs, sources, { name, size, form });
    const docs: Record<string, BenchDocument> = {
      '100K': doc('100 KB', 100_000),
      '1M': doc('1 MB', 1_000_000),
      '10M': doc('10 MB', 10_000_000),
      '1M-NFD': doc('1 MB NFD', 1_000_000, 'NFD'),
    };
    log(
      `documents from ${from}: ${Object.values(docs)
        .map((d) => `${d.name} ${d.text.length} chars, ${d.planted.length} planted`)
        .join('; ')}`,
    );

    // 3. Full checks, each tool with each glossary in a worker of its own.
    log('competitors: textlint + prh and cspell from the same glossary; each tool in a worker thread of its own');
    const specs: Array<{ tool: ToolName; glossary: string; key: string; rounds: number }> = [];
    for (const [key, rounds] of [
      ['100K', ROUNDS.small],
      ['1M', ROUNDS.medium],
      ['10M', ROUNDS.large],
    ] as const)
      for (const tool of TOOLS) specs.push({ tool, glossary: 'bundled', key, rounds });
    specs.push({ tool: 'ours', glossary: 'bundled', key: '1M-NFD', rounds: ROUNDS.medium });
    specs.push({ tool: 'ours', glossary: '5k', key: '1M', rounds: ROUNDS.medium });
    specs.push({ tool: 'ours', glossary: '50k', key: '1M', rounds: ROUNDS.medium });
    specs.push({ tool: 'ours', glossary: '50k', key: '100K', rounds: ROUNDS.small });
    if (ROUNDS.extra) {
      specs.push({ tool: 'textlint + prh', glossary: '5k', key: '1M', rounds: ROUNDS.extra });
      specs.push({ tool: 'cspell', glossary: '5k', key: '1M', rounds: ROUNDS.extra });
    }
    const idOf = (t: (typeof specs)[number]) => `${t.tool} | ${docs[t.key].name} | ${t.glossary}`;
    const texts = Object.fromEntries(Object.entries(docs).map(([k, d]) => [k, d.text]));
    // One worker per tool and glossary, as a server or a linter is started with one glossary: our 1 MB check with the
    // bundled glossary does not share its heap (and its collector's work) with the 50,000-entry one.
    const workers = new Map<string, ToolWorker>();
    const workerKey = (tool: ToolName, glossary: string) => `${tool} | ${glossary}`;
    const configurations = [
      ...specs.map((t) => [t.tool, t.glossary] as const),
      // The competitors' dictionary sizes are reported for both glossaries, also when a quick run skips the 5k rounds.
      ...(['textlint + prh', 'cspell'] as const).flatMap((tool) => [[tool, 'bundled'] as const, [tool, '5k'] as const]),
    ];
    for (const [tool, glossary] of configurations) {
      const key = workerKey(tool, glossary);
      if (workers.has(key)) continue;
      const mine = specs.filter((t) => t.tool === tool && t.glossary === glossary);
      const used = new Set(mine.map((t) => t.key));
      workers.set(
        key,
        await startToolWorker({
          tool,
          cacheDir,
          workDir: work,
          extraDirs,
          docs: Object.fromEntries(Object.entries(texts).filter(([k]) => used.has(k))),
          tasks: mine.map((t) => ({ id: idOf(t), glossary: t.glossary, doc: t.key })),
          linters: [glossary],
        }),
      );
    }
    const tasks: Task[] = specs.map((t) => ({
      id: idOf(t),
      tool: t.tool,
      glossary: t.glossary,
      doc: docs[t.key],
      rounds: t.rounds,
      run: (report) => workers.get(workerKey(t.tool, t.glossary))!.run(idOf(t), report),
    }));
    log(`full checks: ${tasks.length} tasks, interleaved rounds`);
    const fullChecks = await runInterleaved(tasks, log);
    const size = (tool: ToolName, glossary: string) => workers.get(workerKey(tool, glossary))!.sizes[glossary];
    const competitors = {
      prhRules: { bundled: size('textlint + prh', 'bundled'), '5k': size('textlint + prh', '5k') },
      cspellWords: { bundled: size('cspell', 'bundled'), '5k': size('cspell', '5k') },
    };
    for (const w of workers.values()) await w.stop();

    // 4. Over the protocol.
    log('over the protocol: dist/server.js');
    const protocol = await measureProtocol({ docs, extra50k: extraDirs['50k'], quick, log });

    // 5. Report.
    const results: Results = {
      summary: {} as Results['summary'],
      machine: machineNote,
      date: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      durationS: 0,
      corpus: { from, paragraphs: paragraphs.length },
      glossaries: Object.fromEntries(
        (['bundled', '5k', '50k'] as const).map((t) => [
          t,
          {
            entries: glossaries[t].entryCount(),
            files: glossaryDirs(extraDirs[t]).flatMap((d) => listYamlFiles(d)).length,
          },
        ]),
      ),
      competitors,
      documents: Object.values(docs).map((d) => ({
        name: d.name,
        chars: d.text.length,
        utf8Bytes: Buffer.byteLength(d.text),
        planted: d.planted.length,
      })),
      fullChecks,
      glossaryLoad: loads,
      protocol,
      budgets: [],
    };
    results.summary = summarize(results);
    results.budgets = budgets(results.summary);
    results.durationS = Math.round((Date.now() - started) / 1000);
    const out = join(ROOT, 'bench', 'results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    const png = await writeChart(chartSvg(scalingPanels(results)), join(out, 'scaling.png'));
    const performance = join(ROOT, 'PERFORMANCE.md');
    const previous = existsSync(performance) ? readFileSync(performance, 'utf8') : undefined;
    writeFileSync(performance, renderPerformance(results, png, previous));
    log(`wrote bench/results/latest.json, ${png ? 'scaling.png' : 'scaling.svg (no Chromium)'} and PERFORMANCE.md`);
    console.log(JSON.stringify(results.summary, null, 2));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
